// Date status relative to an injected "today".
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allWindowsEnded, daysUntil, formatDate, formatWindow, isValidIsoDate, statusLabel, windowStatus } from '#src/domain/dates/dates'
import { findFullDocument } from '../../scripts/build/content/issues'

// 离政办发〔2022〕34号 四、(一): 集中参保缴费期原则上为9月1日至12月25日.
const payment = { label: '缴费期', start: '2022-09-01', end: '2022-12-25' }

describe('windowStatus', () => {
  it('is upcoming the day before, ongoing on both end days, ended the day after', () => {
    assert.equal(windowStatus(payment, '2022-08-31'), 'upcoming')
    assert.equal(windowStatus(payment, '2022-09-01'), 'ongoing')
    assert.equal(windowStatus(payment, '2022-12-25'), 'ongoing')
    assert.equal(windowStatus(payment, '2022-12-26'), 'ended')
    assert.equal(windowStatus(payment, '2026-11-29'), 'ended')
  })

  it('treats an end-only window as a deadline and a start-only window as open-ended', () => {
    const deadline = { label: 'x', end: '2022-05-20' }
    assert.equal(statusLabel(deadline, windowStatus(deadline, '2022-05-20')), '未截止')
    assert.equal(statusLabel(deadline, windowStatus(deadline, '2022-05-21')), '已截止')
    const from = { label: 'y', start: '2022-08-30' }
    assert.equal(windowStatus(from, '2030-01-01'), 'ongoing')
    assert.equal(statusLabel(from, 'upcoming'), '未开始')
  })

  it('says unspecified when the gazette gives no date (离政办发〔2022〕36号 冬季取暖期)', () => {
    const winter = findFullDocument('lzbf2022-36')!.doc.dates[0]
    assert.equal(windowStatus(winter, '2022-12-01'), 'unspecified')
    assert.equal(statusLabel(winter, 'unspecified'), '未写日期')
    assert.match(formatWindow(winter), /冬季取暖期/)
  })
})

describe('formatting', () => {
  it('writes dates the way people read them', () => {
    assert.equal(formatDate('2022-09-01'), '2022年9月1日')
    assert.equal(formatWindow(payment), '2022年9月1日 至 2022年12月25日')
    assert.equal(formatWindow({ label: 'a', end: '2022-10-31' }), '2022年10月31日前')
    assert.equal(formatWindow({ label: 'a', start: '2022-08-30' }), '2022年8月30日起')
    assert.equal(formatWindow({ label: 'a', start: '2022-07-29', end: '2022-07-29' }), '2022年7月29日')
  })

  it('counts days and validates strictly', () => {
    assert.equal(daysUntil('2022-12-25', '2022-12-20'), 5)
    assert.equal(daysUntil('2022-12-25', '2022-12-26'), -1)
    assert.ok(isValidIsoDate('2022-02-28'))
    assert.ok(!isValidIsoDate('2022-02-30'))
    assert.ok(!isValidIsoDate('2022-9-1'))
  })
})

describe('allWindowsEnded', () => {
  it('is true for the 医保 notice today and false while its window is open', () => {
    const dates = findFullDocument('lzbf2022-34')!.doc.dates
    assert.equal(allWindowsEnded(dates, '2026-11-29'), true)
    assert.equal(allWindowsEnded(dates, '2022-10-01'), false)
  })

  it('is false when a document still has an open-ended or undated window', () => {
    assert.equal(allWindowsEnded(findFullDocument('lzf2022-32')!.doc.dates, '2026-11-29'), false)
    assert.equal(allWindowsEnded(findFullDocument('lzbf2022-36')!.doc.dates, '2026-11-29'), false)
  })
})
