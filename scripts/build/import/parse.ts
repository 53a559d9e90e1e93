// Reads one issue of 《吕梁市离石区人民政府公报》 from the text exported from its typeset PDF (tables tab-separated,
// some lines broken, two printed columns sometimes interleaved) and extracts every fact it can find: masthead,
// 目录, and for each document its 文号, title, 主送, signature date, 此件公开发布, 政策咨询 block, annexes and its
// whole text as the 原文 builder (original-blocks.ts) structures it. Dates: content/printed-dates.ts. It cross-checks what it finds and reports problems
// one line each. Pure: text in, data out.
import { isWellFormedPhone, normalizePhone } from '#src/domain/phone'
import type { OriginalDocument } from '#src/content/original-document'
import { buildOriginal } from './original-blocks'
import { isoDay, printedDay } from '../content/printed-dates'

export interface ImportedMasthead {
  year: number
  number: number
  totalNumber: number
  publishedOn: string
}

export interface ImportedDocument {
  id: string
  docNo: string
  issuer: '区人民政府' | '区人民政府办公室'
  category: '区政府文件' | '区政府办公室文件'
  /** The title as printed above the body (whitespace of broken lines removed). */
  title: string
  /** The 目录 page, when the document is in the 目录. */
  page?: number
  /** 主送: 各乡（镇）人民政府、街道办事处，区直各有关单位 */
  addressee?: string
  signedOn?: string
  publicRelease: boolean
  consultation: { unit: string; phone: string } | null
  annexes: string[]
  /** The document's whole text as blocks (clauses, tables, signature …), before any correction: see original.ts. */
  original: OriginalDocument
}

/** What the cover and back cover print about the issue itself; missing items stay undefined. */
export interface ImportedColophon {
  frequency?: string
  sponsor?: string
  officeName?: string
  officePhone?: string
  email?: string
  address?: string
  postcode?: string
  legalNote?: string
}

export interface ImportedIssue {
  issue: ImportedMasthead
  colophon: ImportedColophon
  documents: ImportedDocument[]
  problems: string[]
}

/** A text that cannot be read as a gazette at all: one line, in Chinese, and nothing is written. */
export class ImportError extends Error {}

/** Larger than any issue's text (the 2022年第3期 text is 0.3 MB): refused rather than read into memory. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024

const FULL_WIDTH_DIGIT = /[０-９]/g
const DOC_NO = /(离政办?发)\s*[〔[(（]\s*(\d{4})\s*[〕\])）]\s*(\d+)\s*号/
const BODY_START = new RegExp(`^${DOC_NO.source}$`)
const TOC_END = /…{2,}\s*(\d+)\s*$/

/** Line endings, full-width digits and non-breaking spaces as every other step expects them. */
function normaliseSource(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FULL_WIDTH_DIGIT, (ch) => String(ch.charCodeAt(0) - 0xff10))
    .replace(/\u00a0|\u3000/g, ' ')
}

/** Spaces of broken lines removed: 吕梁市离石区 2022 年统筹… → 吕梁市离石区2022年统筹… */
function compact(text: string): string {
  return text.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')')
}

function docNoOf(match: RegExpExecArray): { docNo: string; kind: 'lzf' | 'lzbf'; year: number; number: number } {
  const office = match[1] === '离政办发'
  return {
    docNo: `${match[1]}〔${match[2]}〕${Number(match[3])}号`,
    kind: office ? 'lzbf' : 'lzf',
    year: Number(match[2]),
    number: Number(match[3]),
  }
}

function parseMasthead(text: string): ImportedMasthead {
  const head = compact(text.slice(0, 20000))
  const issue = /(\d{4})年第(\d+)期/.exec(head)
  const total = /\(总第(\d+)期\)/.exec(head)
  const published = /(\d{4})年(\d{1,2})月(\d{1,2})日出版/.exec(head)
  const publishedOn = published ? isoDay(Number(published[1]), Number(published[2]), Number(published[3])) : undefined
  if (!issue || !total || !publishedOn) throw new ImportError('这不像一期公报的文字稿：开头找不到“某年第几期”“总第几期”和出版日期。')
  return { year: Number(issue[1]), number: Number(issue[2]), totalNumber: Number(total[1]), publishedOn }
}

