// Views over an issue's content: topics, categories, and the directory of consultation lines.
import type { Category, DocumentHead } from '../content/types'
import type { CatalogueDocument } from '../content/compact'

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

export interface ConsultationLine {
  unit: string
  shortName: string
  phone: string
  documents: Pick<CatalogueDocument, 'id' | 'docNo' | 'title'>[]
}

/** One entry per consultation unit and number, with the documents it answers for, in gazette order. */
export function consultationDirectory(issues: { documents: CatalogueDocument[] }[]): ConsultationLine[] {
  const lines = new Map<string, ConsultationLine>()
  for (const issue of issues) {
    for (const doc of issue.documents) {
      const { unit, shortName, phone } = doc.consultation
      const key = `${unit}|${phone}`
      const line = lines.get(key) ?? { unit, shortName, phone, documents: [] }
      line.documents.push({ id: doc.id, docNo: doc.docNo, title: doc.title })
      lines.set(key, line)
    }
  }
  return [...lines.values()]
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
