// Every issue in full (all documents of every issue folder), for the build scripts and tests; newest first. The app
// never imports this: it knows the issues by their catalogue (src/content/catalogue.ts) and imports each issue's
// documents in that issue's own subpackage. With LISHI_CONTENT_FIXTURES=1 the test-only fixture issue is added.
import type { GazetteDocument, GazetteIssue } from '#src/content/types'
import { issueLookups } from '#src/content/lookups'
import { fixtureIssueFolders } from '@fixtures/issues'
import { issueFolders } from './generated/issue-folders'

// Build side: Node reads the fixture module always (it is in the repository); only the flag adds it.
const fixtureFolders: { issue: GazetteIssue }[] = process.env.LISHI_CONTENT_FIXTURES === '1' ? fixtureIssueFolders : []

/** Every issue in full, newest first. */
export const fullIssues: GazetteIssue[] = [...issueFolders, ...fixtureFolders]
  .map((folder) => folder.issue)
  .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))

export const latestFullIssue: GazetteIssue = fullIssues[0]

export const {
  findDocument: findFullDocument,
  isKnownDocumentId,
  findIssue: findFullIssue,
  allDocumentIds,
} = issueLookups<GazetteDocument, GazetteIssue>(fullIssues)
