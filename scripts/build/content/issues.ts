import type { GazetteDocument, GazetteIssue } from './types'
import { issueModules } from './registry'
import { issueLookups } from './lookups'

/** Every published issue, newest first. */
export const issues: GazetteIssue[] = issueModules.map((module) => module.issue)

export const latestIssue: GazetteIssue = issues[0]

export const { findDocument, isKnownDocumentId, findIssue, allDocumentIds } = issueLookups<GazetteDocument, GazetteIssue>(issues)
