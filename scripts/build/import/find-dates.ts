// Dates as the gazette writes them, in Arabic or Chinese numerals: 2023年10月1日至12月31日, 9月1日到12月25日,
// 二〇二三年十月十日前, 2023年10月1日起 (numerals read by ../content/printed-dates.ts), and the day the document is
// issued: 自本通知印发之日起, 即日起至8月25日 (its signing date, as content:check reads them: ../content/date-claims.ts).
// Each found with the words that print it (the 原文 opens at them).
import { COUNT, isoDay, numeral, YEAR } from '../content/printed-dates'

const ONE = `(?:${YEAR}\\s*年\\s*)?${COUNT}\\s*月\\s*${COUNT}\\s*日`
/** The day the document is issued (its 落款), as the words name it: 自本通知印发之日, 即日. */
const ISSUED = '(?:(?:自|从)\\s*)?(即日|(?:本(?:通知|办法|方案|意见|实施方案|细则))?(?:印发|发布)之日)'
/** One date (or the issue day), or a range; then 前/起/止 when the sentence says so. */
const DATE_WORDS = new RegExp(`(?:${ISSUED}|${ONE})(?:\\s*起?\\s*(?:至|到|—|－|-|~|～)\\s*${ONE})?(以前|之前|前|起|止)?`, 'g')

export interface DateWords {
  /** The words as printed. */
  source: string
  start?: string
  end?: string
  /** 前 (a deadline), 起 (from), or a range. */
  kind: 'deadline' | 'from' | 'range' | 'day'
  /** Where in the text the words start. */
  index: number
}

/**
 * Every date the text prints. A date without its year takes the year of the other end of its range, else
 * `yearOf` (the document's signing year); a range that ends before it starts is not a date read right: skipped.
 * The issue day (自本通知印发之日起, 即日起至…) is `signedOn`, the document's 落款 as printed; without it, or
 * named without 起 or an end (印发之日30日内), it gives no date.
 */
export function findDates(text: string, yearOf: number, signedOn?: string): DateWords[] {
  const found: DateWords[] = []
  for (const match of text.matchAll(DATE_WORDS)) {
    const [words, issued, y1, m1, d1, y2, m2, d2, suffix] = match
    const index = match.index ?? 0
    if (issued) {
      if (!signedOn) continue
      const source = words.trim()
      if (m2 && d2) {
        const end = isoDay(y2 ? numeral(y2) : Number(signedOn.slice(0, 4)), numeral(m2), numeral(d2))
        if (end && end >= signedOn) found.push({ source, start: signedOn, end, kind: 'range', index })
      } else if (suffix === '起') found.push({ source, start: signedOn, kind: 'from', index })
      continue
    }
    const secondYear = y2 ? numeral(y2) : undefined
    const firstYear = y1 ? numeral(y1) : (secondYear ?? yearOf)
    const first = isoDay(firstYear, numeral(m1), numeral(d1))
    if (!first) continue
    if (m2 && d2) {
      const second = isoDay(secondYear ?? firstYear, numeral(m2), numeral(d2))
      if (!second || second < first) continue
      found.push({ source: words.trim(), start: first, end: second, kind: 'range', index })
    } else if (suffix === '起') found.push({ source: words.trim(), start: first, kind: 'from', index })
    else if (suffix) found.push({ source: words.trim(), end: first, kind: 'deadline', index })
    else found.push({ source: words.trim(), start: first, end: first, kind: 'day', index })
  }
  return found
}
