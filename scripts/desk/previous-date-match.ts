// Which of the last issue's dates a date of the new document is, by meaning, never by position: the same name
// (years and numbers set aside), else the same thing residents are to do (`act`), else — for a date the import
// wrote, not one the clerk just added — the name that shares the most words. Nothing when nothing matches: a
// hint about another date is worse than none. Plain TypeScript: the desk's page and its server share it.

/** A date of the predecessor document: its name, what residents were to do, and the hint in words. */
export interface PreviousDate {
  label: string
  act?: string
  words: string
}

export interface CurrentDate {
  label?: string
  act?: string
}

/** 2022年托管试点 and 2023年托管试点 are the same name; 【待填写】 is no name. */
const nameKey = (text: string | undefined) =>
  text === undefined || text.startsWith('【待填写】') ? '' : text.replace(/\s+/g, '').replace(/\d+(?:\.\d+)?/g, '#')

/** The pairs of neighbouring characters of a name (years and numbers set aside): what “the same words” means here. */
function pairs(text: string): Set<string> {
  const chars = [...nameKey(text).replace(/[#年（）()，、“”]/g, '')]
  return new Set(chars.slice(1).map((char, index) => chars[index] + char))
}

/** How much two names share, 0 to 1 (Dice coefficient of their character pairs). */
function overlap(a: string, b: string): number {
  const left = pairs(a)
  const right = pairs(b)
  if (left.size === 0 || right.size === 0) return 0
  const shared = [...left].filter((pair) => right.has(pair)).length
  return (2 * shared) / (left.size + right.size)
}

/** Names this close are the same date named a little differently (企业缓缴养老保险费 / 企业缓缴基本养老保险费). */
const CLOSE_ENOUGH = 0.6

/** The predecessor's date this one is, or undefined. `justAdded`: the clerk added it, so only the same name counts. */
export function matchPreviousDate(date: CurrentDate, previous: PreviousDate[], justAdded: boolean): PreviousDate | undefined {
  const name = nameKey(date.label)
  if (name) {
    const same = previous.find((each) => nameKey(each.label) === name)
    if (same) return same
  }
  if (justAdded) return undefined
  const act = nameKey(date.act)
  if (act) {
    const same = previous.find((each) => nameKey(each.act) === act)
    if (same) return same
  }
  if (!name) return undefined
  const scored = previous.map((each) => ({ each, score: overlap(date.label ?? '', each.label) })).sort((a, b) => b.score - a.score)
  const [best, next] = scored
  if (!best || best.score < CLOSE_ENOUGH || (next && next.score === best.score)) return undefined
  return best.each
}
