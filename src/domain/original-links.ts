// Links into a document's 原文 (the page packages/issue-<issue>/pages/original/index): at an anchor (a clause
// path such as 三（二）) or at the cited words, which the page finds and highlights.
import { findDocument } from '../content'
import { originalIssues } from '../content/original-issues'

/** The 原文 page of the issue's subpackage. */
export function originalPage(issueId: string): string {
  return `/packages/issue-${issueId}/pages/original/index`
}

/** The 原文 of the document at the anchor or the words; undefined when the document has no 原文 in the app. */
export function originalPagePath(docId: string, target: { at?: string; words?: string } = {}): string | undefined {
  const issueId = findDocument(docId)?.issue.id
  if (!issueId || !originalIssues.includes(issueId)) return undefined
  const query = [`id=${encodeURIComponent(docId)}`]
  if (target.at) query.push(`at=${encodeURIComponent(target.at)}`)
  if (target.words) query.push(`hl=${encodeURIComponent(target.words)}`)
  return `${originalPage(issueId)}?${query.join('&')}`
}
