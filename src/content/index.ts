import type { GazetteDocument, GazetteIssue } from './types'
import { issueModules } from './registry'

/** Every published issue, newest first. */
export const issues: GazetteIssue[] = issueModules.map((module) => module.issue)

export const latestIssue: GazetteIssue = issues[0]

const documentsById = new Map<string, { doc: GazetteDocument; issue: GazetteIssue }>()
for (const issue of issues) {
  for (const doc of issue.documents) documentsById.set(doc.id, { doc, issue })
}

export function findDocument(id: string): { doc: GazetteDocument; issue: GazetteIssue } | undefined {
  return documentsById.get(id)
}

export function isKnownDocumentId(id: string): boolean {
  return documentsById.has(id)
}

export function findIssue(id: string): GazetteIssue | undefined {
  return issues.find((issue) => issue.id === id)
}

/** Every document id of every issue. */
export function allDocumentIds(): string[] {
  return issues.flatMap((issue) => issue.documents.map((doc) => doc.id))
}
