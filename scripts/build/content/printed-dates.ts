// The one grammar of dates as the gazette prints them, in Arabic or Chinese numerals: 2022年9月25日, 2022 年 9 月
// 25 日, 二〇二二年十月二十日 (a year digit by digit, with 〇, 零 or ○ for zero; a month or day counted with 十). The
// import (落款 and the dates it drafts), the 原文 (which line is the signature) and the content check (the 落款 and
// the dates a summary claims) all read dates with it. Plain TypeScript, no file access.

const CHINESE_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A year: four Arabic digits, or four Chinese digits (二〇二二). One capture group. */
export const YEAR = '(\\d{4}|[〇零○一二三四五六七八九]{4})'
/** A month or a day: one or two Arabic digits, or a Chinese count up to 三十一 (九, 十, 十二, 二十, 二十九). One group. */
export const COUNT = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
/** A whole day, its year written: year, month and day groups; spaces allowed around 年 月 日 (broken PDF lines). */
export const FULL_DAY = `${YEAR}\\s*年\\s*${COUNT}\\s*月\\s*${COUNT}\\s*日`

/** 2022 → 2022, 二〇二二 → 2022, 九 → 9, 十 → 10, 十二 → 12, 二十 → 20, 二十九 → 29. NaN when it is no number. */
export function numeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  if (!text.includes('十')) {
    const digits = [...text].map((ch) => CHINESE_DIGIT[ch])
    return digits.some((digit) => digit === undefined) ? Number.NaN : Number(digits.join(''))
  }
  const [tens, ones, rest] = text.split('十')
  if (rest !== undefined || tens.length > 1 || ones.length > 1) return Number.NaN
  const ten = tens === '' ? 1 : CHINESE_DIGIT[tens]
  const one = ones === '' ? 0 : CHINESE_DIGIT[ones]
  return ten === undefined || one === undefined || ten === 0 ? Number.NaN : ten * 10 + one
}

/** The ISO day, or undefined when there is no such day (2022年2月30日). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const WHOLE_LINE_DAY = new RegExp(`^${FULL_DAY}$`)

/** A line that is one printed day and nothing else (a 落款): 二〇二二年九月二十五日 → 2022-09-25; else undefined. */
export function printedDay(line: string): string | undefined {
  const match = WHOLE_LINE_DAY.exec(line.trim())
  return match ? isoDay(numeral(match[1]), numeral(match[2]), numeral(match[3])) : undefined
}

/** Days written in Chinese numerals (二〇二二年七月二十九日, 二〇二二年七月) rewritten in Arabic numerals, the rest unchanged. */
export function arabicDates(text: string): string {
  return text
    .replace(/([〇零○一二三四五六七八九]{4})年/g, (_, year: string) => `${numeral(year)}年`)
    .replace(
      /(?<=\d年)([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g,
      (_, month: string, day?: string) => `${numeral(month)}月${day ? `${numeral(day)}日` : ''}`,
    )
}
