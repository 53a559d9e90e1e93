// Builds a document's 原文 (src/content/original-document.ts) from its printed lines (parse.ts documentSections) and its
// reviewed corrections: corrections applied first, each exactly where it says; then lines broken by the PDF
// export joined (whitespace only), clauses numbered with their path, tables kept whole with repeated page headers
// marked. Pure: lines in, data out; every problem is returned as one line in Chinese.
import type { Correction, OriginalBlock, OriginalBlockKind, OriginalDocument, OriginalTable } from '#src/content/original-document'
import { printedDay } from '../content/printed-dates'

/** Clause numbers as printed, by level: 一、 （二） 3. （4）. A number like 1.5 is not a clause. */
const CLAUSE_LEVELS: [RegExp, number][] = [
  [/^([一二三四五六七八九十]+、)\s*(.*)$/, 1],
  [/^([（(][一二三四五六七八九十]+[）)])\s*(.*)$/, 2],
  [/^(\d{1,2}[.．、])\s*(?!\d)(.*)$/, 3],
  [/^([（(]\d{1,2}[）)])\s*(.*)$/, 4],
]

const DOC_NO_LINE = /^离政办?发\s*〔\s*\d{4}\s*〕\s*\d+\s*号$/
const ANNEX_HEADING = /^附件\s*(\d*)$/
const ANNEX_LIST = /^[-–]?\s*附件\s*[:：]/
const SENTENCE_END = /[。！？；：:;!?]$/
/** 责任单位：… 单位：人 联系电话:… — a line of its own. */
const LABEL_LINE = /^[^，。、\s(（]{1,10}[:：]/
const HEADING_MAX = 12

/** The text matched whitespace-insensitively: every character of `original` may have spaces or line breaks between. */
function looseMatcher(original: string): RegExp {
  const chars = [...original.replace(/\s+/g, '')].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(chars.join('\\s*'), 'g')
}

/** The section with each correction applied where its original text occurs, which must be exactly once. */
export function applyCorrections(text: string, corrections: Correction[]): { text: string; problems: string[] } {
  const problems: string[] = []
  let result = text
  corrections.forEach((correction, index) => {
    const where = `corrections[${index}]`
    if (!correction.reason || correction.reason.trim() === '') problems.push(`${where}: 没写改动的理由（reason）`)
    if (correction.original.trim() === '') return problems.push(`${where}: original 是空的`)
    const matches = [...result.matchAll(looseMatcher(correction.original))]
    if (matches.length !== 1)
      return problems.push(`${where}: “${correction.original.slice(0, 30)}”在这份文件的文字稿里出现了${matches.length}次（应当正好1次）`)
    const at = matches[0].index ?? 0
    result = result.slice(0, at) + correction.corrected + result.slice(at + matches[0][0].length)
  })
  return { text: result, problems }
}

function clauseOf(text: string): { clause: string; level: number; rest: string } | undefined {
  for (const [pattern, level] of CLAUSE_LEVELS) {
    const match = pattern.exec(text)
    if (match) return { clause: match[1], level, rest: match[2] }
  }
  return undefined
}

function pathPart(clause: string): string {
  return clause
    .replace(/[、.．]$/, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
}

/**
 * Markup the text export added in place of what is printed: `<p>`…`</p>` around paragraphs inside table cells
 * (line breaks), `<input type="checkbox"/>` for a printed box (□) and a `- ` bullet at the start of some lines.
 * Replaced in what is shown (and in the source when the test compares); listed under 原文说明.
 */
export function withoutExportMarkup(text: string): string {
  return text
    .replace(/<\/?p>/g, '\n')
    .replace(/<input type="checkbox"\s*\/?>/g, '□')
    .replace(/^[-–][ \t]+/gm, '')
}

const SPACE_NEXT_TO_CJK =
  /[ \t]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》—…·])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》—…·])[ \t]+/g

/** Spaces the export put around numbers and between letters of Chinese text dropped: 2022 年 → 2022年, 政 策 → 政策. */
function tidy(text: string): string {
  return withoutExportMarkup(text)
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/[ \t]+/g, ' ')
        .replace(SPACE_NEXT_TO_CJK, ''),
    )
    .filter((line) => line !== '')
    .join('\n')
}

function cell(text: string): string {
  return tidy(text)
}

function isPageHeader(table: OriginalTable, row: string[], index: number): boolean {
  if (row[0] !== '' && row[0] === table.columns[0]) return true
  const previousIsHeader = index === 0 || table.pageHeaders.includes(index - 1)
  return row[0] === '' && previousIsHeader && row.every((each) => each.length <= 8 && !/\d/.test(each))
}

type LineKind = OriginalBlockKind | 'tableRow'