function parseColophon(text: string): ImportedColophon {
  const find = (pattern: RegExp) => pattern.exec(text)?.[1]?.trim()
  const phone = find(/^电话\s*[:：]?\s*(0\d{2,3}\s*[—–－-]\s*\d{7,8})\s*$/m)
  return {
    frequency: find(/^[(（](季刊|月刊|双月刊|半月刊)[)）]\s*$/m),
    sponsor: find(/^主办单位\s*[:：]\s*(.+)$/m),
    officeName: find(/^出版\s+(.+公报室)\s*$/m),
    officePhone: phone ? normalizePhone(phone) : undefined,
    email: find(/^E-?mail\s*[:：]?\s*(\S+@\S+)\s*$/im),
    address: find(/^地址\s*[:：]\s*(.+)$/m),
    postcode: find(/^邮编\s*[:：]?\s*(\d{6})\s*$/m),
    legalNote: find(/^(公报刊登的文件与红头文件具有同等效力)\s*$/m),
  }
}

interface TocEntry {
  docNo: string
  title: string
  page: number
  group?: string
}

/** The 目录: titles broken over several lines, each ending with (文号)……page, in 【区政府文件】 groups. */
function parseToc(lines: string[], firstBody: number): TocEntry[] {
  const start = lines.findIndex((line) => compact(line) === '目录')
  if (start < 0 || start > firstBody) throw new ImportError('这期文字稿里找不到“目 录”，无法核对文件清单。')
  const entries: TocEntry[] = []
  let buffer: string[] = []
  let group: string | undefined
  for (const line of lines.slice(start + 1, firstBody)) {
    const text = line.trim()
    const header = /^【(.+)】$/.exec(text)
    if (header) {
      group = header[1]
      buffer = []
      continue
    }
    if (/^吕梁市离石区人民政府(办公室)?关于/.test(text)) buffer = [text]
    else if (buffer.length > 0 && text !== '') buffer.push(text)
    const end = TOC_END.exec(text)
    if (!end || buffer.length === 0) continue
    const joined = compact(buffer.join(''))
    const docNo = DOC_NO.exec(joined)
    if (docNo) {
      const title = joined.slice(0, docNo.index).replace(/[(（]$/, '')
      entries.push({ docNo: docNoOf(docNo).docNo, title, page: Number(end[1]), group })
    }
    buffer = []
  }
  return entries
}

/** Where the title printed above a body starts: up to four lines above the 文号, from the issuer's name. */
function titleStart(lines: string[], bodyLine: number): number {
  let start = bodyLine
  let seen = 0
  for (let i = bodyLine - 1; i >= 0 && seen < 4; i--) {
    const text = lines[i].trim()
    if (text === '') {
      if (seen > 0) break
      continue
    }
    seen++
    start = i
    if (/^吕梁市离石区人民政府/.test(text)) break
  }
  return start
}

function bodyTitle(lines: string[], bodyLine: number): string {
  return compact(lines.slice(titleStart(lines, bodyLine), bodyLine).join(''))
}

/** 附件：1. … / 附件: … / - 附件：1. … (the export's list mark), the numbered titles on the lines below. */
const ANNEX_HEAD = /^(?:[-•]\s*)?附件\s*[:：]\s*/
const NUMBERED = /^\d+\s*[.、．]/

function parseAnnexes(section: string[]): string[] {
  const at = section.findIndex(
    (line) =>
      ANNEX_HEAD.test(line.trim()) &&
      (line.trim().replace(ANNEX_HEAD, '') !== '' || NUMBERED.test(nextNonEmpty(section, section.indexOf(line)))),
  )
  if (at < 0) return []
  const first = section[at].trim().replace(ANNEX_HEAD, '')
  const clean = (title: string) => compact(title.replace(NUMBERED, '')).replace(/^《(.+)》(\(.+\))?$/, '$1$2')
  if (first !== '' && !NUMBERED.test(first)) return [clean(first)]
  const titles = first === '' ? [] : [clean(first)]
  for (const line of section.slice(at + 1)) {
    if (line.trim() === '' && titles.length === 0) continue
    if (!NUMBERED.test(line.trim())) break
    titles.push(clean(line.trim()))
  }
  return titles
}

function nextNonEmpty(section: string[], index: number): string {
  return (
    section
      .slice(index + 1)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  )
}

/** Tab-separated tables whose printed 合计 does not equal the sum of their numbered rows in the same column. */
function tableTotals(section: string[], docNo: string): string[] {
  const problems: string[] = []
  section.forEach((line, index) => {
    const cells = line.split('\t').map((cell) => cell.trim())
    const label = cells.findIndex((cell) => cell === '合计')
    if (label < 0 || !line.includes('\t')) return
    const column = cells.findIndex((cell, i) => i > label && /^\d+(\.\d+)?$/.test(cell))
    if (column < 0) return
    const printed = Number(cells[column])
    let sum = 0
    let rows = 0
    for (const row of section.slice(index + 1)) {
      if (!row.includes('\t')) continue
      const rowCells = row.split('\t').map((cell) => cell.trim())
      if (rowCells.includes('合计')) break
      if (!/^\d+$/.test(rowCells[0] ?? '') || !/^\d+(\.\d+)?$/.test(rowCells[column] ?? '')) continue
      sum += Number(rowCells[column])
      rows++
    }
    if (rows > 0 && Math.abs(sum - printed) > 0.005)
      problems.push(`${docNo}：表格印的合计是${printed}，${rows}行加起来是${Math.round(sum * 100) / 100}`)
  })
  return problems
}

function parseDocument(lines: string[], from: number, to: number, tocEntry: TocEntry | undefined): ImportedDocument {
  const match = BODY_START.exec(lines[from].trim())!
  const { docNo, kind, year, number } = docNoOf(match)
  const section = lines.slice(from, to).map((line) => line.replace(/\s+$/, ''))
  const nonEmpty = section.map((line) => line.trim()).filter((line) => line !== '')
  const unitLine = nonEmpty.find((line) => /^咨询单位\s*[:：]/.test(line))
  const phoneLine = nonEmpty.find((line) => /^咨询电话\s*[:：]/.test(line))
  const addressee = nonEmpty.slice(1, 4).find((line) => /[:：]$/.test(line) && /^(各|区直)/.test(line))
  const office = kind === 'lzbf'
  return {
    id: `${kind}${year}-${number}`,
    docNo,
    issuer: office ? '区人民政府办公室' : '区人民政府',
    category: office ? '区政府办公室文件' : '区政府文件',
    title: bodyTitle(lines, from) || tocEntry?.title || '',
    page: tocEntry?.page,
    addressee: addressee?.replace(/[:：]$/, ''),
    signedOn: nonEmpty.map(printedDay).find((date) => date !== undefined),
    publicRelease: nonEmpty.some((line) => line.includes('此件公开发布')),
    consultation:
      unitLine && phoneLine
        ? {
            unit: unitLine.replace(/^咨询单位\s*[:：]\s*/, '').trim(),
            phone: normalizePhone(phoneLine.replace(/^咨询电话\s*[:：]\s*/, '')),
          }
        : null,
    annexes: parseAnnexes(section),
    original: buildOriginal(`${kind}${year}-${number}`, docNo, lines.slice(titleStart(lines, from), to), []).original,
  }
}

/** The back cover (主办单位, 地址 …) after the last document: not part of any document. */
const BACK_COVER = /^(传达政令|主办单位\s*[:：])/

/**
 * Where each body starts (the 文号 alone on its line) and ends: where the next document's title starts, or for the
 * last one, at the back cover.
 */
function bodyRanges(lines: string[]): { from: number; to: number }[] {
  const starts = lines.flatMap((line, index) => (BODY_START.test(line.trim()) ? [index] : []))
  return starts.map((from, i) => {
    if (i + 1 < starts.length) return { from, to: titleStart(lines, starts[i + 1]) }
    const cover = lines.findIndex((line, at) => at > from && BACK_COVER.test(line.trim()))
    return { from, to: cover > 0 ? cover : lines.length }
  })
}

/**
 * Each document's printed text, from the first line of its title to the line before the next document's title
 * (the last one stops at the back cover): what its 原文 is built from. Source normalised as for the import.
 */
export function documentSections(raw: string): { id: string; docNo: string; lines: string[] }[] {
  const lines = normaliseSource(raw).split('\n')
  return bodyRanges(lines).map(({ from, to }) => {
    const { docNo, kind, year, number } = docNoOf(BODY_START.exec(lines[from].trim())!)
    return { id: `${kind}${year}-${number}`, docNo, lines: lines.slice(titleStart(lines, from), to) }
  })
}

export function parseGazette(raw: string): ImportedIssue {
  if (raw.trim() === '') throw new ImportError('文件是空的：请选一期公报从 PDF 导出的文字稿。')
  if (raw.includes('\u0000') || (raw.match(/\uFFFD/g)?.length ?? 0) > raw.length / 100)
    throw new ImportError('这是二进制文件，不是文字稿：请先从公报 PDF 导出文字（.txt）。')
  const text = normaliseSource(raw)
  const masthead = parseMasthead(text)
  const lines = text.split('\n')
  const ranges = bodyRanges(lines)
  if (ranges.length === 0) throw new ImportError('这不像一期公报的文字稿：正文里找不到任何文号（如“离政办发〔2022〕34号”）。')
  const toc = parseToc(lines, ranges[0].from)
  if (toc.length === 0) throw new ImportError('“目 录”里一条文件也读不出来（每条应以“（文号）……页码”结尾）。')

  const problems: string[] = []
  const documents = ranges.map(({ from, to }) => {
    const docNo = docNoOf(BODY_START.exec(lines[from].trim())!).docNo
    return parseDocument(
      lines,
      from,
      to,
      toc.find((entry) => entry.docNo === docNo),
    )
  })
  const seen = new Set<string>()
  for (const doc of documents) {
    if (seen.has(doc.id)) problems.push(`${doc.docNo}：正文里出现了两次（编号 ${doc.id} 重复）`)
    seen.add(doc.id)
    const entry = toc.find((each) => each.docNo === doc.docNo)
    if (!entry) problems.push(`${doc.docNo}：正文有这份文件，目录里没有`)
    else if (compact(entry.title) !== compact(doc.title))
      problems.push(`${doc.docNo}：目录标题“${entry.title}”和正文标题“${doc.title}”不一致`)
    if (!doc.consultation) problems.push(`${doc.docNo}：没有“政策咨询”（咨询单位、咨询电话），不能自己编，请问公报室`)
    else if (!isWellFormedPhone(doc.consultation.phone))
      problems.push(`${doc.docNo}：咨询电话“${doc.consultation.phone}”不是有效的固定电话号码`)
    if (!doc.signedOn) problems.push(`${doc.docNo}：找不到落款日期`)
    else if (doc.signedOn > masthead.publishedOn) problems.push(`${doc.docNo}：落款日期${doc.signedOn}晚于出版日期${masthead.publishedOn}`)
  }
  for (const entry of toc) if (!documents.some((doc) => doc.docNo === entry.docNo)) problems.push(`${entry.docNo}：目录里有，正文里找不到`)
  for (const range of ranges) {
    const docNo = docNoOf(BODY_START.exec(lines[range.from].trim())!).docNo
    problems.push(...tableTotals(lines.slice(range.from, range.to), docNo))
  }
  return { issue: masthead, colophon: parseColophon(text), documents, problems }
}
