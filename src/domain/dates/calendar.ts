// 加到手机日历: the dates of a document that ask residents to act (`act` in the content), as a calendar event for
// WeChat's wx.addPhoneCalendar and as an .ics file (RFC 5545) for a browser. No Taro import.
import dayjs from 'dayjs'
import type { DateWindow, GazetteDocument } from '#src/content/types'
import { formatDate, formatWindow, windowStatus } from './dates'

/** The reminder: at 9:00, three days before the last day (a day to spare for a trip to the village or the bank). */
const REMIND_DAYS_BEFORE = 3
const REMIND_HOUR = 9
/** The dates are days in 离石 (UTC+8); WeChat wants the event's start as a unix time. */
const CHINA_OFFSET_HOURS = 8

export interface CalendarEvent {
  /** Stable across downloads, so adding the same event twice replaces it. */
  uid: string
  /** The last day to act (YYYY-MM-DD): an all-day event on that day. */
  day: string
  title: string
  description: string
  /** File name for the .ics download. */
  fileName: string
}

type EventDocument = Pick<GazetteDocument, 'id' | 'docNo' | 'title' | 'dates' | 'consultation'>

/** The action dates of a document that have not passed by `today`, each with its event (index = its place in `dates`). */
export function actionEvents(doc: EventDocument, today: string): { index: number; window: DateWindow; event: CalendarEvent }[] {
  return doc.dates.flatMap((window, index) => {
    const { act, end } = window
    if (!act || !end || windowStatus(window, today) === 'ended') return []
    return [{ index, window, event: eventOf(doc, { ...window, act, end }, index) }]
  })
}

function eventOf(doc: EventDocument, window: DateWindow & { end: string; act: string }, index: number): CalendarEvent {
  const { unit, phone } = doc.consultation
  return {
    uid: `${doc.id}-${index + 1}-${compactDay(window.end)}@lishi-zhengce`,
    day: window.end,
    title: `${window.act}，最后一天（${doc.docNo}）`,
    description: [
      `${doc.docNo}《${doc.title}》`,
      `${window.label}：${formatWindow(window)}${window.source ? `（原文：${window.source}）` : ''}`,
      `要做的事：${window.act}，最晚${formatDate(window.end)}。`,
      `有问题打电话问：${unit} ${phone}`,
    ].join('\n'),
    fileName: `${doc.id}-${index + 1}.ics`,
  }
}

/**
 * The options for wx.addPhoneCalendar (https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html:
 * startTime in unix seconds, allDay, alarm, alarmOffset in seconds before the start).
 */
export function phoneCalendarOptions(event: CalendarEvent): {
  title: string
  description: string
  startTime: number
  allDay: true
  alarm: true
  alarmOffset: number
} {
  const [year, month, day] = event.day.split('-').map(Number)
  const startTime = Date.UTC(year, month - 1, day) / 1000 - CHINA_OFFSET_HOURS * 3600
  return {
    title: event.title,
    description: event.description,
    startTime,
    allDay: true,
    alarm: true,
    alarmOffset: REMIND_DAYS_BEFORE * 86400 - REMIND_HOUR * 3600,
  }
}

/** The event as an iCalendar file: all-day on the last day, a reminder at 9:00 three days before; CRLF, folded, escaped. */
export function icsText(event: CalendarEvent, today: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//lishi-zhengce//jiadao-shouji-rili//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactDay(today)}T000000Z`,
    `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
    `DTEND;VALUE=DATE:${compactDay(dayjs(event.day).add(1, 'day').format('YYYY-MM-DD'))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.title)}`,
    // Relative to the start of the day: 00:00 − (3 days − 9 hours) = 9:00 three days before.
    `TRIGGER:-P${REMIND_DAYS_BEFORE - 1}DT${24 - REMIND_HOUR}H`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

function compactDay(iso: string): string {
  return iso.replace(/-/g, '')
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, a line break written as \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a character's UTF-8 bytes. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    const limit = parts.length === 0 ? 75 : 74 // a continuation line starts with the space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** The .ics as a link a browser downloads. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`
}
