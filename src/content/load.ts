// An issue folder's data files (issue.json, documents/<id>.json, rules/<name>.json — written by `npm run import`
// and by people) turned into the typed content the app uses. The content check validates the files; here a
// document's 文号 and page are filled into each citation, so nobody types them twice.
import type { Citation, GazetteDocument, GazetteIssue, IssueHead, RuleParameter, ToolEdition } from './types'

export type IssueFile = Omit<GazetteIssue, 'documents'> & { /** Document ids in 目录 order. */ documents: string[] }

export type CitationFile = Omit<Citation, 'docNo' | 'page'>

/** A list the gazette gives (e.g. the pilot townships), with the period it applies and its citation. */
export interface RuleList {
  id: string
  label: string
  values: string[]
  period: RuleParameter['period']
  cite: Citation
  /** The issue that printed it. */
  issueId: string
}

type FromFile<T> = Omit<T, 'cite' | 'issueId'> & { cite: CitationFile }

export interface RulesFile {
  /** A draft's reminder (【待填写】…) until the amounts of the issue are written; content:check lists it. */
  todo?: string
  /** The calculators and self-checks this document governs in this issue: the period each follows and its words. */
  tools?: Record<string, Omit<FromFile<ToolEdition>, 'toolId'>>
  params: FromFile<RuleParameter>[]
  lists?: Record<string, Omit<FromFile<RuleList>, 'id'>>
}

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
  const listed = issue.documents.flatMap((id) => docs.filter((doc) => doc.id === id))
  return { ...issue, documents: [...new Set([...listed, ...docs])] }
}

/** Ids that issue.json lists without a document file, and document files it does not list. */
export function listingProblems(file: unknown, documents: unknown[]): { missing: string[]; unlisted: string[] } {
  const listed = (file as IssueFile).documents
  const ids = (documents as GazetteDocument[]).map((doc) => doc.id)
  return { missing: listed.filter((id) => !ids.includes(id)), unlisted: ids.filter((id) => !listed.includes(id)) }
}

function citation(cite: CitationFile | undefined, issue: IssueHead): Citation {
  const doc = cite ? issue.documents.find((each) => each.id === cite.docId) : undefined
  return cite ? { ...cite, docNo: doc?.docNo ?? '', page: doc?.page ?? 0 } : (undefined as unknown as Citation)
}

export function loadRules(files: unknown[], head: unknown): IssueRules {
  const rules = files as RulesFile[]
  const issue = head as IssueHead
  const issueId = issue.id
  return {
    params: rules.flatMap((file) => file.params.map((param) => ({ ...param, cite: citation(param.cite, issue), issueId }))),
    lists: rules.flatMap((file) => Object.entries(file.lists ?? {}).map(([id, list]) => ({ id, ...list, cite: citation(list.cite, issue), issueId }))),
    tools: rules.flatMap((file) => Object.entries(file.tools ?? {}).map(([toolId, tool]) => ({ toolId, ...tool, cite: citation(tool.cite, issue), issueId }))),
  }
}
