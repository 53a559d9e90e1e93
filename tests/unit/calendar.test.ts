// 加到手机日历: the events of a document's action dates (date, 文号, what to do, phone), none once a date has passed,
// and the .ics text (a valid VCALENDAR, CRLF, escaped and folded).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actionEvents, escapeText, foldLine, icsText, phoneCalendarOptions } from '#src/domain/dates/calendar'
import { findFullDocument } from '../../scripts/build/content/issues'

const yibao = findFullDocument('lzbf2022-34')?.doc
if (!yibao) throw new Error('离政办发〔2022〕34号 missing')
// The same document in a later issue: a new 文号, phone and deadline, and text that needs escaping.
const later = {
  ...yibao,
  id: 'lzbf2023-14',
  docNo: '离政办发〔2023〕14号',
  consultation: { ...yibao.consultation, phone: '0358-8227000' },
  dates: [{ label: '集中缴费期', start: '2023-09-01', end: '2023-12-20', source: '9月1日至12月20日', act: '交医保费; 带上户口本,身份证' }],
}

describe('actionEvents', () => {
  it('makes an event for 离政办发〔2022〕34号’s 集中缴费期 (ends 2022-12-25: 交城乡居民医保费) with its 文号 and phone', () => {
    const [only, ...more] = actionEvents(yibao, '2022-11-30')
    assert.equal(more.length, 0)
    assert.equal(only.index, 0)
    assert.equal(only.event.day, '2022-12-25')
    assert.match(only.event.title, /^交城乡居民医保费，最后一天（离政办发〔2022〕34号）$/)
    assert.match(only.event.description, /离政办发〔2022〕34号《/)
    assert.match(only.event.description, /要做的事：交城乡居民医保费，最晚2022年12月25日。/)
    assert.match(only.event.description, /有问题打电话问：.+ 0358-8227879$/)
  })

  it('names the event as its file: the same date, numbered from 1, in the UID a calendar keeps it by', () => {
    const [only] = actionEvents(yibao, '2022-11-30')
    assert.equal(only.event.fileName, 'lzbf2022-34-1.ics')
    assert.equal(only.event.uid, 'lzbf2022-34-1-20221225@lishi-zhengce')
  })

  it('takes the date, 文号, phone and words from the content, not from code', () => {
    const [only] = actionEvents(later, '2023-10-01')
    assert.equal(only.event.day, '2023-12-20')
    assert.match(only.event.title, /^交医保费; 带上户口本,身份证，最后一天（离政办发〔2023〕14号）$/)
    assert.match(only.event.description, /0358-8227000/)
    assert.doesNotMatch(only.event.description, /8227879/)
  })

  it('offers the date up to and on its last day, nothing the day after', () => {
    assert.equal(actionEvents(yibao, '2022-08-01').length, 1, 'before the period starts')
    assert.equal(actionEvents(yibao, '2022-12-25').length, 1, 'on the last day')
    assert.deepEqual(actionEvents(yibao, '2022-12-26'), [])
    assert.deepEqual(actionEvents(yibao, '2026-12-03'), [])
  })

  it('offers nothing for dates that do not ask residents to act, or have no last day', () => {
    const { act: _act, ...withoutAct } = later.dates[0]
    assert.deepEqual(actionEvents({ ...later, dates: [withoutAct] }, '2023-10-01'), [])
    assert.deepEqual(
      actionEvents({ ...later, dates: [{ label: 'x', start: '2023-09-01', source: '9月1日起', act: '交' }] }, '2023-10-01'),
      [],
    )
  })
})

describe('phoneCalendarOptions (wx.addPhoneCalendar)', () => {
  it('is an all-day event starting at 00:00 Beijing time of the last day, reminding at 9:00 three days before', () => {
    const [only] = actionEvents(yibao, '2022-11-30')
    const options = phoneCalendarOptions(only.event)
    assert.equal(options.startTime, Date.parse('2022-12-25T00:00:00+08:00') / 1000)
    assert.equal(options.allDay, true)
    assert.equal(options.alarm, true)
    assert.equal(new Date((options.startTime - options.alarmOffset) * 1000).toISOString(), '2022-12-22T01:00:00.000Z') // 9:00 in 离石
    assert.equal(options.title, only.event.title)
    assert.match(options.description, /0358-8227879/)
  })
})

describe('icsText', () => {
  const [only] = actionEvents(later, '2023-10-01')
  const ics = icsText(only.event, '2023-10-01')
  const unfolded = ics.replace(/\r\n /g, '')
  const lines = unfolded.split('\r\n')

  it('is one VCALENDAR with one VEVENT, lines ending in CRLF and no bare LF', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'))
    assert.ok(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n'))
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/)
    for (const name of ['PRODID', 'UID', 'DTSTAMP'])
      assert.ok(
        lines.some((line) => line.startsWith(`${name}:`)),
        name,
      )
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 1)
    assert.equal(lines.filter((line) => line === 'BEGIN:VALARM').length, 1)
  })

  it('is all-day on the last day, with a reminder at 9:00 three days before', () => {
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20231220'))
    assert.ok(lines.includes('DTEND;VALUE=DATE:20231221'))
    assert.ok(lines.includes('TRIGGER:-P2DT15H'))
    assert.ok(lines.includes('DTSTAMP:20231001T000000Z'))
  })

  it('carries the 文号, what to do and the phone, with ; , \\ and line breaks escaped', () => {
    const summary = lines.find((line) => line.startsWith('SUMMARY:'))
    assert.equal(summary, 'SUMMARY:交医保费\\; 带上户口本\\,身份证，最后一天（离政办发〔2023〕14号）')
    const description = lines.find((line) => line.startsWith('DESCRIPTION:离政办发'))
    assert.ok(description?.includes('\\n要做的事：交医保费\\; 带上户口本\\,身份证，最晚2023年12月20日。\\n有问题打电话问：'))
    assert.ok(description?.endsWith(' 0358-8227000'))
    assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne')
  })

  it('folds lines at 75 octets without splitting a character', () => {
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line)
    const long = `DESCRIPTION:${'医保'.repeat(40)}`
    const folded = foldLine(long)
    assert.equal(folded.replace(/\r\n /g, ''), long)
    for (const line of folded.split('\r\n')) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75)
      assert.doesNotMatch(line, /\uFFFD/)
    }
  })
})
