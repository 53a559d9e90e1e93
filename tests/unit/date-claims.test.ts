// Dates as the gazette writes them (scripts/build/content/date-claims.ts): what content:check reads from a date's words and
// from a document's text.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dateClaimProblems, timesInWords, unprintedDates } from '../../scripts/build/content/date-claims'

const days = (words: string, signedOn = '2022-09-16') =>
  timesInWords(words, signedOn).map((time) => [time.words, time.first, time.last, time.exact])

describe('times in the gazette’s words', () => {
  it('reads days, months, year ends, dotted months and Chinese numerals, the year from the words before or the signing date', () => {
    assert.deepEqual(days('原则上为9月1日至12月25日'), [
      ['9月1日', '2022-09-01', '2022-09-01', true],
      ['12月25日', '2022-12-25', '2022-12-25', true],
    ])
    assert.deepEqual(days('2022年6月-8月底'), [
      ['2022年6月', '2022-06-01', '2022-06-30', true],
      ['8月底', '2022-08-31', '2022-08-31', true],
    ])
    assert.deepEqual(days('2022.5-2023.4'), [
      ['2022.5', '2022-05-01', '2022-05-31', true],
      ['2023.4', '2023-04-01', '2023-04-30', true],
    ])
    assert.deepEqual(days('养老保险费缓实施期限到2022年年底'), [['2022年年底', '2022-12-31', '2022-12-31', true]])
    assert.deepEqual(days('经二〇二二年七月二十九日区政府党组会议研究决定'), [['2022年7月29日', '2022-07-29', '2022-07-29', true]])
    assert.deepEqual(days('自本通知印发之日起', '2022-08-30'), [['印发之日', '2022-08-30', '2022-08-30', true]])
    assert.deepEqual(days('11月至3月'), [
      ['11月', '2022-11-01', '2022-11-30', true],
      ['3月', '2023-03-01', '2023-03-31', true],
    ])
    assert.deepEqual(
      days('9月1日至12月25日', '2023-09-16')[1],
      ['12月25日', '2023-12-25', '2023-12-25', true],
      'the next issue’s year comes from its own signing date',
    )
  })

  it('marks words that name no day, and reads no date into amounts or spans', () => {
    assert.deepEqual(days('2022年6月中旬前'), [['2022年6月中旬', '2022-06-11', '2022-06-20', false]])
    assert.equal(days('2022年秋季开学起')[0][3], false)
    assert.deepEqual(days('连续外出务工6个月以上，每人每月200元；资金共12148.39万元'), [])
  })
})

describe('a date against its words', () => {
  it('accepts the days the words state, the start and end of a range in their places', () => {
    assert.deepEqual(dateClaimProblems({ start: '2022-08-17', end: '2022-08-25', source: '即日起至8月25日' }, '2022-08-17'), [])
    assert.deepEqual(dateClaimProblems({ start: '2022-01-01', end: '2022-12-31', source: '2022年' }, '2022-09-14'), [])
    assert.deepEqual(dateClaimProblems({ end: '2022-10-31', source: '2022年10月底完成' }, '2022-07-06'), [])
  })

  it('refuses a start and end swapped within a range, and any exact day for words that give none', () => {
    const swapped = dateClaimProblems({ start: '2022-12-25', end: '2022-12-25', source: '原则上为9月1日至12月25日' }, '2022-09-16')
    assert.deepEqual(
      swapped.map((problem) => problem.field),
      ['start'],
    )
    const rough = dateClaimProblems({ start: '2022-09-21', end: '2023-05-31', source: '2022年9月下旬-2023年5月' }, '2022-08-26')
    assert.deepEqual(
      rough.map((problem) => problem.field),
      ['start'],
    )
    assert.match(rough[0].message, /没有写到具体哪一天/)
    assert.deepEqual(
      dateClaimProblems({ start: '2022-11-15', source: '在2022年冬季取暖期' }, '2022-09-16').map((problem) => problem.field),
      ['start'],
    )
  })
})

describe('dates in our words against the document’s text', () => {
  const text = '集中缴费期原则上为9月1日至12月25日。\n2022年6月-2022年12月'
  it('finds a date printed without its year when our year is the signing year', () => {
    assert.deepEqual(unprintedDates('2022年9月1日到12月25日交', text, '2022-09-16'), [])
    assert.deepEqual(unprintedDates('建立标准体系（2022年6月-12月）', text, '2022-09-16'), [])
  })
  it('names a day, or a year, the text does not print', () => {
    assert.deepEqual(unprintedDates('2022年9月1日到12月31日交', text, '2022-09-16'), ['12月31日'])
    assert.deepEqual(unprintedDates('2023年9月1日起', text, '2022-09-16'), ['2023年9月1日'])
    assert.deepEqual(unprintedDates('2021年6月', text, '2022-09-16'), ['2021年6月'])
  })
})
