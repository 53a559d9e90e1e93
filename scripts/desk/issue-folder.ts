// The issue folder the desk edits (src/content/issues/<id>/ of a project): its data files with the hash of what is
// on disk, which files belong to a document, each document's state and the amounts that changed from the last issue.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { draftMarks, fieldsToWrite, tableDocId, type FilePath } from './marks'
import { unreadableJson } from '../build/unreadable-json'

export interface IssueFolder {
  projectDir: string
  issueId: string
  dir: string
}

export interface FileState {
  hash: string
  data: unknown
}

export type DocumentState = 'toWrite' | 'drafted' | 'reviewed'

export interface DocumentRow {
  id: string
  docNo: string
  title: string
  state: DocumentState
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

export const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex')

export function issuesDir(projectDir: string): string {
  return join(projectDir, 'src', 'content', 'issues')
}

export function issueFolderIds(projectDir: string): string[] {
  return readdirSync(issuesDir(projectDir))
    .filter((name) => /^\d{4}-\d{2}$/.test(name) && existsSync(join(issuesDir(projectDir), name, 'issue.json')))
    .sort()
}

/** The folder of the issue named, else of the newest issue. */
export function openIssueFolder(projectDir: string, issueId?: string): IssueFolder {
  const ids = issueFolderIds(projectDir)
  const id = issueId ?? ids[ids.length - 1]
  if (!id || !ids.includes(id))
    throw new Error(
      `没有这一期的文件夹：${join(issuesDir(projectDir), issueId ?? '')}（先运行 npm run content:import -- <公报文字稿.txt>）`,
    )
  return { projectDir, issueId: id, dir: join(issuesDir(projectDir), id) }
}

/** A data file's path relative to the folder, or undefined when it is not one the desk may write. */
export function editableFile(folder: IssueFolder, file: string): FilePath | undefined {
  if (!/^(issue\.json|(documents|rules|corrections)\/[A-Za-z0-9.-]+\.json|tables\/tables\.json)$/.test(file)) return undefined
  return existsSync(join(folder.dir, file)) ? file : undefined
}

export function readText(folder: IssueFolder, file: FilePath): string {
  return readFileSync(join(folder.dir, file), 'utf8')
}

export function readState(folder: IssueFolder, file: FilePath): FileState {
  const text = readText(folder, file)
  return { hash: hashOf(text), data: JSON.parse(text) as unknown }
}

function jsonIn(folder: IssueFolder, sub: string): FilePath[] {
  const dir = join(folder.dir, sub)
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${sub}/${name}`)
    : []
}

/** The document ids in 目录 order (issue.json's documents). */
export function documentIds(folder: IssueFolder): string[] {
  return (JSON.parse(readText(folder, 'issue.json')) as { documents: string[] }).documents
}

/** The files a document's page edits: its document, its rules and corrections, and tables/tables.json when one of its tables is there. */
export function filesOfDocument(folder: IssueFolder, docId: string): FilePath[] {
  const own = [`documents/${docId}.json`, `rules/${docId}.json`, `corrections/${docId}.json`].filter((file) =>
    existsSync(join(folder.dir, file)),
  )
  const tables = 'tables/tables.json'
  if (!existsSync(join(folder.dir, tables))) return own
  const head = JSON.parse(readText(folder, tables)) as Record<string, unknown>
  const plans = Array.isArray(head.projectPlans) ? (head.projectPlans as { id: string }[]) : []
  const keys = ['powerList', ...plans.map((plan) => `projectPlans.${plan.id}`)]
  return keys.some((key) => tableDocId(head, key) === docId) ? [...own, tables] : own
}

/** Every document with what is left of it: fields to write, drafts to review. */
export function documentRows(folder: IssueFolder): DocumentRow[] {
  return documentIds(folder).map((id) => {
    const doc = JSON.parse(readText(folder, `documents/${id}.json`)) as { docNo: string; title: string }
    let drafts = 0
    let toWrite = 0
    for (const file of filesOfDocument(folder, id)) {
      const data = JSON.parse(readText(folder, file)) as unknown
      drafts += draftMarks(file, data, id).length
      toWrite += fieldsToWrite(data).length
    }
    const state: DocumentState = toWrite > 0 ? 'toWrite' : drafts > 0 ? 'drafted' : 'reviewed'
    return { id, docNo: doc.docNo, title: doc.title, state, drafts, toWrite }
  })
}

interface ReviewedParam {
  id: string
  label: string
  value: number
  unit: string
  cite?: { docId: string; words: string }
  review?: { issue: string; docId: string; words: string; value?: number }
}

/** The rule values the import carried forward with a new amount (old → new, both issues' words), not yet confirmed. */
export function changedAmounts(folder: IssueFolder): ChangedAmount[] {
  return jsonIn(folder, 'rules').flatMap((file) => {
    const params = (JSON.parse(readText(folder, file)) as { params?: ReviewedParam[] }).params ?? []
    return params.flatMap((param, index) => {
      const review = param.review
      if (!review || review.value === undefined || review.value === param.value) return []
      return [
        {
          file,
          index,
          id: param.id,
          label: param.label,
          unit: param.unit,
          oldValue: review.value,
          newValue: param.value,
          oldWords: review.words,
          newWords: param.cite?.words ?? '',
          oldIssue: review.issue,
          oldDocId: review.docId,
          newDocId: param.cite?.docId ?? '',
        },
      ]
    })
  })
}

/** The first data file of the folder a text editor left unreadable, in words for the clerk; undefined when all read. */
export function unreadableFile(folder: IssueFolder): string | undefined {
  const files = [
    ...(existsSync(join(folder.dir, 'issue.json')) ? ['issue.json'] : []),
    ...['documents', 'rules', 'corrections', 'tables'].flatMap((sub) => jsonIn(folder, sub)),
  ]
  for (const file of files) {
    const why = unreadableJson(file, readText(folder, file))
    if (why) return `${why}改好后刷新这一页。`
  }
  return undefined
}
