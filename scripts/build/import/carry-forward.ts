// The import carries the rules forward: for each document of the new issue, its predecessor (the same issuer and
// the same title once years and numbers are set aside) in an earlier issue; for every rule value, list and tool
// edition that cited the predecessor, the cited words found again in the new text (numbers as wildcards), and the
// value they now state, proposed as a dated value of the same parameter with its new citation. Every proposal
// carries `review` (what it was, in which issue, in which words): content:check lists it and a build refuses it
// until a person has looked (the desk, or deleting `review` by hand). Words that are gone are reported, never
// extended.
import type { OriginalDocument } from '#src/content/original-document'
import { blockText, clauseReference, squashText } from '#src/content/original-document'
import type { RulesFile } from '#src/content/load'
import type { ReviewData } from '#src/content/schema'

/** A document of an earlier issue, as the import needs it. */
export interface EarlierDocument {
  id: string
  issueId: string
  issuer: string
  title: string
  signedOn: string
  /** Its 原文 as shipped: where the cited words stood among their like. */
  original?: OriginalDocument
}

export interface NewDocument {
  id: string
  issuer: string
  title: string
  signedOn?: string
  original: OriginalDocument
}

/** An earlier issue's rules file, as written. */
export interface EarlierRules {
  issueId: string
  file: RulesFile
}

/** What a person confirms: the value (or list, or edition) as it was, and where (the rules file's `review`). */
export type Review = ReviewData

type Param = RulesFile['params'][number] & { review?: Review }
type Tool = NonNullable<RulesFile['tools']>[string] & { review?: Review }
type List = NonNullable<RulesFile['lists']>[string] & { review?: Review }

export interface CarriedRules {
  docId: string
  predecessor: EarlierDocument
  file: { tools: Record<string, Tool>; params: Param[]; lists: Record<string, List> }
}

export interface CarryReport {
  rules: CarriedRules[]
  /** One line each, side by side: 参数 旧值 → 新值, then both sentences. */
  changed: string[]
  unchanged: string[]
  /** Values, lists and editions whose words are not in the new text: for a person, never extended. */
  gone: string[]
  /** New documents with no predecessor. */
  newDocuments: string[]
}

/** 吕梁市离石区2022年冬季清洁煤供应实施方案 and its 2023 successor read the same. */
export function titleKey(title: string): string {
  return squashText(title)
    .replace(/[〇零一二三四五六七八九十]{4}年/g, '#年')
    .replace(/\d+(?:\.\d+)?/g, '#')
}

/** The same annex: its title as typed in (《》 dropped, sometimes shortened) within the title as printed. */
export function sameAnnex(typed: string, printed: string): boolean {
  const key = (title: string) => titleKey(title).replace(/[《》]/g, '')
  return key(printed).includes(key(typed))
}

export function findPredecessor(doc: NewDocument, earlier: EarlierDocument[]): EarlierDocument | undefined {
  const key = titleKey(doc.title)
  return earlier
    .filter((candidate) => candidate.issuer === doc.issuer && titleKey(candidate.title) === key)
    .sort((a, b) => b.issueId.localeCompare(a.issueId))[0]
}

const NUMBER = /\d+(?:\.\d+)?/g

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface Found {
  words: string
  numbers: number[]
  block: OriginalDocument['blocks'][number]
  row?: string[]
}

/** Every place in a document the words could be, numbers as wildcards, the cited clause (or rows) first. */
function candidates(words: string, clause: string, doc: OriginalDocument): Found[] {
  const pattern = new RegExp(squashText(words).split(NUMBER).map(escapeRegExp).join('(\\d+(?:\\.\\d+)?)'), 'g')
  const reference = clauseReference(clause)
  const inClause = (found: Found) =>
    reference === undefined
      ? false
      : 'rows' in reference
        ? found.row !== undefined && reference.rows.includes(Number(found.row[0]))
        : found.block.path === reference.path
  const all: Found[] = []
  for (const block of doc.blocks) {
    const pieces = block.table
      ? block.table.rows.map((row) => ({ text: squashText(row.join('')), row }))
      : [{ text: squashText(blockText(block)), row: undefined }]
    for (const { text, row } of pieces)
      for (const match of text.matchAll(pattern)) all.push({ words: match[0], numbers: match.slice(1).map(Number), block, row })
  }
  return [...all.filter(inClause), ...all.filter((found) => !inClause(found))]
}