function kindOf(line: string, inAnnexList: boolean): LineKind {
  if (line.includes('\t')) return 'tableRow'
  if (DOC_NO_LINE.test(line)) return 'docNo'
  if (ANNEX_HEADING.test(line)) return 'heading'
  if (ANNEX_LIST.test(line) || (inAnnexList && /^\d{1,2}\s*[.．、]/.test(line))) return 'annex'
  if (/此件公开发布/.test(line)) return 'release'
  if (/^(政\s*策\s*咨\s*询$|咨询单位|咨询电话)/.test(line)) return 'consultation'
  if (printedDay(line) || /^吕梁市离石区人民政府(办公室)?$/.test(line)) return 'signature'
  const clause = clauseOf(line)
  if (clause) return !/[。；;：:，,]/.test(clause.rest) && clause.rest.length <= HEADING_MAX ? 'heading' : 'clause'
  return 'paragraph'
}

/** A line the PDF broke: the sentence goes on in the next line (which starts nothing of its own). */
function continues(current: string, currentKind: LineKind, next: string, nextKind: LineKind): boolean {
  if (nextKind !== 'paragraph') return false
  // 主送 printed over two lines: 各乡（镇）人民政府、街道办事处， / 区直各有关单位：
  if (currentKind === 'addressee') return !/[:：]$/.test(current)
  if (currentKind !== 'paragraph' && currentKind !== 'clause') return false
  return !SENTENCE_END.test(current) && !LABEL_LINE.test(next)
}

/** The 原文 of one document from its printed lines (title first) and its corrections. */
export function buildOriginal(
  id: string,
  docNo: string,
  lines: string[],
  corrections: Correction[],
): { original: OriginalDocument; problems: string[] } {
  const { text, problems } = applyCorrections(lines.join('\n'), corrections)
  // A row of a table keeps its tabs (empty cells); any other line is trimmed.
  const printed = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (line.includes('\t') ? line.replace(/[ \u00a0]+$/, '') : tidy(line)))
    .filter((line) => line !== '')
  const docNoAt = printed.findIndex((line) => DOC_NO_LINE.test(line))
  if (docNoAt < 0) return { original: { id, docNo, blocks: [], corrections }, problems: [...problems, '找不到单独一行的文号'] }

  const blocks: OriginalBlock[] = []
  const used = new Set<string>()
  const path: string[] = []
  let scope = ''
  let inAnnexList = false
  const currentPath = () => scope + path.filter(Boolean).join('')
  const add = (kind: OriginalBlockKind, blockText: string, extra: Partial<OriginalBlock> = {}) => {
    const base = extra.id ?? `b${blocks.length}`
    let anchor = base
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`
    used.add(anchor)
    blocks.push({ kind, text: blockText, path: currentPath(), ...extra, id: anchor })
  }

  add('title', printed.slice(0, docNoAt).join(''))
  add('docNo', printed[docNoAt])
  let table: OriginalTable | undefined
  let previous: { kind: LineKind; text: string } | undefined
  for (const line of printed.slice(docNoAt + 1)) {
    let kind = kindOf(line, inAnnexList)
    if (kind === 'paragraph' && blocks.length === 2 && /^(各|区直)/.test(line)) kind = 'addressee'
    if (kind === 'tableRow') {
      const cells = line.split('\t').map(cell)
      if (!table) {
        table = { columns: cells, rows: [], pageHeaders: [] }
        add('table', '', { table })
      } else {
        if (isPageHeader(table, cells, table.rows.length)) table.pageHeaders.push(table.rows.length)
        table.rows.push(cells)
      }
      previous = { kind, text: line }
      continue
    }
    table = undefined
    const last = blocks[blocks.length - 1]
    if (previous && last && previous.kind !== 'tableRow' && continues(previous.text, last.kind, line, kind)) {
      last.text += line
      previous = { kind: last.kind, text: line }
      continue
    }
    inAnnexList = kind === 'annex' || (inAnnexList && kind === 'paragraph' && /^\d/.test(line))
    const annex = ANNEX_HEADING.exec(line)
    const titled =
      last && (last.kind === 'release' || last.kind === 'consultation' || (last.kind === 'heading' && /^附件\d*$/.test(last.id)))
    if (kind === 'paragraph' && titled) {
      // The title of an annex (after 此件公开发布, the 政策咨询 block, or 附件N).
      add('heading', line, { level: 0 })
    } else if (annex) {
      scope = `附件${annex[1]}·`
      path.length = 0
      add('heading', line, { id: `附件${annex[1]}`, level: 0 })
    } else if (kind === 'heading' || kind === 'clause') {
      const { clause, level } = clauseOf(line)!
      path.length = level - 1
      path[level - 1] = pathPart(clause)
      add(kind, line, { id: currentPath(), clause, level })
    } else {
      // The signature and what follows it belong to no clause.
      if (kind === 'signature' || kind === 'release' || kind === 'consultation') path.length = 0
      add(kind as OriginalBlockKind, line)
    }
    previous = { kind, text: line }
  }
  return { original: { id, docNo, blocks, corrections }, problems }
}
