// The compact catalogue of older issues (src/content/generated/catalogue.json, written by `npm run generate`):
// what the main package keeps of every issue but the newest, so that it grows by a few hundred bytes per issue,
// not by each document's title and summary. Each document keeps its id, 文号 and consultation line (a reader of an
// old printed code can always call); phones and offices are shared tables, and a 文号 that can be spelled from the
// id (lzbf2022-36 → 离政办发〔2022〕36号) is not stored at all.
import type { Consultation, GazetteOffice } from './types'

/** A document as the catalogue knows it: enough to open it from a printed code and call about it. */
export interface CatalogueDocument {
  id: string
  docNo: string
  consultation: Consultation
  /** Only the newest issue's documents (and test fixtures) carry their title and summary in the main package. */
  title?: string
  summary?: string
}

/** An older issue as the catalogue knows it. */
export interface CatalogueIssue {
  id: string
  year: number
  number: number
  totalNumber: number
  publishedOn: string
  office: GazetteOffice
  documents: CatalogueDocument[]
}

export interface CompactCatalogue {
  /** [unit, shortName, phone] */
  lines: [string, string, string][]
  offices: GazetteOffice[]
  /** id prefix → 文号 prefix: lzf → 离政发 */
  kinds: Record<string, string>
  /** Per issue `<id> <总第> <published> <office> <documents…>`, each document `id:line` or `id:line:文号`, its id
   * without the year when that is the issue's (lzbf-36 in 2022-03 is lzbf2022-36). */
  issues: string[]
}

const ID = /^([a-z]+)(\d{4})-(\d+)$/
const DOC_NO = /^(.+)〔(\d{4})〕(\d+)号$/

/** The 文号 spelled from an id and the known prefixes, if the id has that shape. */
function spelledDocNo(id: string, kinds: Record<string, string>): string | undefined {
  const match = ID.exec(id)
  const kind = match && kinds[match[1]]
  return match && kind ? `${kind}〔${match[2]}〕${Number(match[3])}号` : undefined
}

export function compactCatalogue(issues: CatalogueIssue[]): CompactCatalogue {
  const catalogue: CompactCatalogue = { lines: [], offices: [], kinds: {}, issues: [] }
  const indexOf = <T>(list: T[], item: T): number => {
    const key = JSON.stringify(item)
    const found = list.findIndex((each) => JSON.stringify(each) === key)
    if (found >= 0) return found
    list.push(item)
    return list.length - 1
  }
  for (const issue of issues) {
    for (const doc of issue.documents) {
      const id = ID.exec(doc.id)
      const no = DOC_NO.exec(doc.docNo)
      if (id && no && id[2] === no[2] && Number(id[3]) === Number(no[3]) && !(id[1] in catalogue.kinds)) catalogue.kinds[id[1]] = no[1]
    }
  }
  for (const issue of issues) {
    const docs = issue.documents.map((doc) => {
      const line = indexOf(catalogue.lines, [doc.consultation.unit, doc.consultation.shortName, doc.consultation.phone])
      if (/[\s:]/.test(doc.id) || /\s/.test(doc.docNo) || /^[a-z]+-\d+$/.test(doc.id))
        throw new Error(`${issue.id}: ${doc.id} cannot be written in the compact catalogue`)
      const id = doc.id.replace(new RegExp(`^([a-z]+)${issue.year}-(\\d+)$`), '$1-$2')
      return spelledDocNo(doc.id, catalogue.kinds) === doc.docNo ? `${id}:${line}` : `${id}:${line}:${doc.docNo}`
    })
    catalogue.issues.push([issue.id, issue.totalNumber, issue.publishedOn, indexOf(catalogue.offices, issue.office), ...docs].join(' '))
  }
  return catalogue
}

export function expandCatalogue(catalogue: CompactCatalogue): CatalogueIssue[] {
  return catalogue.issues.map((entry) => {
    const [issueId, total, publishedOn, office, ...docs] = entry.split(' ')
    const year = issueId.slice(0, 4)
    return {
      id: issueId,
      year: Number(year),
      number: Number(issueId.slice(5)),
      totalNumber: Number(total),
      publishedOn,
      office: catalogue.offices[Number(office)],
      documents: docs.map((doc) => {
        const [shortId, line, ...docNo] = doc.split(':')
        const id = shortId.replace(/^([a-z]+)-(\d+)$/, `$1${year}-$2`)
        const [unit, shortName, phone] = catalogue.lines[Number(line)]
        return {
          id,
          docNo: docNo.length > 0 ? docNo.join(':') : (spelledDocNo(id, catalogue.kinds) ?? id),
          consultation: { unit, shortName, phone },
        }
      }),
    }
  })
}
