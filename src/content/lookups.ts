// Finding documents and issues by id, over the full content (scripts/build/content/issues.ts) or the main package's heads
// (content/catalogue.ts): one way to look things up, whichever shape the issues have.
export interface IssueLookups<Doc, Issue> {
  findDocument: (id: string) => { doc: Doc; issue: Issue } | undefined
  isKnownDocumentId: (id: string) => boolean
  findIssue: (id: string) => Issue | undefined
  /** Every document id of every issue. */
  allDocumentIds: () => string[]
}

export function issueLookups<Doc extends { id: string }, Issue extends { id: string; documents: Doc[] }>(
  issues: Issue[],
): IssueLookups<Doc, Issue> {
  const documentsById = new Map<string, { doc: Doc; issue: Issue }>()
  for (const issue of issues) for (const doc of issue.documents) documentsById.set(doc.id, { doc, issue })
  return {
    findDocument: (id) => documentsById.get(id),
    isKnownDocumentId: (id) => documentsById.has(id),
    findIssue: (id) => issues.find((issue) => issue.id === id),
    allDocumentIds: () => issues.flatMap((issue) => issue.documents.map((doc) => doc.id)),
  }
}
