import type { GazetteDocument, GazetteIssue } from '../../../src/content/types'
import { issueModules } from './issue-modules'
import { issueLookups } from '../../../src/content/lookups'

/** Every published issue, newest first. */
export const issues: GazetteIssue[] = issueModules.map((module) => module.issue)

export const latestIssue: GazetteIssue = issues[0]

export const { findDocument, isKnownDocumentId, findIssue, allDocumentIds } = issueLookups<GazetteDocument, GazetteIssue>(issues)
