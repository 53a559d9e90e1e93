// Dates as the gazette writes them, for the content check: 2022年9月1日, 9月1日 (the year from the words before or
// the document's signing date), 二〇二二年七月二十九日 (numerals read by printed-dates.ts), 2022年6月, 8月底, 2022年底, 2022.5, 即日, 印发之日, and
// times that name no day (6月中旬, 秋季开学). Plain TypeScript, no file access.
import { squashText } from '#src/content/original-document'
import { arabicDates } from './printed-dates'

/** A time the words give: the first and last day they can mean, and whether they name those days. */
export interface WordsTime {
  /** As written (after Chinese numerals are read), e.g. 12月25日, 2022年6月中旬, 即日. */
  words: string
  first: string
  last: string
  /** False for times that name no day (中旬, 下旬, 秋季): no exact date may be taken from them. */
  exact: boolean
  /** Where a month is written: its year (as written, else undefined), month and day (if written). */
  month?: { writtenYear?: number; year: number; month: number; day?: number }
  /** Joined to the time before it as a range (至, 到, 起至, -). */
  fromPrevious: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

// One alternative per way of writing a time, tried in this order at each place.
const TIME = new RegExp(
  [
    '(?<signed>即日|印发之日|发布之日)',
    '(?<![\\d.])(?<dotYear>(?:19|20)\\d\\d)\\.(?<dotMonth>\\d{1,2})(?![\\d.万元亩%])',
    '(?<![\\d.])(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日|(?<tenDays>上旬|中旬|下旬)|(?<monthEnd>底|末))?',
    '(?<![\\d.])(?<yearOnly>\\d{4})年(?:(?<yearEnd>年?底|年?末)|(?<season>春季?|夏季?|秋季?|冬季?))?',
  ].join('|'),
  'g',
)

/**
 * Every time the words give, in order. 即日 and 印发之日 are the signing date; a date written without its year takes
 * the year of the date before it in the same words (a later month before it, as in 11月至3月, the next year), else
 * the signing date's year.
 */
export function timesInWords(words: string, signedOn: string): WordsTime[] {
  const text = arabicDates(squashText(words))
  const times: WordsTime[] = []
  let year = Number(signedOn.slice(0, 4))
  let previous: string | undefined
  let previousEnd = 0
  let fromPrevious = false
  const add = (time: Omit<WordsTime, 'fromPrevious'>) => {
    times.push({ ...time, fromPrevious })
    previous = time.first
  }
  for (const match of text.matchAll(TIME)) {
    const g = match.groups ?? {}
    fromPrevious = times.length > 0 && /^起?(?:至|到|-)$/.test(text.slice(previousEnd, match.index))
    previousEnd = match.index + match[0].length
    if (g.signed) {
      add({ words: g.signed, first: signedOn, last: signedOn, exact: true })
    } else if (g.yearOnly) {
      year = Number(g.yearOnly)
      if (g.yearEnd) add({ words: match[0], first: iso(year, 12, 31), last: iso(year, 12, 31), exact: true })
      else add({ words: match[0], first: iso(year, 1, 1), last: iso(year, 12, 31), exact: !g.season })
    } else {
      const month = Number(g.dotMonth ?? g.month)
      if (month < 1 || month > 12) continue
      const written = g.dotYear ?? g.year
      if (written) year = Number(written)
      else if (previous && iso(year, month, lastDay(year, month)) < previous) year += 1
      const end = lastDay(year, month)
      const day = g.day === undefined ? undefined : Number(g.day)
      if (day !== undefined && (day < 1 || day > end)) continue
      const at = { writtenYear: written ? year : undefined, year, month, day }
      if (day !== undefined) add({ words: match[0], first: iso(year, month, day), last: iso(year, month, day), exact: true, month: at })
      else if (g.tenDays) {
        const [from, to] = g.tenDays === '上旬' ? [1, 10] : g.tenDays === '中旬' ? [11, 20] : [21, end]
        add({ words: match[0], first: iso(year, month, from), last: iso(year, month, to), exact: false, month: at })
      } else if (g.monthEnd) add({ words: match[0], first: iso(year, month, end), last: iso(year, month, end), exact: true, month: at })
      else add({ words: match[0], first: iso(year, month, 1), last: iso(year, month, end), exact: true, month: at })
    }
  }
  return times
}

export interface DateClaim {
  field: 'start' | 'end'
  message: string
}

const NAMES = { start: '开始', end: '结束' } as const

/** `“12月25日”，即2022-12-25（…）`: a time of the words with the day it means. */
function described(time: WordsTime, field: 'start' | 'end', signedOn: string): string {
  const day = field === 'start' ? time.first : time.last
  const yearNote =
    time.month && time.month.writtenYear === undefined
      ? `（原文没写年份，按${time.month.year === Number(signedOn.slice(0, 4)) ? '落款' : '前面写的'}年份算）`
      : ''
  return `“${time.words}”，即${day}${yearNote}`
}

/**
 * A date's start and end against its gazette words: each must be a day the words state, the start of a range
 * where the words give one (9月1日至12月25日), its end the range's end. Words that give no exact day (6月中旬前,
 * 秋季开学起) allow no exact date.
 */
export function dateClaimProblems(window: { start?: string; end?: string; source: string }, signedOn: string): DateClaim[] {
  const times = timesInWords(window.source, signedOn)
  const joined = times.findIndex((time) => time.fromPrevious)
  const problems: DateClaim[] = []
  for (const field of ['start', 'end'] as const) {
    const day = window[field]
    if (day === undefined) continue
    const candidates = joined < 0 ? times : [times[field === 'start' ? joined - 1 : joined]]
    const dayOf = (time: WordsTime) => (field === 'start' ? time.first : time.last)
    const exact = candidates.filter((time) => time.exact)
    if (exact.some((time) => dayOf(time) === day)) continue
    if (exact.length === 0) {
      const rough = candidates.map((time) => `“${time.words}”`).join('、')
      problems.push({
        field,
        message: `原文“${window.source}”没有写到具体哪一天${rough ? `（${rough}不是具体的日子）` : ''}，${NAMES[field]}日期不能写${day}：请删去 ${field}，在 note 里写明原文没有写具体日期。`,
      })
    } else {
      problems.push({
        field,
        message: `${NAMES[field]}日期${day}和原文“${window.source}”不符：原文写的${NAMES[field]}是${exact.map((time) => described(time, field, signedOn)).join('或')}。`,
      })
    }
  }
  return problems
}

/**
 * Dates written in our text (a summary, a key point) that the document's own text does not print: each must be
 * there with the same month and day; a year we write must be the one printed (or, where the text prints only 月日,
 * the year of the date before it or of the signing date).
 */
export function unprintedDates(ours: string, documentText: string, signedOn: string): string[] {
  const printed = timesInWords(documentText, signedOn).flatMap((time) => (time.month ? [time.month] : []))
  const signedYear = Number(signedOn.slice(0, 4))
  return timesInWords(ours, signedOn)
    .filter((time) => {
      const at = time.month
      if (!at) return false
      return !printed.some(
        (p) =>
          p.month === at.month &&
          (at.day === undefined || p.day === at.day) &&
          (at.writtenYear === undefined ||
            (p.writtenYear ?? p.year) === at.writtenYear ||
            (p.writtenYear === undefined && signedYear === at.writtenYear)),
      )
    })
    .map((time) => time.words)
}

/**
 * The days the words state, as dateClaimProblems accepts them: a range's start and end (2023年7月至9月 →
 * 2023-07-01 and 2023-09-30), else the one time's first and last day (2023年12月 → 2023-12-01, 2023-12-31; 2023年底
 * → 2023-12-31). A time that names no day (6月中旬) gives none.
 */
export function statedDays(source: string, signedOn: string): { start?: string; end?: string } {
  const times = timesInWords(source, signedOn)
  const joined = times.findIndex((time) => time.fromPrevious)
  const [first, last] = joined > 0 ? [times[joined - 1], times[joined]] : times.length === 1 ? [times[0], times[0]] : []
  return {
    ...(first?.exact ? { start: first.first } : {}),
    ...(last?.exact ? { end: last.last } : {}),
  }
}
