// The 原文 of a document: its whole text as printed in the gazette, in blocks a phone can show, each with a stable
// anchor. Built by `npm run generate` (scripts/build/original-files.ts) from the source.txt and the document's reviewed corrections file;
// the app, the content check and the tests read it through these types and helpers (plain TypeScript).

import type { CorrectionData } from './schema'

/** One fix to the extracted text (a broken or interleaved line, a stray character), shown under 原文说明. */
export type Correction = Omit<CorrectionData, 'draft'>

export type OriginalBlockKind =
  'title' | 'docNo' | 'addressee' | 'heading' | 'clause' | 'paragraph' | 'annex' | 'signature' | 'release' | 'consultation' | 'table'

export interface OriginalTable {
  /** The header row as printed. */
  columns: string[]
  /** Every printed row after the header, in order, repeated page headers included (see `pageHeaders`). */
  rows: string[][]
  /** Rows that repeat the header at the top of a printed page: kept for the record, not shown. */
  pageHeaders: number[]
}

export interface OriginalBlock {
  /** Stable anchor: the clause path (三（二）, 附件1·一) for a numbered clause, else `b<ordinal>`. */
  id: string
  kind: OriginalBlockKind
  text: string
  /** The clause as printed (一、 （二） 3. （4）) for headings and clauses. */
  clause?: string
  /** 1 for 一、 … 4 for （1）. */
  level?: number
  /** The clause path the block sits in (三（二）), empty before the first clause. */
  path: string
  table?: OriginalTable
}

export interface OriginalDocument {
  id: string
  docNo: string
  blocks: OriginalBlock[]
  /** The corrections applied to the extracted text, listed under 原文说明. */
  corrections: Correction[]
}

const DASHES = /[—–−〜~]/

/**
 * One character as the content check and the 原文 reader compare it: whitespace is dropped (the PDF export breaks
 * lines and numbers anywhere), full-width letters, digits and signs read as half-width (（ ： ， ％ １ ．), and every
 * dash or tilde as `-` (300—500亩, 9月16日～10月7日).
 */
export function foldChar(char: string): string {
  if (/\s/.test(char)) return ''
  const code = char.charCodeAt(0)
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char
  return DASHES.test(half) ? '-' : half
}

/** Whitespace removed and full-width/half-width forms and dashes unified (see foldChar), for substring checks. */
export function squashText(text: string): string {
  let folded = ''
  for (const char of text) folded += foldChar(char)
  return folded
}

/** Everything a block shows, as one string (a table: its header and shown rows). */
export function blockText(block: OriginalBlock): string {
  if (!block.table) return block.text
  const { columns, rows, pageHeaders } = block.table
  return [columns, ...rows.filter((_, index) => !pageHeaders.includes(index))].map((row) => row.join(' ')).join('\n')
}

/** The first block whose text contains the words (whitespace and bracket forms ignored). */
export function blockWithWords(doc: OriginalDocument, words: string): OriginalBlock | undefined {
  const wanted = squashText(words)
  if (wanted === '') return undefined
  return doc.blocks.find((block) => squashText(blockText(block)).includes(wanted))
}

/** How many times the words are printed in the 原文 (whitespace and full-width forms ignored, as blockWithWords). */
export function timesPrinted(doc: OriginalDocument, words: string): number {
  const wanted = squashText(words)
  if (wanted === '') return 0
  return doc.blocks.reduce((count, block) => count + squashText(blockText(block)).split(wanted).length - 1, 0)
}

/**
 * The anchor a citation's clause names: `四、（三）9` → `四（三）9`, `五、` → `五`; `附件 第43项（…）` → the row
 * numbers 43 (also `第1–8项`, `第33、34项`). Undefined when the clause is not written in one of these forms.
 */
export function clauseReference(clause: string): { path: string } | { rows: number[] } | undefined {
  const rows = /^附件\s*第([\d、–-]+)项/.exec(clause)
  if (rows) {
    const numbers = rows[1].split('、').flatMap((part) => {
      const range = /^(\d+)[–-](\d+)$/.exec(part)
      if (!range) return [Number(part)]
      return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    })
    return numbers.every(Number.isInteger) ? { rows: numbers } : undefined
  }
  const path = /^((?:[一二三四五六七八九十]+、)?(?:[（(][一二三四五六七八九十]+[)）])?(?:\d{1,2}[.．]?)?(?:[（(]\d{1,2}[)）])?)/.exec(
    clause,
  )?.[1]
  if (!path) return undefined
  return {
    path: path
      .replace(/[、.．]/g, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）'),
  }
}

/** The anchor a link to a citation carries, so the 原文 opens in its clause: the clause path, if it names one. */
export function clauseAnchor(clause: string): string | undefined {
  const reference = clauseReference(clause)
  return reference && 'path' in reference && reference.path !== '' ? reference.path : undefined
}

/** The blocks of a clause: its own block and every block whose path lies under it. */
export function clauseBlocks(doc: OriginalDocument, path: string): OriginalBlock[] {
  return doc.blocks.filter((block) => isWithin(block.path, path))
}

/** 四（二）10 is within 四（二） and 四, not within 四（二）1; 十一 is not within 十. */
function isWithin(blockPath: string, path: string): boolean {
  if (blockPath === path) return true
  if (!blockPath.startsWith(path)) return false
  const next = blockPath[path.length]
  return next === '（' || (path.endsWith('）') && /\d/.test(next))
}

/** The table rows numbered (first cell) as given, with the block they sit in. */
export function numberedRows(doc: OriginalDocument, numbers: number[]): { block: OriginalBlock; row: string[] }[] {
  return doc.blocks.flatMap((block) =>
    (block.table?.rows ?? []).filter((row) => numbers.includes(Number(row[0])) && /^\d+$/.test(row[0])).map((row) => ({ block, row })),
  )
}

/**
 * Where a citation lands in the 原文: the block of its clause that holds its words. `problem` says in Chinese why
 * it does not land (clause unknown, or the words are not in that clause).
 */
export function locateCitation(doc: OriginalDocument, clause: string, words: string): { block: OriginalBlock } | { problem: string } {
  const reference = clauseReference(clause)
  const wanted = squashText(words)
  if (!reference) return { problem: `条款“${clause}”的写法认不出（应写成 三、（二） 或 附件 第43项）` }
  if ('rows' in reference) {
    const rows = numberedRows(doc, reference.rows)
    if (rows.length === 0) return { problem: `附件表格里没有第${reference.rows.join('、')}项` }
    const hit = rows.find(({ row }) => squashText(row.join('')).includes(wanted))
    return hit ? { block: hit.block } : { problem: `“${words}”不在附件第${reference.rows.join('、')}项里` }
  }
  if (reference.path === '') return { problem: `条款“${clause}”的写法认不出（应写成 三、（二） 或 附件 第43项）` }
  const blocks = clauseBlocks(doc, reference.path)
  if (blocks.length === 0) return { problem: `原文里没有条款“${reference.path}”` }
  const hit = blocks.find((block) => squashText(blockText(block)).includes(wanted))
  return hit ? { block: hit } : { problem: `“${words}”不在条款“${reference.path}”里` }
}
