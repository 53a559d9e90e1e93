// The drafts that are facts carried unchanged from the last issue, read again in the new 原文: a rule value whose
// number and cited words are the last issue's, a key point or date the same as the predecessor document's (a key
// point's figures all in the paragraph of its cited words), a date whose years moved on (its name, act and note the
// predecessor's, its days what this issue's words say, read as the content check reads them) — each with its cited
// words found, as they are, in this document's 原文 (so the desk can highlight them). Then our own labels without
// cited words (谁需要看, 话题, 咨询单位简称, 附件说明) identical to the predecessor document's. The clerk reads
// them as one list and confirms them together; anything changed, new or not found stays one by one. Worked out from
// the files as they are (on disk when the page loads, then as the clerk edits them), never from a flag in a file:
// an edit that changes a value takes it out of the list. Plain TypeScript: the desk's page and its server share it.
import { statedDays } from '../build/content/date-claims'
import { sameAnnex } from '../build/import/carry-forward'
import { draftMarks, getAt, type FilePath } from './marks'
import { fullWidth } from './punctuation'

/** What the predecessor document (the same issuer and title in an earlier issue, as the import matches it) had. */
export interface Predecessor {
  issueId: string
  docNo: string
  keyPoints: unknown[]
  dates: unknown[]
  audience: unknown
  topics: unknown
  /** Its 咨询单位 and the short name it used for it. */
  consultation: unknown
  annexes: unknown[]
}

export interface CarriedFact {
  file: FilePath
  /** The draft mark (`params[3]`, `keyPoints[1]`, `dates[0]`): confirming the fact deletes it. */
  field: string
  /** What the fact is, in the clerk's words. */
  what: string
  /** Its value as residents will read it. */
  value: string
  /** The path of its cited words (highlighted in the 原文); none for our own labels (谁需要看, 话题 …). */
  cites?: string
  /** The cited words, found as they are in the 原文; none for our own labels. */
  words?: string
}

/**
 * Words the same in both issues: PDF text gives commas and brackets now full-width (，（）), now half-width (,()),
 * and line breaks anywhere; no other character may differ.
 */
export function sameWords(a: string, b: string): boolean {
  const norm = (text: string) => fullWidth(text.replace(/\s+/g, ''))
  return norm(a) === norm(b)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const text = (value: unknown) => (typeof value === 'string' ? value : '')
const dayInWords = (day: unknown) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(day))
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : ''
}
const periodInWords = (period: unknown) => {
  const from = dayInWords(getAt(period, 'from'))
  const to = dayInWords(getAt(period, 'to'))
  return from && to ? `${from}到${to}` : from ? `${from}起` : to ? `到${to}` : ''
}

interface Inputs {
  docId: string
  /** The document's files (documents/, rules/ …) as they are now. */
  files: Record<FilePath, unknown>
  /** The files as they were loaded: an item the clerk has changed since is not confirmed unread. */
  loaded: Record<FilePath, unknown>
  predecessor: Predecessor | undefined
  /** The 原文's paragraphs as the desk shows them. */
  original: string[]
  /** Field paths (`file|path`) with a message of the check (an error or something to write): never in the list. */
  flagged: string[]
  /** Field paths (`file|path`) whose text is a copied 原文 sentence: never in the list. */
  copied: string[]
}

