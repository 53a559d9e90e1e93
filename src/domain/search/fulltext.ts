// Search inside the 原文. At build time each issue's blocks are written once as one text (`ShippedText`, blocks
// apart by a separator) with where each block is. On the phone the text is normalised as queries are, in a few
// native passes over the whole text (not block by block), into one corpus; a query is then a few indexOf calls plus
// a binary search per hit. The first search needs neither the 原文 data nor a per-block index. Snippets are cut
// from the shown text, only for the hits shown. No Taro import; one index per issue.
import { blockText, type OriginalDocument } from '#src/content/original-document'
import { normaliseText } from './search'
import { placeLabel } from '../original-reader'

/** Blocks never run together: a query cannot match across this character (normaliseText keeps it). */
const SEPARATOR = '\u0001'

/** What the issue subpackage ships: every block's text, and for each block its document, anchor and place. */
export interface ShippedText {
  docs: string[]
  /** Every block's text as shown, in order, separated by SEPARATOR. */
  text: string
  /** Per block: [index into docs, block index in its 原文, anchor, place label]. */
  blocks: [number, number, string, string][]
}

export interface FullTextIndex {
  shipped: ShippedText
  corpus: string
  /** Where each block starts in the corpus, ascending. */
  starts: number[]
  /** Where each block starts in the shipped text: worked out on the first snippet. */
  displayStarts?: number[]
}

export interface FullTextHit {
  docId: string
  /** The block's position in its document's 原文. */
  index: number
  anchor: string
  place: string
  /** The block's position in the shipped text (for its snippet). */
  block: number
}

/** Queries shorter than this (after normalising) would match almost every block. */
export const MIN_QUERY_LENGTH = 2

/** Build time: the text an issue ships for search, from its 原文. */
export function shipFullText(documents: OriginalDocument[]): ShippedText {
  const texts: string[] = []
  const blocks: ShippedText['blocks'] = []
  documents.forEach((doc, docIndex) => {
    doc.blocks.forEach((block, index) => {
      texts.push(blockText(block).split(SEPARATOR).join(' '))
      blocks.push([docIndex, index, block.id, placeLabel(block)])
    })
  })
  return { docs: documents.map((doc) => doc.id), text: texts.join(SEPARATOR), blocks }
}

function blockStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, at + 1)) starts.push(at + 1)
  return starts
}

/** On the phone: the shipped text normalised as queries are (a few native passes), and where each block starts. */
export function loadFullTextIndex(shipped: ShippedText): FullTextIndex {
  const corpus = normaliseText(shipped.text)
  return { shipped, corpus, starts: blockStarts(corpus) }
}

export function buildFullTextIndex(documents: OriginalDocument[]): FullTextIndex {
  return loadFullTextIndex(shipFullText(documents))
}

function hitOf(index: FullTextIndex, block: number): FullTextHit {
  const [doc, at, anchor, place] = index.shipped.blocks[block]
  return { docId: index.shipped.docs[doc], index: at, anchor, place, block }
}

/** The text of a hit's block as shown (for its snippet). */
export function hitText(index: FullTextIndex, hit: FullTextHit): string {
  const starts = (index.displayStarts ??= blockStarts(index.shipped.text))
  const end = hit.block + 1 < starts.length ? starts[hit.block + 1] - 1 : index.shipped.text.length
  return index.shipped.text.slice(starts[hit.block], end)
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
    found.push(hitOf(index, block))
  }
  return { hits: byDocumentWeight(found).slice(0, limit), total: found.length }
}

function byDocumentWeight<T extends { docId: string }>(hits: T[]): T[] {
  const count = new Map<string, number>()
  for (const hit of hits) count.set(hit.docId, (count.get(hit.docId) ?? 0) + 1)
  const order = [...count.keys()]
  return [...hits].sort((a, b) => (count.get(b.docId) ?? 0) - (count.get(a.docId) ?? 0) || order.indexOf(a.docId) - order.indexOf(b.docId))
}

/** The same answer without an index: every block normalised again for every query (the benchmark's baseline). */
export function scanFullText(
  documents: OriginalDocument[],
  rawQuery: string,
  limit = 20,
): { hits: { docId: string; index: number }[]; total: number } {
  const query = normaliseText(rawQuery)
  if (query.length < MIN_QUERY_LENGTH) return { hits: [], total: 0 }
  const found: { docId: string; index: number }[] = []
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
