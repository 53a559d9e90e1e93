// One search box for the whole gazette: documents, 权责事项, funded projects, phone numbers, calculators.
// Entries (with their pinyin, computed at build time by scripts/search-entries.ts) are indexed here by
// character bigrams, so a query only looks at the entries that share its first bigram. No Taro import.

export type SearchKind = 'doc' | 'power' | 'project' | 'phone' | 'calc'

const KIND_LABELS: Record<SearchKind, string> = {
  doc: '文件',
  power: '权责事项',
  project: '项目',
  phone: '电话',
  calc: '计算器',
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
  /** For documents: the 文号 parts, for loose 文号 queries. */
  docNo?: { kind: '离政发' | '离政办发'; year: number; number: number }
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

/** Lower case, half-width, no spaces or punctuation that people type loosely. */
export function normaliseText(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s·・,，、。:：;；"“”'‘’()（）[\]【】〔〕{}<>《》—\-–_]/g, '')
}

const DOC_NO_QUERY = /^(离政办发|离政发|政办发|政发|办发)?(?:〔|\[|\(|（)?(\d{4})?(?:〕|\]|\)|）)?(\d{1,3})号?$/

/** “离政办发34”, “34号”, “〔2022〕34”, “离政发〔2022〕25号” → the 文号 parts; undefined for other text. */
export function parseDocNoQuery(query: string): { kind?: '离政发' | '离政办发'; year?: number; number: number } | undefined {
  const compact = query.replace(/\s+/g, '')
  const match = DOC_NO_QUERY.exec(compact)
  if (!match || (!match[1] && !match[2] && !compact.endsWith('号'))) return undefined
  const kind = match[1] ? (match[1].includes('办') ? '离政办发' : '离政发') : undefined
  return { kind, year: match[2] ? Number(match[2]) : undefined, number: Number(match[3]) }
}

function bigrams(text: string): string[] {
  if (text.length < 2) return text.length === 1 ? [text] : []
  const grams: string[] = []
  for (let i = 0; i < text.length - 1; i++) grams.push(text.slice(i, i + 2))
  return grams
}

export interface SearchIndex {
  entries: SearchEntry[]
  /** bigram (or single character) → entry numbers, over text, pinyin and initials. */
  postings: Map<string, number[]>
}

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const postings = new Map<string, number[]>()
  const add = (key: string, index: number) => {
    const list = postings.get(key)
    if (!list) postings.set(key, [index])
    else if (list[list.length - 1] !== index) list.push(index)
  }
  entries.forEach((entry, index) => {
    for (const field of [entry.text, entry.pinyin, entry.initials]) {
      for (const ch of field) add(ch, index)
      for (const gram of bigrams(field)) add(gram, index)
    }
  })
  return { entries, postings }
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

function scoreOf(entry: SearchEntry, query: string): number {
  const title = normaliseText(entry.title)
  if (title === query) return 100
  if (title.startsWith(query)) return 90
  if (title.includes(query)) return 80
  if (entry.pinyin.includes(query)) return query.length >= 4 ? 70 : 55
  if (entry.initials.includes(query)) return entry.initials.startsWith(query) ? 60 : 50
  if (entry.text.includes(query)) return 40
  return 0
}

const KIND_ORDER: SearchKind[] = ['doc', 'power', 'project', 'phone', 'calc']

/** Grouped results, best first in each group; an empty query gives no groups. */
export function search(index: SearchIndex, rawQuery: string, perGroup = 5): SearchGroup[] {
  const query = normaliseText(rawQuery)
  if (query === '') return []
  const hits: SearchHit[] = []
  const docNo = parseDocNoQuery(rawQuery.trim())
  if (docNo) {
    index.entries.forEach((entry) => {
      const n = entry.docNo
      if (!n || n.number !== docNo.number) return
      if (docNo.kind && n.kind !== docNo.kind) return
      if (docNo.year && n.year !== docNo.year) return
      hits.push({ entry, score: 200, highlight: undefined })
    })
  }
  const seen = new Set(hits.map((hit) => hit.entry))
  const candidates = index.postings.get(bigrams(query)[0] ?? query) ?? []
  for (const i of candidates) {
    const entry = index.entries[i]
    if (seen.has(entry)) continue
    const score = scoreOf(entry, query)
    if (score > 0) hits.push({ entry, score, highlight: titleHighlight(entry, query) })
  }
  return KIND_ORDER.map((kind) => {
    const ofKind = hits.filter((hit) => hit.entry.kind === kind).sort((a, b) => b.score - a.score)
    return { kind, label: KIND_LABELS[kind], hits: ofKind.slice(0, perGroup), total: ofKind.length }
  }).filter((group) => group.total > 0)
}

/** Postings that always answer “every entry”: searching with them is a naive scan (benchmark, tests). */
class EveryEntry extends Map<string, number[]> {
  constructor(private readonly all: number[]) {
    super()
  }
  override get(): number[] {
    return this.all
  }
}

export function scanIndex(entries: SearchEntry[]): SearchIndex {
  return { entries, postings: new EveryEntry(entries.map((_, i) => i)) }
}
