// Dates as the gazette writes them, in Arabic or Chinese numerals: 2023年10月1日至12月31日, 9月1日到12月25日,
// 二〇二三年十月十日前, 2023年10月1日起. Each found with the words that print it (the 原文 opens at them).

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})'
const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
const DAY = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
const ONE = `(?:${YEAR}\\s*年\\s*)?${MONTH}\\s*月\\s*${DAY}\\s*日`
/** One date, or a range; then 前/起/止 when the sentence says so. */
const DATE_WORDS = new RegExp(`${ONE}(?:\\s*(?:至|到|—|－|-|~|～)\\s*${ONE})?(以前|之前|前|起|止)?`, 'g')

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  if (text.length === 4) return Number([...text].map((ch) => DIGITS[ch]).join(''))
  if (text === '十') return 10
  if (text.startsWith('十')) return 10 + DIGITS[text[1]]
  if (text.endsWith('十')) return DIGITS[text[0]] * 10
  if (text.length === 3) return DIGITS[text[0]] * 10 + DIGITS[text[2]]
  return DIGITS[text]
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

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
    const secondYear = y2 ? numberOf(y2) : undefined
    const firstYear = y1 ? numberOf(y1) : (secondYear ?? yearOf)
    const first = iso(firstYear, numberOf(m1), numberOf(d1))
    if (!first) continue
    const index = match.index ?? 0
    if (m2 && d2) {
      const second = iso(secondYear ?? firstYear, numberOf(m2), numberOf(d2))
      if (!second || second < first) continue
      found.push({ source: words.trim(), start: first, end: second, kind: 'range', index })
    } else if (suffix === '起') found.push({ source: words.trim(), start: first, kind: 'from', index })
    else if (suffix) found.push({ source: words.trim(), end: first, kind: 'deadline', index })
    else found.push({ source: words.trim(), start: first, end: first, kind: 'day', index })
  }
  return found
}
