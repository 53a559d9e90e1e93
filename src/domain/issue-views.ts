// Views over an issue's content: topics, categories, and the directory of consultation lines.
import type { Category, DocumentHead } from '#src/content/types'
import type { CatalogueDocument } from '#src/content/compact'

/** An issue's documents, as the main package's catalogue or the issue's full content has them. */
interface Listing<Doc extends DocumentHead = DocumentHead> {
  documents: Doc[]
}

export const CATEGORIES: Category[] = ['区政府文件', '区政府办公室文件']

export interface TopicCount {
  topic: string
  count: number
}

/** Topics in order of first appearance, with how many documents carry each. */
export function topicsOf(issue: Listing): TopicCount[] {
  const counts = new Map<string, number>()
  for (const doc of issue.documents) for (const topic of doc.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return [...counts].map(([topic, count]) => ({ topic, count }))
}

export function documentsIn<Doc extends DocumentHead>(issue: Listing<Doc>, category: Category, topic?: string): Doc[] {
  return issue.documents.filter((doc) => doc.category === category && (!topic || doc.topics.includes(topic)))
}

type DocumentRef = Pick<CatalogueDocument, 'id' | 'docNo' | 'title'>

/** An issue as the directory names it: 2022年第3期. */
export interface IssueRef {
  id: string
  year: number
  number: number
}

/** A number an older issue printed for an office that the newer issues print differently. */
export interface EarlierNumber {
  phone: string
  /** The issues whose documents print it, newest first. */
  issues: IssueRef[]
  documents: DocumentRef[]
}

/** An office's current line: the number printed by the newest issue that has a document of this office. */
export interface ConsultationLine {
  unit: string
  shortName: string
  phone: string
  /** The issue that printed this number (the newest one naming the office). */
  issue: IssueRef
  /** The documents that print this number, newest issue first, in gazette order. */
  documents: DocumentRef[]
  /** Older numbers of the office, each only with the issues and documents that print it. */
  earlier: EarlierNumber[]
}

interface DirectoryIssue extends IssueRef {
  publishedOn: string
  documents: CatalogueDocument[]
}

export function issueName(issue: Pick<IssueRef, 'year' | 'number'>): string {
  return `${issue.year}年第${issue.number}期`
}

/**
 * One entry per office (consultation unit) with its current number: the one the newest issue naming the office
 * prints (two entries only if that issue prints two numbers for it). A number that only older issues print is kept
 * under the office with those issues and documents, never as a line of its own: the next issue's new number is
 * the one to call.
 */
export function consultationDirectory(issues: DirectoryIssue[]): ConsultationLine[] {
  const newestFirst = [...issues].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
  const currentIssue = new Map<string, string>()
  for (const issue of newestFirst)
    for (const doc of issue.documents) if (!currentIssue.has(doc.consultation.unit)) currentIssue.set(doc.consultation.unit, issue.id)
  const lines = new Map<string, ConsultationLine>()
  const officeLines = (unit: string) => [...lines.values()].filter((line) => line.unit === unit)
  for (const issue of newestFirst) {
    const ref: IssueRef = { id: issue.id, year: issue.year, number: issue.number }
    for (const doc of issue.documents) {
      const { unit, shortName, phone } = doc.consultation
      const document = { id: doc.id, docNo: doc.docNo, title: doc.title }
      const key = `${unit}|${phone}`
      if (currentIssue.get(unit) === issue.id && !lines.has(key))
        lines.set(key, { unit, shortName, phone, issue: ref, documents: [], earlier: [] })
      const line = lines.get(key)
      if (line) {
        line.documents.push(document)
        continue
      }
      const office = officeLines(unit)[0]
      const earlier =
        office.earlier.find((each) => each.phone === phone) ?? office.earlier[office.earlier.push({ phone, issues: [], documents: [] }) - 1]
      if (!earlier.issues.some((each) => each.id === issue.id)) earlier.issues.push(ref)
      earlier.documents.push(document)
    }
  }
  return [...lines.values()]
}

/** The office line a number belongs to: its current number, or one an older issue printed for it. */
export function lineOfNumber(lines: ConsultationLine[], phone: string): { line: ConsultationLine; earlier?: EarlierNumber } | undefined {
  for (const line of lines) {
    if (line.phone === phone) return { line }
    const earlier = line.earlier.find((each) => each.phone === phone)
    if (earlier) return { line, earlier }
  }
  return undefined
}

/** The title without the issuer prefix, for compact cards: “关于…的通知”; an older issue's document, whose title
 * the main package does not carry, by its 文号. */
export function shortTitle(doc: Pick<CatalogueDocument, 'title' | 'docNo'>): string {
  return doc.title === undefined ? doc.docNo : doc.title.replace(/^吕梁市离石区人民政府(办公室)?/, '')
}

/** What a document is about, for a button beside its 文号: the title without the issuer, 关于印发, the place and 的通知. */
export function topicOfTitle(title: string): string {
  return title
    .replace(/^吕梁市离石区人民政府(办公室)?/, '')
    .replace(/^关于(印发)?/, '')
    .replace(/^吕梁市离石区/, '')
    .replace(/的(通知|意见|决定)$/, '')
}

/** What to dial for a number a document printed: the office's current line, and why when it is not that number. */
export interface NumberToCall {
  phone: string
  /** Said beside the number when the document printed an older one (the next issue gave the office a new line). */
  changed?: string
}

export function numberToCall(lines: ConsultationLine[], printed: string): NumberToCall {
  const found = lineOfNumber(lines, printed)
  if (!found?.earlier) return { phone: printed }
  return {
    phone: found.line.phone,
    changed: `这份文件印的是 ${printed}。${issueName(found.line.issue)}公报印的这个单位的电话是 ${found.line.phone}，请打这个。`,
  }
}
