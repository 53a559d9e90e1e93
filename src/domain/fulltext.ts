// Search inside the 原文: one issue's blocks normalised once into a single corpus string with a table of where
// each block starts, so a query is a few native indexOf calls plus a binary search per hit. Snippets (and their
// highlights) are cut only for the hits shown. No Taro import; kept per issue so an archive can load issues apart.
import { blockText, type OriginalDocument } from '../content/original'
import { normaliseText } from './search'

/** Blocks never run together in the corpus: a query cannot match across this character. */
const SEPARATOR = '\u0001'

export interface FullTextIndex {
  corpus: string
  /** Where each block's text starts in the corpus, ascending. */
  starts: number[]
  blocks: { docId: string; index: number }[]
}

export interface FullTextHit {
  docId: string
  /** The block's position in its document's 原文. */
  index: number
}

/** Queries shorter than this (after normalising) would match almost every block. */
export const MIN_QUERY_LENGTH = 2

export function buildFullTextIndex(documents: OriginalDocument[]): FullTextIndex {
  const parts: string[] = []
  const starts: number[] = []
  const blocks: FullTextIndex['blocks'] = []
  let offset = 0
  for (const doc of documents) {
    doc.blocks.forEach((block, index) => {
      const text = normaliseText(blockText(block))
      starts.push(offset)
      blocks.push({ docId: doc.id, index })
      parts.push(text)
      offset += text.length + SEPARATOR.length
    })
  }
  return { corpus: parts.join(SEPARATOR), starts, blocks }
}

function blockAt(index: FullTextIndex, offset: number): number {
  let low = 0
  let high = index.starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (index.starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The blocks that contain the query: the documents that say it most often first, each in its own order; `total`
 * counts every block, `hits` keeps at most `limit`.
 */
export function searchFullText(index: FullTextIndex, rawQuery: string, limit = 20): { hits: FullTextHit[]; total: number } {
  const query = normaliseText(rawQuery)
  if (query.length < MIN_QUERY_LENGTH) return { hits: [], total: 0 }
  const found: FullTextHit[] = []
  let last = -1
  for (let at = index.corpus.indexOf(query); at >= 0; at = index.corpus.indexOf(query, at + 1)) {
    const block = blockAt(index, at)
    if (block === last) continue
    last = block
    found.push(index.blocks[block])
  }
  return { hits: byDocumentWeight(found).slice(0, limit), total: found.length }
}

function byDocumentWeight(hits: FullTextHit[]): FullTextHit[] {
  const count = new Map<string, number>()
  for (const hit of hits) count.set(hit.docId, (count.get(hit.docId) ?? 0) + 1)
  const order = [...count.keys()]
  return [...hits].sort((a, b) => (count.get(b.docId) ?? 0) - (count.get(a.docId) ?? 0) || order.indexOf(a.docId) - order.indexOf(b.docId))
}

/** The same answer without an index: every block normalised again for every query (the benchmark's baseline). */
export function scanFullText(documents: OriginalDocument[], rawQuery: string, limit = 20): { hits: FullTextHit[]; total: number } {
  const query = normaliseText(rawQuery)
  if (query.length < MIN_QUERY_LENGTH) return { hits: [], total: 0 }
  const found: FullTextHit[] = []
  for (const doc of documents) {
    doc.blocks.forEach((block, index) => {
      if (normaliseText(blockText(block)).includes(query)) found.push({ docId: doc.id, index })
    })
  }
  return { hits: byDocumentWeight(found).slice(0, limit), total: found.length }
}

/** What normaliseText drops, allowed between the query's characters when finding it in the printed text. */
const IGNORED = '[\\s·・,，、。:：;；"“”\'‘’()（）\\[\\]【】〔〕{}<>《》—\\-–_]*'

/** A short piece of the block's text around the query, the query marked: for one shown hit. */
export function snippet(text: string, rawQuery: string, radius = 18): { before: string; hit: string; after: string } {
  const query = normaliseText(rawQuery)
  const halfWidth = (ch: string) => (/[\uFF01-\uFF5E]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch)
  const pattern = new RegExp([...query].map((ch) => halfWidth(ch).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(IGNORED), 'i')
  const flat = text.replace(/\s+/g, ' ').replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, halfWidth)
  const match = pattern.exec(flat)
  if (!match) return { before: flat.slice(0, radius * 2), hit: '', after: flat.length > radius * 2 ? '…' : '' }
  const from = Math.max(0, match.index - radius)
  const to = Math.min(flat.length, match.index + match[0].length + radius)
  return {
    before: `${from > 0 ? '…' : ''}${flat.slice(from, match.index)}`,
    hit: match[0],
    after: `${flat.slice(match.index + match[0].length, to)}${to < flat.length ? '…' : ''}`,
  }
}
