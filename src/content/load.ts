// An issue folder's data files (issue.json, documents/<id>.json, rules/<name>.json — written by `npm run content:import`
// and by people) turned into the typed content the app uses. The content check validates the files; here a
// document's 文号 and page are filled into each citation, so nobody types them twice.
import type { Citation, GazetteDocument, GazetteIssue, IssueHead, RuleParameter, ToolEdition } from './types'
import type { CitationFileData, IssueFileData, RuleListFileData, RulesFileData } from './schema'

/** issue.json: the issue with its document ids in 目录 order. */
export type IssueFile = IssueFileData

export type CitationFile = CitationFileData

/** A list the gazette gives (e.g. the pilot townships), with the period it applies and its citation. */
export type RuleList = Omit<RuleListFileData, 'cite' | 'review'> & {
  id: string
  cite: Citation
  /** The issue that printed it. */
  issueId: string
}

export type RulesFile = RulesFileData

export interface IssueRules {
  params: RuleParameter[]
  lists: RuleList[]
  tools: ToolEdition[]
}

/**
 * The issue with its documents in 目录 order, then any document file the list does not name (so the content
 * check sees every file, duplicates included). The document objects are the files' own, unchanged.
 */
export function loadIssue(file: unknown, documents: unknown[]): GazetteIssue {
  const issue = file as IssueFile
  const docs = documents as GazetteDocument[]
  const listed = listOf(issue.documents).flatMap((id) => docs.filter((doc) => doc.id === id))
  return { ...issue, documents: [...new Set([...listed, ...docs])] }
}

/** Ids that issue.json lists without a document file, and document files it does not list. */
export function listingProblems(file: unknown, documents: unknown[]): { missing: string[]; unlisted: string[] } {
  const listed = listOf((file as IssueFile).documents)
  const ids = (documents as GazetteDocument[]).map((doc) => doc.id)
  return { missing: listed.filter((id) => !ids.includes(id)), unlisted: ids.filter((id) => !listed.includes(id)) }
}

// A file of the wrong shape (content:check reports it, from ./schema) is read as far as it can be, never crashing.
const listOf = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : [])
const entriesOf = <T>(value: Record<string, T> | undefined): [string, T][] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []

function citation(cite: CitationFile | undefined, issue: IssueHead): Citation {
  const doc = cite ? issue.documents.find((each) => each.id === cite.docId) : undefined
  return cite ? { ...cite, docNo: doc?.docNo ?? '', page: doc?.page ?? 0 } : (undefined as unknown as Citation)
}

export function loadRules(files: unknown[], head: unknown): IssueRules {
  const rules = files as RulesFile[]
  const issue = head as IssueHead
  const issueId = issue.id
  return {
    params: rules.flatMap((file) => listOf(file.params).map((param) => ({ ...param, cite: citation(param.cite, issue), issueId }))),
    lists: rules.flatMap((file) => entriesOf(file.lists).map(([id, list]) => ({ id, ...list, cite: citation(list.cite, issue), issueId }))),
    tools: rules.flatMap((file) =>
      entriesOf(file.tools).map(([toolId, tool]) => ({ toolId, ...tool, cite: citation(tool.cite, issue), issueId })),
    ),
  }
}
