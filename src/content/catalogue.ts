// The issues as the main package knows them (generated head.json per issue folder): each document's 文号, title,
// summary and consultation line, to list it, open it from a printed code and call about it. The full documents
// (key points, dates, annexes, notes) are imported only by the issue's own subpackage (content/index.ts).
import type { DocumentHead, IssueHead } from './types'
import { issueHeads } from './issues/heads'

// A conditional expression, so that webpack drops the require (and the fixture) when the flag is off.
const fixtureHeads: IssueHead[] =
  process.env.LISHI_CONTENT_FIXTURES === '1' ? (require('../../tests/fixtures/issues') as { fixtureIssueHeads: IssueHead[] }).fixtureIssueHeads : []

/** Every published issue, newest first. */
export const issues: IssueHead[] = [...issueHeads, ...fixtureHeads].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))

export const latestIssue: IssueHead = issues[0]

const documentsById = new Map<string, { doc: DocumentHead; issue: IssueHead }>()
for (const issue of issues) for (const doc of issue.documents) documentsById.set(doc.id, { doc, issue })

export function findDocument(id: string): { doc: DocumentHead; issue: IssueHead } | undefined {
  return documentsById.get(id)
}

export function isKnownDocumentId(id: string): boolean {
  return documentsById.has(id)
}

export function findIssue(id: string): IssueHead | undefined {
  return issues.find((issue) => issue.id === id)
}

/** Every document id of every issue. */
export function allDocumentIds(): string[] {
  return issues.flatMap((issue) => issue.documents.map((doc) => doc.id))
}
