// The issues as the main package knows them. The newest issue in full head (generated head.json: each document's
// 文号, title, summary and consultation line, to list it, open it from a printed code and call about it); every
// older issue in the compact catalogue (catalogue.json: 文号 and phone of each document), with where its full
// content is: in its own subpackage (the newest `issuesInPackage` of package-budget.json) or archived on the site
// (archive.json: the content hash of its manifest, written by scripts/build/archive-data.ts). The full documents are imported
// only by the issues' own subpackages (src/content/generated/<id>/index.ts).
import type { IssueHead } from './types'
import { expandCatalogue, type CatalogueDocument, type CatalogueIssue, type CompactCatalogue } from './compact'
import { newestIssueHead, tableIssues } from './generated/heads'
import compact from './generated/catalogue.json'
import archive from './generated/archive.json'
import budget from './package-budget.json'
import { issueLookups } from './lookups'

/** Where an issue's full content is: the newest in its subpackage, preloaded from home; older ones in their own
 * subpackage while the package budget allows, the rest on the site (fetched and checked against `archiveHash`). */
export type Shelf = 'package' | 'archive'

export type ShelvedIssue = CatalogueIssue & {
  shelf: Shelf
  /** The content hash of the issue's manifest on the site (/data/<issue>/<hash>.json); every older issue has one. */
  archiveHash?: string
}

// A conditional expression, so that webpack drops the require (and the fixture) when the flag is off.
const fixtureHeads: IssueHead[] =
  process.env.LISHI_CONTENT_FIXTURES === '1'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require inside the condition is what webpack drops; an import cannot be conditional
      (require('@fixtures/issues') as { fixtureIssueHeads: IssueHead[] }).fixtureIssueHeads
    : []

const hashes = archive as Record<string, string>

const older: ShelvedIssue[] = expandCatalogue(compact as CompactCatalogue).map((issue, index) => ({
  ...issue,
  // The newest issue is one of the issues in the package.
  shelf: index + 1 < budget.issuesInPackage ? 'package' : 'archive',
  archiveHash: hashes[issue.id],
}))

export const latestIssue: IssueHead = newestIssueHead

/** Which issue's annex tables home's buttons open. */
export { tableIssues }

/** Every published issue, newest first. */
export const issues: ShelvedIssue[] = [
  { ...latestIssue, shelf: 'package' as const },
  ...older,
  ...fixtureHeads.map((head) => ({ ...head, shelf: 'package' as const })),
].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))

export const { findDocument, isKnownDocumentId, findIssue, allDocumentIds } = issueLookups<CatalogueDocument, ShelvedIssue>(issues)
