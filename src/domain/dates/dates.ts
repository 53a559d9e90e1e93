// Dates of the gazette and their status relative to "today". Today is always passed in
// (an injectable clock), so tests can pin it. No Taro import.
import dayjs, { type Dayjs } from 'dayjs'
import type { DateWindow } from '#src/content/types'

// Every format here is written out (YYYY年M月D日, YYYY-MM-DD): none depends on a locale, so the zh-cn locale (1 KiB of
// the main package) is not loaded. A page that needs month or weekday names loads it itself: import 'dayjs/locale/zh-cn'.

export type WindowStatus = 'upcoming' | 'ongoing' | 'ended' | 'unspecified'

const ISO_DATE = 'YYYY-MM-DD'

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/**
 * YYYY-MM-DD naming a day that exists. dayjs reads ISO dates itself and rolls an impossible day over (2023-02-30 →
 * 2023-03-02), so a date is valid when it reads back unchanged; no parsing plugin (customParseFormat, 3.7 KiB of the
 * main package) is needed for this one format.
 */
export function isValidIsoDate(text: string): boolean {
  return ISO_DATE_SHAPE.test(text) && dayjs(text).format(ISO_DATE) === text
}

function toDay(value: string | Dayjs): Dayjs {
  return (typeof value === 'string' ? (isValidIsoDate(value) ? dayjs(value) : dayjs(NaN)) : value).startOf('day')
}

/** Where `today` falls in a window; both ends count as inside. */
export function windowStatus(window: Pick<DateWindow, 'start' | 'end'>, today: string | Dayjs): WindowStatus {
  if (!window.start && !window.end) return 'unspecified'
  const day = toDay(today)
  if (window.start && day.isBefore(toDay(window.start))) return 'upcoming'
  if (window.end && day.isAfter(toDay(window.end))) return 'ended'
  return 'ongoing'
}

/** The word shown on the status badge. A window with only an end is a deadline. */
export function statusLabel(window: Pick<DateWindow, 'start' | 'end'>, status: WindowStatus): string {
  switch (status) {
    case 'upcoming':
      return '未开始'
    case 'ongoing':
      // Started, with no end written: we cannot say it is still going on.
      return window.start ? (window.end ? '进行中' : '未写截止日期') : '未截止'
    case 'ended':
      return window.start ? '已结束' : '已截止'
    case 'unspecified':
      return '未写日期'
  }
}

/** `2022-09-01` → `2022年9月1日`. */
export function formatDate(iso: string): string {
  return toDay(iso).format('YYYY年M月D日')
}

export function formatWindow(window: DateWindow): string {
  if (window.start && window.end) {
    return window.start === window.end ? formatDate(window.start) : `${formatDate(window.start)} 至 ${formatDate(window.end)}`
  }
  if (window.start) return `${formatDate(window.start)}起`
  if (window.end) return `${formatDate(window.end)}前`
  return window.source ?? '文件没有写具体日期'
}

/** Whole days from today until an ISO date (negative once it is past). */
export function daysUntil(iso: string, today: string | Dayjs): number {
  return toDay(iso).diff(toDay(today), 'day')
}

/** True when every dated window of a document lies before today. */
export function allWindowsEnded(windows: DateWindow[], today: string | Dayjs): boolean {
  const dated = windows.filter((w) => w.start || w.end)
  return dated.length > 0 && dated.every((w) => windowStatus(w, today) === 'ended')
}

/** Today's date as ISO text, from a real clock value. */
export function isoDay(now: Date): string {
  return dayjs(now).format(ISO_DATE)
}
