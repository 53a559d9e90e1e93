// The issues as the main package knows them (generated head.json per issue folder): each document's 文号, title,
// summary and consultation line, to list it, open it from a printed code and call about it. The full documents
// (key points, dates, annexes, notes) are imported only by the issue's own subpackage (content/index.ts).
import type { DocumentHead, IssueHead } from './types'
import { issueHeads } from './issues/heads'
import { issueLookups } from './lookups'

// A conditional expression, so that webpack drops the require (and the fixture) when the flag is off.
const fixtureHeads: IssueHead[] =
  process.env.LISHI_CONTENT_FIXTURES === '1' ? (require('../../tests/fixtures/issues') as { fixtureIssueHeads: IssueHead[] }).fixtureIssueHeads : []

/** Every published issue, newest first. */
export const issues: IssueHead[] = [...issueHeads, ...fixtureHeads].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))

export const latestIssue: IssueHead = issues[0]

export const { findDocument, isKnownDocumentId, findIssue, allDocumentIds } = issueLookups<DocumentHead, IssueHead>(issues)
