// The issues the app ships (their documents): one module per issue folder, plus the test-only fixture issue when
// the build is made with LISHI_CONTENT_FIXTURES=1 (never in the product build). Rules: see rules.ts.
import type { GazetteIssue } from './types'
import { issueFolders } from './generated/issues'

export interface IssueModule {
  issue: GazetteIssue
}

// A conditional expression, so that webpack drops the require (and the fixture) when the flag is off.
const fixtureModules: IssueModule[] =
  process.env.LISHI_CONTENT_FIXTURES === '1'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require inside the condition is what webpack drops; an import cannot be conditional
      (require('../../tests/fixtures/issues') as { fixtureIssueFolders: IssueModule[] }).fixtureIssueFolders
    : []

/** Newest issue first. */
export const issueModules: IssueModule[] = [...issueFolders, ...fixtureModules].sort((a, b) =>
  b.issue.publishedOn.localeCompare(a.issue.publishedOn),
)
