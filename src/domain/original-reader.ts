// Reading a document's 原文 on a phone: where a link lands (an anchor, or the cited words), the outline of its own
// headings, the words to highlight, and the text cut into chunks that are rendered as the reader scrolls (so no
// single WeChat setData carries a whole long document). Plain TypeScript, no Taro import.
import {
  blockText,
  clauseBlocks,
  foldChar,
  squashText,
  type OriginalBlock,
  type OriginalDocument,
  type OriginalTable,
} from '#src/content/original-document'

/**
 * Where the 原文 opens: with an anchor and words (a citation names its clause), the first block of that clause
 * holding the words, else the anchor's block; without an anchor, the first block holding the words; else the top.
 */
export function landingBlock(doc: OriginalDocument, target: { at?: string; words?: string }): number | undefined {
  const wanted = target.words ? squashText(target.words) : ''
  const holdsWords = (block: OriginalBlock) => wanted !== '' && squashText(blockText(block)).includes(wanted)
  if (target.at) {
    const inClause = clauseBlocks(doc, target.at).find(holdsWords)
    if (inClause) return doc.blocks.indexOf(inClause)
    const index = doc.blocks.findIndex((block) => block.id === target.at)
    if (index >= 0) return index
  }
  const index = doc.blocks.findIndex(holdsWords)
  return index >= 0 ? index : undefined
}

export interface OutlineEntry {
  index: number
  text: string
  level: number
}

/** 目录 of the document's own headings: top-level clauses (一、), second-level headings, annexes. */
export function outline(doc: OriginalDocument): OutlineEntry[] {
  return doc.blocks.flatMap((block, index) => {
    const isAnnex = block.kind === 'heading' && block.level === 0 && /^附件/.test(block.text)
    const isHeading =
      (block.kind === 'heading' || block.kind === 'clause') && (block.level === 1 || (block.level === 2 && block.kind === 'heading'))
    if (!isAnnex && !isHeading) return []
    const text = block.text.length > 30 ? `${block.text.slice(0, 30)}…` : block.text
    return [{ index, text, level: isAnnex ? 0 : (block.level ?? 1) }]
  })
}

export interface TextPart {
  text: string
  hit: boolean
}

/**
 * Texts shown one after another (a clause number and its text, the cells of a table row), each cut around the first
 * place the words occur across them, compared as landingBlock compares (squashText: whitespace, full-/half-width
 * forms and dashes ignored, so words the export broke over lines or cells are found); undefined when they are not there.
 */
export function markWords(texts: string[], words: string): TextPart[][] | undefined {
  const wanted = squashText(words)
  if (wanted === '') return undefined
  let folded = ''
  // For each code unit of the folded text: the text it comes from and the character's range there.
  const origin: { piece: number; from: number; to: number }[] = []
  texts.forEach((text, piece) => {
    let at = 0
    for (const char of text) {
      const fold = foldChar(char)
      folded += fold
      for (let unit = 0; unit < fold.length; unit++) origin.push({ piece, from: at, to: at + char.length })
      at += char.length
    }
  })
  const index = folded.indexOf(wanted)
  if (index < 0) return undefined
  const start = origin[index]
  const end = origin[index + wanted.length - 1]
  return texts.map((text, piece) => {
    if (piece < start.piece || piece > end.piece) return text === '' ? [] : [{ text, hit: false }]
    const from = piece === start.piece ? start.from : 0
    const to = piece === end.piece ? end.to : text.length
    const parts = [
      { text: text.slice(0, from), hit: false },
      { text: text.slice(from, to), hit: true },
      { text: text.slice(to), hit: false },
    ]
    return parts.filter((part) => part.text !== '')
  })
}

/** The clause number a block's text starts with (shown apart from the text), else ''. */
export function clauseNumber(block: OriginalBlock): string {
  return block.clause && block.text.startsWith(block.clause) ? block.clause : ''
}

/**
 * Where the cited words are marked in a block: a paragraph's parts [clause number, text after it]; a table's row
 * (-1 its header, else the index among its shown rows) with the parts of each cell. Only the first place is marked.
 */
export interface WordsMark {
  row?: number
  parts: TextPart[][]
}

