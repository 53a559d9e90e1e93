// The issues the app ships (their documents): one module per issue folder, plus the test-only fixture issue when
// the build is made with LISHI_CONTENT_FIXTURES=1 (never in the product build). Rules: see rules.ts.
import type { GazetteIssue } from '../../../src/content/types'
import { issueFolders } from './generated/issue-folders'

export interface IssueModule {
  issue: GazetteIssue
}

// A conditional expression, so that webpack drops the require (and the fixture) when the flag is off.
const fixtureModules: IssueModule[] =
  process.env.LISHI_CONTENT_FIXTURES === '1'
    ? (require('@fixtures/issues') as { fixtureIssueFolders: IssueModule[] }).fixtureIssueFolders
    : []

/** Newest issue first. */
export const issueModules: IssueModule[] = [...issueFolders, ...fixtureModules].sort((a, b) =>
  b.issue.publishedOn.localeCompare(a.issue.publishedOn),
)
