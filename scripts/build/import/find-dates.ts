// Dates as the gazette writes them, in Arabic or Chinese numerals: 2023年10月1日至12月31日, 9月1日到12月25日,
// 二〇二三年十月十日前, 2023年10月1日起 (numerals read by ../content/printed-dates.ts). Each found with the words that
// print it (the 原文 opens at them).
import { COUNT, isoDay, numeral, YEAR } from '../content/printed-dates'

const ONE = `(?:${YEAR}\\s*年\\s*)?${COUNT}\\s*月\\s*${COUNT}\\s*日`
/** One date, or a range; then 前/起/止 when the sentence says so. */
const DATE_WORDS = new RegExp(`${ONE}(?:\\s*(?:至|到|—|－|-|~|～)\\s*${ONE})?(以前|之前|前|起|止)?`, 'g')

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
 */
export function findDates(text: string, yearOf: number): DateWords[] {
  const found: DateWords[] = []
  for (const match of text.matchAll(DATE_WORDS)) {
    const [words, y1, m1, d1, y2, m2, d2, suffix] = match
    const secondYear = y2 ? numeral(y2) : undefined
    const firstYear = y1 ? numeral(y1) : (secondYear ?? yearOf)
    const first = isoDay(firstYear, numeral(m1), numeral(d1))
    if (!first) continue
    const index = match.index ?? 0
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
