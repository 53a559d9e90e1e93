// The desk server's API (scripts/desk/desk-server.ts), as the page calls it.
import type { FilePath } from '../scripts/desk/marks'

export interface FileState {
  hash: string
  data: unknown
}

export interface FieldProblem {
  file: FilePath
  field: string
  message: string
  kind: 'error' | 'toWrite' | 'draft'
}

export interface DocumentRow {
  id: string
  docNo: string
  title: string
  state: 'toWrite' | 'drafted' | 'reviewed'
  drafts: number
  toWrite: number
}

export interface ChangedAmount {
  file: FilePath
  index: number
  id: string
  label: string
  unit: string
  oldValue: number
  newValue: number
  oldWords: string
  newWords: string
  oldIssue: string
  oldDocId: string
  newDocId: string
}

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
}

export interface Status {
  regenerating: boolean
  regeneratedAt: number
  regenerateFailure: string | null
  preview: { origin: string; state: 'starting' | 'ready' | 'error' | 'failed'; builtAt: number; log?: string } | null
}

export type SaveResult =
  | { outcome: 'saved'; files: Record<FilePath, { hash: string }>; problems: FieldProblem[] }
  | { outcome: 'conflict'; file: FilePath; message: string }
  | { outcome: 'invalid'; message: string; problems: FieldProblem[] }
  | { outcome?: undefined; message: string }

async function call<T>(path: string, body?: unknown): Promise<T & { status: number }> {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = (await response.json()) as T
  return { ...json, status: response.status }
}

export const getIssue = () => call<IssueView>('/api/issue')
export const getDoc = (id: string) => call<DocView>(`/api/doc?id=${encodeURIComponent(id)}`)
export const getStatus = () => call<Status>('/api/status')
export const check = (files: Record<FilePath, unknown>) => call<{ problems: FieldProblem[] }>('/api/check', { files })
export const save = (files: Record<FilePath, FileState>) => call<SaveResult>('/api/save', { files }) as Promise<SaveResult>