export function markInBlock(block: OriginalBlock, words: string | undefined): WordsMark | undefined {
  if (!words) return undefined
  if (!block.table) {
    const clause = clauseNumber(block)
    const parts = markWords([clause, block.text.slice(clause.length)], words)
    return parts && { parts }
  }
  const rows = [block.table.columns, ...shownRows(block.table).map(({ row }) => row)]
  for (let index = 0; index < rows.length; index++) {
    const parts = markWords(rows[index], words)
    if (parts) return { row: index - 1, parts }
  }
  return undefined
}

/** Where a block sits, for a reader: 条款 三（二）, 附件1 一, or 正文 before the first clause. */
export function placeLabel(block: OriginalBlock): string {
  if (block.path === '') return '正文'
  const [annex, clause] = block.path.includes('·') ? block.path.split('·') : ['', block.path]
  return [annex, clause ? `条款 ${clause}` : ''].filter(Boolean).join(' ')
}

/** Tables with more rows than this are shown as one card per row; smaller ones as a table that scrolls sideways. */
export const CARD_ROWS_FROM = 13
/** Rows of a card table rendered together. */
const ROWS_PER_PIECE = 8

/** The printed rows of a table without the headers repeated at the top of each page. */
export function shownRows(table: OriginalTable): { row: string[]; at: number }[] {
  return table.rows.flatMap((row, at) => (table.pageHeaders.includes(at) ? [] : [{ row, at }]))
}

/**
 * Each column's name for the card view: the header, or header·sub-header where the table prints a second header
 * row (实施主体 over 乡镇 | 街道 → 实施主体·乡镇, 实施主体·街道).
 */
export function columnLabels(table: OriginalTable): string[] {
  const sub = table.pageHeaders.includes(0) && table.rows[0]?.[0] === '' ? table.rows[0] : undefined
  let parent = ''
  return table.columns.map((column, index) => {
    if (column) parent = column
    const below = sub?.[index]
    return below ? `${column || parent}·${below}` : column
  })
}

export function showsAsCards(table: OriginalTable): boolean {
  return shownRows(table).length >= CARD_ROWS_FROM
}

/** One piece of the page: a block, or a run of rows of a long table. */
export interface ReadingPiece {
  block: number
  /** For a long table: the shown rows [from, to) of this piece. */
  rows?: [number, number]
}

/** The blocks (long tables split by rows) grouped into chunks of about `maxChars` characters each. */
export function readingChunks(doc: OriginalDocument, maxChars = 6000): ReadingPiece[][] {
  const pieces: { piece: ReadingPiece; size: number }[] = []
  doc.blocks.forEach((block: OriginalBlock, index) => {
    if (block.table && showsAsCards(block.table)) {
      const rows = shownRows(block.table)
      for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
        const to = Math.min(rows.length, from + ROWS_PER_PIECE)
        const size = rows.slice(from, to).reduce((sum, { row }) => sum + row.join('').length, 0)
        pieces.push({ piece: { block: index, rows: [from, to] }, size })
      }
    } else pieces.push({ piece: { block: index }, size: blockText(block).length })
  })
  const chunks: ReadingPiece[][] = []
  let current: ReadingPiece[] = []
  let size = 0
  for (const { piece, size: pieceSize } of pieces) {
    if (current.length > 0 && size + pieceSize > maxChars) {
      chunks.push(current)
      current = []
      size = 0
    }
    current.push(piece)
    size += pieceSize
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** In a table, the shown row holding the words (so the page renders up to that row), else undefined. */
export function rowWithWords(block: OriginalBlock, words: string | undefined): number | undefined {
  const row = block.table ? markInBlock(block, words)?.row : undefined
  return row === undefined || row < 0 ? undefined : row
}

/** The number of chunks to render so that the block at `index` (and, in a long table, its shown `row`) is on the page. */
export function chunksUpTo(chunks: ReadingPiece[][], index: number | undefined, row?: number): number {
  if (index === undefined) return Math.min(1, chunks.length)
  const holds = (piece: ReadingPiece) =>
    piece.block === index && (row === undefined || !piece.rows || (piece.rows[0] <= row && row < piece.rows[1]))
  const at = chunks.findIndex((chunk) => chunk.some(holds))
  return at < 0 ? 1 : at + 1
}
