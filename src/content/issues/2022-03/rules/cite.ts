import type { Citation } from '../../../types'
import { issue2022_03 } from '../issue'

/** A citation into this issue; 文号 and page are read from the document itself. */
export function cite(docId: string, clause: string, words: string): Citation {
  const doc = issue2022_03.documents.find((each) => each.id === docId)
  if (!doc) throw new Error(`unknown document ${docId}`)
  return { docId, docNo: doc.docNo, clause, page: doc.page, words }
}
