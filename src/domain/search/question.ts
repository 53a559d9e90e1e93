// What a person typed, read as a question: the words around what they look for are dropped (医保局电话 → 医保局,
// asking for a phone), and what is left is read a few ways: as typed, by its synonyms, with 补贴/补助/奖补 as one
// family, and as two words that must both be found (吸纳就业 → 吸纳 and 就业). The words are data in
// synonyms.ts. No Taro import.
import { MONEY_WORDS, QUESTION_WORDS, synonymsOf } from './synonyms'

export type Asks = 'phone' | 'money'

export interface Question {
  /** What the person is looking for: the query without its question words (never empty). */
  core: string
  /** What the question words ask for: a phone number or an amount of money. */
  asks?: Asks
}

/** A way to read a query: every term must be found in an entry, any one of a term's words will do. */
export interface Reading {
  terms: string[][]
  /** How much lower than the words typed a hit through this reading ranks. */
  penalty: number
}

/** Hits through a synonym or another word of the 补贴 family rank just below the same hit for the words typed. */
const OTHER_WORD_PENALTY = 5
/** Hits of two words found apart rank below hits of the words together. */
const SPLIT_PENALTY = 10
const HAN_ONLY = /^[\u3400-\u9fff]+$/
/** Longer queries are sentences: they are not cut into every pair of words. */
const MAX_SPLIT_LENGTH = 8

const questionWords = QUESTION_WORDS.flatMap(({ asks, words }) => words.map((word) => ({ word, asks }))).sort(
  (a, b) => b.word.length - a.word.length,
)

/** The query (normalised) without the question words at its start and end, and what they ask for. */
export function readQuestion(query: string): Question {
  let core = query
  let asks: Asks | undefined
  for (let stripped = true; stripped;) {
    stripped = false
    for (const { word, asks: wordAsks } of questionWords) {
      if (core.length <= word.length) continue
      if (core.endsWith(word)) core = core.slice(0, -word.length)
      else if (core.startsWith(word)) core = core.slice(word.length)
      else continue
      // 电话多少: a phone number, not an amount of money.
      if (wordAsks === 'phone' || (wordAsks === 'money' && !asks)) asks = wordAsks
      stripped = true
      break
    }
  }
  if (!asks && MONEY_WORDS.words.some((word) => core.includes(word))) asks = 'money'
  return { core, asks }
}

/** A word with the words it also means: its synonyms, and for 补贴 the rest of its family. */
function alternativesOf(word: string): string[] {
  const money = MONEY_WORDS.words.includes(word) ? MONEY_WORDS.words : []
  return [...new Set([word, ...synonymsOf(word), ...money])]
}

/** The ways to read a query (normalised); the first is the query itself. */
export function readingsOf(query: string, penalty = 0): Reading[] {
  const readings: Reading[] = [{ terms: [[query]], penalty }]
  for (const synonym of synonymsOf(query)) readings.push({ terms: [[synonym]], penalty: penalty + OTHER_WORD_PENALTY })
  const money = MONEY_WORDS.words.find((word) => query.includes(word))
  if (money) {
    for (const other of MONEY_WORDS.words.filter((word) => word !== money))
      readings.push({ terms: [[query.replace(money, other)]], penalty: penalty + OTHER_WORD_PENALTY })
    // 托管补贴 → 托管: the money is what the question asks about (it puts the calculators first).
    const rest = query.replace(money, '')
    if (rest.length >= 2) readings.push(...readingsOf(rest, penalty + OTHER_WORD_PENALTY))
  }
  if (HAN_ONLY.test(query) && query.length <= MAX_SPLIT_LENGTH) {
    for (let at = 2; at <= query.length - 2; at++) {
      readings.push({ terms: [alternativesOf(query.slice(0, at)), alternativesOf(query.slice(at))], penalty: penalty + SPLIT_PENALTY })
    }
  }
  return readings
}
