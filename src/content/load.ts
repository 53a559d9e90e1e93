// An issue folder's data files (issue.json, documents/<id>.json, rules/<name>.json — written by `npm run import`
// and by people) turned into the typed content the app uses. The content check validates the files; here a
// document's 文号 and page are filled into each citation, so nobody types them twice.
import type { Citation, GazetteDocument, GazetteIssue, IssueHead, RuleParameter } from './types'

export type IssueFile = Omit<GazetteIssue, 'documents'> & { /** Document ids in 目录 order. */ documents: string[] }

export type CitationFile = Omit<Citation, 'docNo' | 'page'>

/** A list the gazette gives (e.g. the pilot townships), with its citation. */
export interface RuleList {
  id: string
  label: string
  values: string[]
  cite: Citation
}

export interface RulesFile {
  /** A draft's reminder (【待填写】…) until the amounts of the issue are written; content:check lists it. */
  todo?: string
  params: (Omit<RuleParameter, 'cite'> & { cite: CitationFile })[]
  lists?: Record<string, { label: string; values: string[]; cite: CitationFile }>
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

export function loadRules(files: unknown[], head: unknown): { params: RuleParameter[]; lists: RuleList[] } {
  const rules = files as RulesFile[]
  const issue = head as IssueHead
  return {
    params: rules.flatMap((file) => file.params.map((param) => ({ ...param, cite: citation(param.cite, issue) }))),
    lists: rules.flatMap((file) => Object.entries(file.lists ?? {}).map(([id, list]) => ({ id, ...list, cite: citation(list.cite, issue) }))),
  }
}