/**
 * The cited words again in the new document: the place that stands where the old words stood among the places
 * such words are (the 2nd of three tiers stays the 2nd), else the only one. Undefined when they are gone or the
 * place cannot be told.
 */
export function findWordsAgain(words: string, clause: string, doc: OriginalDocument, before?: OriginalDocument): Found | undefined {
  const now = candidates(words, clause, doc)
  if (now.length <= 1) return now[0]
  const then = before ? candidates(words, clause, before) : []
  const at = then.findIndex((found) => found.words === squashText(words))
  return at !== -1 && then.length === now.length ? now[at] : undefined
}

/** The clause of the new block, written as citations write it (三、（二）1 or 附件 第43项（…）). */
function clauseOf(oldClause: string, found: Found): string {
  if (found.row && /^\d+$/.test(found.row[0])) {
    const named = /（[^）]*）$/.exec(oldClause)?.[0] ?? ''
    return `附件 第${found.row[0]}项${named}`
  }
  const path = found.block.path
  const head = /^[一二三四五六七八九十]+/.exec(path)?.[0]
  if (!head) return oldClause
  const rest = path.slice(head.length)
  const title = /^[一二三四五六七八九十]+、([^（(\d]+)$/.exec(oldClause)?.[1] ?? ''
  return `${head}、${rest}${rest === '' ? title : ''}`
}

/** yyyy-mm-dd moved by whole years. */
function shiftDate(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`
}

function shiftPeriod(period: { from: string; to?: string }, years: number): { from: string; to?: string } {
  return period.to === undefined
    ? { from: shiftDate(period.from, years) }
    : { from: shiftDate(period.from, years), to: shiftDate(period.to, years) }
}

/** 2023年度居民医保集中缴费期 → 2024年度… */
function shiftYears(text: string, years: number): string {
  return text.replace(/(?<!\d)(20\d\d)(?!\d)/g, (year) => String(Number(year) + years))
}

/** The new value: the number at the place the old value stood in the old words (scaled as it was: 5万 → 50000). */
function newValue(oldWords: string, oldValue: number, newNumbers: number[]): number | undefined {
  const oldNumbers = squashText(oldWords).match(NUMBER)?.map(Number) ?? []
  const at = oldNumbers.findIndex((number) => number === oldValue || (number !== 0 && oldValue / number === 10000))
  if (at === -1) return undefined
  const scale = oldValue / oldNumbers[at]
  return Math.round(newNumbers[at] * scale * 100) / 100
}

const show = (value: number | undefined, unit: string) => (value === undefined ? '（原文未写成数字）' : `${value}${unit}`)

/**
 * The rules of the new documents, carried from their predecessors. `years`: how far the new issue moved dates on
 * (its documents' signing years against their predecessors').
 */
export function carryForward(newDocs: NewDocument[], earlierDocs: EarlierDocument[], earlierRules: EarlierRules[]): CarryReport {
  const report: CarryReport = { rules: [], changed: [], unchanged: [], gone: [], newDocuments: [] }
  // The newest value of each id, list and edition (a later issue's replaces an earlier one's).
  const newest = <T>(pick: (rules: EarlierRules) => [string, T][]) => {
    const found = new Map<string, { issueId: string; item: T }>()
    for (const rules of [...earlierRules].sort((a, b) => a.issueId.localeCompare(b.issueId)))
      for (const [id, item] of pick(rules)) found.set(id, { issueId: rules.issueId, item })
    return found
  }
  const params = newest((rules) => rules.file.params.map((param) => [param.id, param] as [string, Param]))
  const lists = newest((rules) => Object.entries(rules.file.lists ?? {}) as [string, List][])
  const tools = newest((rules) => Object.entries(rules.file.tools ?? {}) as [string, Tool][])

  for (const doc of newDocs) {
    const predecessor = findPredecessor(doc, earlierDocs)
    if (!predecessor) {
      report.newDocuments.push(`${doc.id}（${doc.title}）：往期没有同名文件，要用的金额请人来写`)
      continue
    }
    const years = doc.signedOn && predecessor.signedOn ? Number(doc.signedOn.slice(0, 4)) - Number(predecessor.signedOn.slice(0, 4)) : 0
    const carried: CarriedRules = { docId: doc.id, predecessor, file: { tools: {}, params: [], lists: {} } }
    const cites = (cite: { docId: string }) => cite.docId === predecessor.id
    const where = `${predecessor.issueId} 的 ${predecessor.id}`

    for (const [id, { issueId, item }] of params) {
      if (!cites(item.cite)) continue
      const found = findWordsAgain(item.cite.words, item.cite.clause, doc.original, predecessor.original)
      if (!found) {
        report.gone.push(
          `${id}（${item.label}）：${where}里的“${item.cite.words}”在新文件里找不到（或者有几处分不清），这个标准请人来写或确认已经不用了`,
        )
        continue
      }
      const value =
        item.cite.valueWords !== undefined
          ? squashText(found.words).includes(squashText(item.cite.valueWords))
            ? item.value
            : undefined
          : newValue(item.cite.words, item.value, found.numbers)
      if (value === undefined) {
        report.gone.push(`${id}（${item.label}）：找到了“${found.words}”，但认不出新的数值，请人来写`)
        continue
      }
      const { review: _old, ...rest } = item
      carried.file.params.push({
        ...rest,
        value,
        period: shiftPeriod(item.period, years),
        cite: { ...item.cite, docId: doc.id, clause: clauseOf(item.cite.clause, found), words: found.words },
        review: {
          issue: issueId,
          docId: item.cite.docId,
          words: item.cite.words,
          value: item.value,
          check: value === item.value ? '数值没变，核对日期和条款' : `数值变了：${show(item.value, item.unit)} → ${show(value, item.unit)}`,
        },
      })
      const line = `${id}（${item.label}）：${show(item.value, item.unit)} → ${show(value, item.unit)}\n  旧（${item.cite.docId}）：${item.cite.words}\n  新（${doc.id}）：${found.words}`
      ;(value === item.value ? report.unchanged : report.changed).push(line)
    }

    for (const [id, { issueId, item }] of lists) {
      if (!cites(item.cite)) continue
      const found = findWordsAgain(item.cite.words, item.cite.clause, doc.original, predecessor.original)
      if (!found) {
        report.gone.push(`名单 ${id}（${item.label}）：${where}里的“${item.cite.words}”在新文件里找不到，请人来写`)
        continue
      }
      const { review: _old, ...rest } = item
      carried.file.lists[id] = {
        ...rest,
        label: shiftYears(item.label, years),
        period: shiftPeriod(item.period, years),
        cite: { ...item.cite, docId: doc.id, clause: clauseOf(item.cite.clause, found), words: found.words },
        review: { issue: issueId, docId: item.cite.docId, words: item.cite.words, check: '名单照上一期写的，核对每一项还在不在' },
      }
    }

    for (const [id, { issueId, item }] of tools) {
      if (!cites(item.cite)) continue
      const found = findWordsAgain(item.cite.words, item.cite.clause, doc.original, predecessor.original)
      if (!found) {
        report.gone.push(`计算器 ${id} 的适用时间：${where}里的“${item.cite.words}”在新文件里找不到，请人来写`)
        continue
      }
      const { review: _old, ...rest } = item
      carried.file.tools[id] = {
        ...rest,
        label: shiftYears(item.label, years),
        period: shiftPeriod(item.period, years),
        ...(item.note === undefined ? {} : { note: shiftYears(item.note, years) }),
        cite: { ...item.cite, docId: doc.id, clause: clauseOf(item.cite.clause, found), words: found.words },
        review: {
          issue: issueId,
          docId: item.cite.docId,
          words: item.cite.words,
          check: `名称、起止日期和说明里的年份按上一期推了${years}年，核对`,
        },
      }
    }

    const count = carried.file.params.length + Object.keys(carried.file.lists).length + Object.keys(carried.file.tools).length
    if (count > 0) report.rules.push(carried)
  }
  return report
}
