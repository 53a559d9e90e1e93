// The desk server's API (scripts/desk/desk-server.ts), as the page calls it. The shapes it answers with are the
// server's own types (type-only: nothing of the server is bundled into the page).
import type { FilePath } from '../scripts/desk/marks'
import type { FieldProblem } from '../scripts/desk/check-edits'
import type { PreviousDate } from '../scripts/desk/previous-date-match'
import type { Predecessor } from '../scripts/desk/carried-facts'
import type { ChangedAmount, DocumentRow, FileState } from '../scripts/desk/issue-folder'
import type { DeskTable } from '../scripts/desk/table-rows'
import type { PreviewState } from '../scripts/desk/preview'

export type { ChangedAmount, DeskTable, DocumentRow, FieldProblem, FileState }

export interface IssueView {
  issueId: string
  year: number
  number: number
  documents: DocumentRow[]
  changedAmounts: ChangedAmount[]
  files: Record<FilePath, FileState>
}

export interface DocView {
  id: string
  docNo: string
  title: string
  issueId: string
  original: { id: string; kind: string; text: string }[]
  files: Record<FilePath, FileState>
  problems: FieldProblem[]
  previewPath: string
  /** The last issue's dates of the same document, in words (matched to a date by scripts/desk/previous-date-match.ts). */
  previous: PreviousDate[]
  /** The predecessor document's key points and dates, as stored (scripts/desk/carried-facts.ts compares them). */
  predecessor: Predecessor | null
}

export interface Status {
  regenerating: boolean
  regeneratedAt: number
  regenerateWrote: boolean
  regenerateFailure: string | null
  preview: PreviewState | null
}

export type SaveResult =
  | { outcome: 'saved'; files: Record<FilePath, { hash: string }>; problems: FieldProblem[]; savedAt: number }
  | { outcome: 'conflict'; file: FilePath; message: string }
  | { outcome: 'invalid'; message: string; problems: FieldProblem[] }
  | { outcome?: undefined; message: string }

/** Said when the desk's server does not answer (stopped, or restarted while the page stayed open). */
export const DESK_GONE =
  '审核台没有回应：它可能已经关掉了。这一页上的修改还在，不要刷新页面；请在电脑上重新运行 npm run desk，然后再试一次。'

/** Every call's answer while a data file on disk cannot be read: the file and its line, in words. */
export interface Unreadable {
  unreadable: true
  message: string
}

export const isUnreadable = (answer: unknown): answer is Unreadable =>
  typeof answer === 'object' && answer !== null && 'unreadable' in answer

async function call<T>(path: string, body?: unknown): Promise<T & { status: number }> {
  let response: Response
  try {
    response = await fetch(
      path,
      body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    )
  } catch {
    throw new Error(DESK_GONE)
  }
  const json = (await response.json().catch(() => ({ message: DESK_GONE }))) as T
  return { ...json, status: response.status }
}

export const getIssue = () => call<IssueView>('/api/issue')
export const getDoc = (id: string) => call<DocView>(`/api/doc?id=${encodeURIComponent(id)}`)
/** The document's annex tables with their rows (read when a table draft is shown). */
export const getTables = (id: string) => call<{ tables: DeskTable[] }>(`/api/tables?id=${encodeURIComponent(id)}`)
export const getStatus = () => call<Status>('/api/status')
export const check = (files: Record<FilePath, unknown>) => call<{ problems: FieldProblem[] }>('/api/check', { files })
export const save = (files: Record<FilePath, FileState>) => call<SaveResult>('/api/save', { files }) as Promise<SaveResult>
