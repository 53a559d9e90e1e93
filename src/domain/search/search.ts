// One search box for the whole gazette: documents, 权责事项, funded projects, phone numbers, calculators.
// Entries (with their pinyin, computed at build time by scripts/build/search-entries.ts) are looked up by character
// bigram, so a query only looks at the entries that share its first bigram. No Taro import.

import { readingsOf, readQuestion, type Asks, type Reading } from './question'

export type SearchKind = 'doc' | 'power' | 'project' | 'phone' | 'calc' | 'help'

const KIND_LABELS: Record<SearchKind, string> = {
  doc: '文件',
  power: '权责事项',
  project: '项目',
  phone: '电话',
  calc: '计算器',
  help: '功能和帮助',
}

export interface SearchEntry {
  kind: SearchKind
  /** Page to open. */
  path: string
  title: string
  subtitle: string
  /** Everything searchable in Chinese, normalised (see normaliseText). */
  text: string
  /** Pinyin of each character of the title ('' for non-Han), for pinyin matches and highlighting. */
  titlePinyin: string[]
  /** Full pinyin of the keywords (title and a few key terms), without spaces. */
  pinyin: string
  /** Initials of the same. */
  initials: string
  /** For consultation lines: the number, dialled from the result itself. */
  phone?: string
  /** For documents: the 文号 parts, for loose 文号 queries. */
  docNo?: { kind: '离政发' | '离政办发'; year: number; number: number }
  /** Other names that find this entry first when typed exactly (normalised): 住建局 → zjj, zhujianju; 大字 → 长辈. */
  aliases?: string[]
}

export interface Highlight {
  start: number
  end: number
}

export interface SearchHit {
  entry: SearchEntry
  score: number
  highlight?: Highlight
}