/** The carried, unchanged facts among the document's drafts, in the order of the form. */
export function carriedFacts(inputs: Inputs): CarriedFact[] {
  const { docId, files, loaded, predecessor, original, flagged, copied } = inputs
  // As desk/cited.ts finds them to highlight: within one paragraph, punctuation of either width.
  const inOriginal = (words: string) => words.trim() !== '' && original.some((block) => fullWidth(block).includes(fullWidth(words)))
  const signedOn = text(getAt(files[`documents/${docId}.json`], 'signedOn'))
  const facts: CarriedFact[] = []
  const labels: CarriedFact[] = []
  for (const file of Object.keys(files)) {
    for (const mark of draftMarks(file, files[file], docId)) {
      const item = getAt(files[file], mark.field)
      if (item === undefined || !same(item, getAt(loaded[file], mark.field))) continue
      const at = `${file}|${mark.field}`
      const inItem = (path: string) => path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`)
      if ([...flagged, ...copied].some(inItem)) continue
      const fact = factOf(file, mark.field, item, docId, original, predecessor, signedOn)
      if (fact && inOriginal(fact.words ?? '')) facts.push(fact)
      const label = fact ? undefined : labelOf(file, mark.field, item, files[file], docId, predecessor)
      if (label) labels.push(label)
    }
  }
  // Our own labels last, read down as a column.
  return [...facts, ...labels]
}

/** The figures of a text (380, 1.02, 2023): digits not part of a longer number. */
const figuresOf = (words: string) => words.match(/\d+(?:\.\d+)?/g) ?? []
const hasFigure = (text: string, figure: string) => new RegExp(`(?<![\\d.])${figure.replace('.', '\\.')}(?![\\d.]?\\d)`).test(text)

/** Whether every figure of the key point's text is in the paragraph of the 原文 that holds its cited words. */
function figuresBesideWords(item: unknown, original: string[]): boolean {
  const words = fullWidth(text(getAt(item, 'source')))
  const paragraph = original.find((block) => fullWidth(block).includes(words))
  return paragraph !== undefined && figuresOf(text(getAt(item, 'text'))).every((figure) => hasFigure(paragraph, figure))
}

function factOf(
  file: FilePath,
  field: string,
  item: unknown,
  docId: string,
  original: string[],
  predecessor?: Predecessor,
  signedOn = '',
): CarriedFact | undefined {
  const words = text(getAt(item, 'cite.words'))
  if (file === `rules/${docId}.json` && /^params\[\d+\]$/.test(field)) {
    // 〔文号〕's rule value: the number the last issue had, printed in the same words this issue (the check holds
    // the number to the words and the words to the clause).
    const review = getAt(item, 'review')
    const value = getAt(item, 'value')
    if (getAt(item, 'cite.docId') !== docId || typeof value !== 'number' || getAt(review, 'value') !== value) return undefined
    if (!sameWords(text(getAt(review, 'words')), words)) return undefined
    const period = periodInWords(getAt(item, 'period'))
    return {
      file,
      field,
      what: `补助标准：${text(getAt(item, 'label'))}`,
      value: `${value}${text(getAt(item, 'unit'))}${period ? `（${period}）` : ''}`,
      cites: `${field}.cite.words`,
      words,
    }
  }
  if (file !== `documents/${docId}.json` || !predecessor) return undefined
  const keyPoint = /^keyPoints\[(\d+)\]$/.exec(field)
  // A key point's text may hold more figures than its cited words: each must stand in the paragraph of those words.
  if (keyPoint && predecessor.keyPoints.some((each) => same(each, item)) && figuresBesideWords(item, original)) {
    return {
      file,
      field,
      what: `要点${Number(keyPoint[1]) + 1}`,
      value: text(getAt(item, 'text')),
      cites: `${field}.source`,
      words: text(getAt(item, 'source')),
    }
  }
  const date = /^dates\[(\d+)\]$/.exec(field)
  if (date && predecessor.dates.some((each) => same(each, item) || sameDateMoved(each, item, signedOn))) {
    const days = periodInWords({ from: getAt(item, 'start'), to: getAt(item, 'end') })
    return {
      file,
      field,
      what: `时间${Number(date[1]) + 1}：${text(getAt(item, 'label'))}`,
      value: days || text(getAt(item, 'note')) || '没有写具体日期',
      cites: `${field}.source`,
      words: text(getAt(item, 'source')),
    }
  }
  return undefined
}

/**
 * A date the import carried with its years moved on: the predecessor's date with the same name, 要居民做的事 and
 * note (nothing else but start, end and words changed), whose start and end are the days this issue's words state
 * — read as the content check reads them (scripts/build/content/date-claims.ts, statedDays).
 */
function sameDateMoved(before: unknown, item: unknown, signedOn: string): boolean {
  const rest = (date: unknown) => {
    const others: Record<string, unknown> = { ...(date ?? {}) }
    const has = [others.start !== undefined, others.end !== undefined]
    for (const moved of ['start', 'end', 'source']) delete others[moved]
    return { others, has }
  }
  if (!same(rest(before), rest(item)) || !signedOn) return false
  const source = text(getAt(item, 'source'))
  const stated = statedDays(source, signedOn)
  const start = getAt(item, 'start')
  const end = getAt(item, 'end')
  if (start === undefined && end === undefined) return false
  return (start === undefined || start === stated.start) && (end === undefined || end === stated.end)
}

/** Our own labels, which cite no words: what each is, and the predecessor's value of it. */
const LABELS: {
  field: RegExp
  what: (doc: unknown, index: string) => string
  before: (predecessor: Predecessor, doc: unknown, index: string) => unknown
}[] = [
  { field: /^audience$/, what: () => '谁需要看', before: (predecessor) => predecessor.audience },
  { field: /^topics$/, what: () => '话题', before: (predecessor) => predecessor.topics },
  {
    field: /^consultation\.shortName$/,
    what: () => '咨询单位简称',
    // The short name for the same 咨询单位 only.
    before: ({ consultation }, doc) =>
      getAt(consultation, 'unit') === getAt(doc, 'consultation.unit') ? getAt(consultation, 'shortName') : undefined,
  },
  {
    field: /^annexes\[(\d+)\]\.contains$/,
    what: (doc, index) => `附件说明：${text(getAt(doc, `annexes[${index}].title`))}`,
    // The note of the annex of the same title only.
    before: ({ annexes }, doc, index) =>
      getAt(
        annexes.find((annex) => sameTitle(getAt(annex, 'title'), getAt(doc, `annexes[${index}].title`))),
        'contains',
      ),
  },
]

/**
 * The same annex title, whole: the import's match (sameAnnex) both ways. The import also takes a shortened title, which
 * can be another annex's (领导小组 within 领导小组成员单位职责分工): such a note is read on its own.
 */
const sameTitle = (a: unknown, b: unknown) => sameAnnex(text(a), text(b)) && sameAnnex(text(b), text(a))

const inWords = (value: unknown) => (Array.isArray(value) ? value.map(text).join('、') : text(value))

/**
 * One of our own labels (谁需要看, 话题, 咨询单位简称, 附件说明) identical to the predecessor document's — the
 * document the import matched as the same kind (same issuer, same title once years and numbers are set aside).
 * Listed to be read as “…（沿用上一期）”. A label with a figure in it (104项, a year, a phone) is a fact to find in
 * the 原文: read on its own.
 */
function labelOf(
  file: FilePath,
  field: string,
  item: unknown,
  doc: unknown,
  docId: string,
  predecessor?: Predecessor,
): CarriedFact | undefined {
  const value = inWords(item)
  if (file !== `documents/${docId}.json` || !predecessor || value.trim() === '' || /\d/.test(value)) return undefined
  for (const label of LABELS) {
    const at = label.field.exec(field)
    if (!at) continue
    const before = label.before(predecessor, doc, at[1])
    return before !== undefined && same(before, item)
      ? { file, field, what: label.what(doc, at[1]), value: `${value}（沿用上一期）` }
      : undefined
  }
  return undefined
}