export interface SearchGroup {
  kind: SearchKind
  label: string
  hits: SearchHit[]
  total: number
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g

const LOOSE_PUNCTUATION = /[\s·・,，、。:：;；"“”'‘’()（）[\]【】〔〕{}<>《》—\-–_]/g

/**
 * Lower case, half-width, no spaces or punctuation that people type loosely. The punctuation goes first: most of
 * a Chinese text's full-width characters are punctuation, so few are left to convert (the 原文 corpus is 0.15 M
 * characters); what converts to punctuation is dropped by the second pass.
 */
export function normaliseText(text: string): string {
  return text
    .replace(LOOSE_PUNCTUATION, '')
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(LOOSE_PUNCTUATION, '')
}

const DOC_NO_QUERY = /^(离政办发?|离政发|政办发?|政发|办发|lzbf|lzf)?(?:〔|\[|\(|（)?(\d{4})?(?:〕|\]|\)|）|-)?(\d{1,3})号?$/i

/**
 * “离政办发34”, “离政办36”, “lzbf36”, “34号”, “〔2022〕34”, “离政发〔2022〕25号” → the 文号 parts; undefined for
 * other text (a bare number is not a 文号 here; search() still puts the documents of that number first).
 */
export function parseDocNoQuery(query: string): { kind?: '离政发' | '离政办发'; year?: number; number: number } | undefined {
  const compact = query.replace(/\s+/g, '')
  const match = DOC_NO_QUERY.exec(compact)
  if (!match || (!match[1] && !match[2] && !compact.endsWith('号'))) return undefined
  const prefix = match[1]?.toLowerCase()
  const kind = prefix ? (prefix.includes('办') || prefix === 'lzbf' ? '离政办发' : '离政发') : undefined
  return { kind, year: match[2] ? Number(match[2]) : undefined, number: Number(match[3]) }
}

export interface SearchIndex {
  entries: SearchEntry[]
  /** Entry numbers whose text, pinyin, initials or aliases contain the key (a bigram or a single character). */
  lookup: (key: string) => number[]
}

const searchedFields = (entry: SearchEntry) => [entry.text, entry.pinyin, entry.initials, ...(entry.aliases ?? [])]

/**
 * The entries made searchable. Nothing is computed up front: each key's entry numbers are found the first time a
 * query needs them (one pass over the entries) and kept, so opening search costs only reading the entries — on a
 * cheap phone, building every bigram's postings at once took longer than the whole first answer does now.
 */
export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const postings = new Map<string, number[]>()
  const fields = entries.map(searchedFields)
  return {
    entries,
    lookup(key) {
      let found = postings.get(key)
      if (!found) {
        found = []
        for (let i = 0; i < fields.length; i++) if (fields[i].some((field) => field.includes(key))) found.push(i)
        postings.set(key, found)
      }
      return found
    },
  }
}

/** Which part of the title a query matched, in characters. */
function titleHighlight(entry: SearchEntry, query: string): Highlight | undefined {
  const title = normaliseText(entry.title)
  // Map normalised positions back to the original title.
  const map: number[] = []
  for (let i = 0; i < entry.title.length; i++) if (normaliseText(entry.title[i]) !== '') map.push(i)
  const at = title.indexOf(query)
  if (at >= 0) return { start: map[at], end: map[at + query.length - 1] + 1 }
  // Pinyin or initials: walk the syllables of the title.
  for (let start = 0; start < entry.titlePinyin.length; start++) {
    let full = ''
    let initials = ''
    for (let end = start; end < entry.titlePinyin.length && entry.titlePinyin[end]; end++) {
      full += entry.titlePinyin[end]
      initials += entry.titlePinyin[end][0]
      if (full === query || initials === query || (full.startsWith(query) && end === start)) return { start, end: end + 1 }
      if (!query.startsWith(full) && !query.startsWith(initials)) break
    }
  }
  return undefined
}

/** Title matches first, then pinyin and initials, then the text (more mentions rank higher). */
function scoreOf(entry: SearchEntry, query: string): number {
  const title = normaliseText(entry.title)
  if (title === query) return 100
  if (entry.aliases?.includes(query)) return 95
  if (title.startsWith(query)) return 90
  if (title.includes(query)) return 80
  if (entry.pinyin.includes(query)) return query.length >= 4 ? 70 : 55
  if (entry.initials.includes(query)) return entry.initials.startsWith(query) ? 60 : 50
  if (entry.text.includes(query)) return 40 + Math.min(9, entry.text.split(query).length - 2)
  return 0
}

const KIND_ORDER: SearchKind[] = ['doc', 'power', 'project', 'phone', 'calc', 'help']
const BARE_NUMBER = /^\d{1,3}$/
/** What a question asks for comes first, except before an entry named exactly as typed (score 95 and up). */
const ASKED_GROUP_RANK = 94.5
const ASKED_KIND: Record<Asks, SearchKind> = { phone: 'phone', money: 'calc' }

function matchesDocNo(entry: SearchEntry, docNo: { kind?: string; year?: number; number: number }): boolean {
  const n = entry.docNo
  return !!n && n.number === docNo.number && (!docNo.kind || n.kind === docNo.kind) && (!docNo.year || n.year === docNo.year)
}

/** A hit before it is shown: the query it matched is kept, so its title is highlighted only if it is shown. */
interface Candidate {
  entry: SearchEntry
  score: number
  /** The entry's place in the index: equal scores keep the content's order. */
  order: number
  matched?: string
}

/** The best score of any of a term's words for an entry, and the word. */
function bestOf(entry: SearchEntry, words: string[]): { score: number; word: string } {
  let best = { score: 0, word: words[0] }
  for (const word of words) {
    const score = scoreOf(entry, word)
    if (score > best.score) best = { score, word }
  }
  return best
}

/** Every hit for one reading of a query (no 文号 handling): an entry must match every term, and scores its weakest. */
function hitsFor(index: SearchIndex, { terms: [first, ...rest], penalty }: Reading): Candidate[] {
  const hits: Candidate[] = []
  const seen = new Set<number>()
  // The first bigram of each word of the first term (or its only character).
  for (const word of first) {
    for (const i of index.lookup(word.slice(0, 2))) {
      if (seen.has(i)) continue
      seen.add(i)
      const entry = index.entries[i]
      const { score, word: matched } = bestOf(entry, first)
      const weakest = rest.reduce((lowest, term) => (lowest > 0 ? Math.min(lowest, bestOf(entry, term).score) : 0), score)
      if (weakest > 0) hits.push({ entry, order: i, score: weakest - penalty, matched })
    }
  }
  return hits
}

function shown({ entry, score, matched }: Candidate): SearchHit {
  return { entry, score, highlight: matched === undefined ? undefined : titleHighlight(entry, matched) }
}

/**
 * Grouped results, best first in each group; the group with the best hit comes first (住建局 before the documents
 * that mention it for “zjj”), unless the query asks for a phone or an amount (医保局电话, 托管补贴多少钱): then the
 * consultation lines or the calculators come first. An empty query gives no groups.
 */
export function search(index: SearchIndex, rawQuery: string, perGroup = 5): SearchGroup[] {
  const query = normaliseText(rawQuery)
  if (query === '') return []
  const best = new Map<SearchEntry, Candidate>()
  const keep = (hit: Candidate) => {
    const known = best.get(hit.entry)
    if (!known || known.score < hit.score) best.set(hit.entry, hit)
  }
  const docNo = parseDocNoQuery(rawQuery.trim()) ?? (BARE_NUMBER.test(query) ? { number: Number(query) } : undefined)
  if (docNo) index.entries.forEach((entry, order) => matchesDocNo(entry, docNo) && keep({ entry, order, score: 200 }))
  const question = readQuestion(query)
  const readings = question.core === query ? readingsOf(query) : [...readingsOf(query).slice(0, 1), ...readingsOf(question.core)]
  for (const reading of readings) for (const hit of hitsFor(index, reading)) keep(hit)
  const hits = [...best.values()]
  const asked = question.asks && ASKED_KIND[question.asks]
  const groups = KIND_ORDER.map((kind) => {
    const ofKind = hits.filter((hit) => hit.entry.kind === kind).sort((a, b) => b.score - a.score || a.order - b.order)
    return { kind, label: KIND_LABELS[kind], hits: ofKind.slice(0, perGroup).map(shown), total: ofKind.length }
  }).filter((group) => group.total > 0)
  const rank = (group: SearchGroup) => (group.kind === asked ? Math.max(group.hits[0].score, ASKED_GROUP_RANK) : group.hits[0].score)
  return groups.sort((a, b) => rank(b) - rank(a) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}

/** Every entry for every key: searching is a naive scan (benchmark, tests). */
export function scanIndex(entries: SearchEntry[]): SearchIndex {
  const all = entries.map((_, i) => i)
  return { entries, lookup: () => all }
}
