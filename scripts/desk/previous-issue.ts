// The last issue's value of what the clerk is to write, as a hint: a document's dates in its predecessor (the same
// issuer and title once years and numbers are set aside, as the import finds it). Shown beside the field, never put
// into it: a hint is not what the clerk typed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findPredecessor, type EarlierDocument, type NewDocument } from '../build/import/carry-forward'
import { issueFolderIds, issuesDir, readText, type IssueFolder } from './issue-folder'
import type { PreviousDate } from './previous-date-match'
import type { Predecessor } from './carried-facts'

interface DateWindow {
  label?: string
  act?: string
  start?: string
  end?: string
  source?: string
}

interface StoredDocument {
  id: string
  docNo: string
  issuer: string
  title: string
  signedOn: string
  dates?: DateWindow[]
  keyPoints?: unknown[]
  audience?: unknown
  topics?: unknown
  consultation?: unknown
  annexes?: unknown[]
}

const dayInWords = (day: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : day
}

function windowInWords(window: DateWindow): string {
  const days =
    window.start && window.end
      ? `${dayInWords(window.start)}到${dayInWords(window.end)}`
      : window.start
        ? `${dayInWords(window.start)}起`
        : window.end
          ? `到${dayInWords(window.end)}`
          : '没有写具体日期'
  return `名称“${window.label ?? ''}”，${days}${window.source ? `，原文原话“${window.source}”` : ''}`
}

/** The predecessor document (the same issuer and title in an earlier issue, as the import finds it), as stored. */
function storedPredecessor(folder: IssueFolder, docId: string): { issueId: string; stored: StoredDocument } | undefined {
  const doc = JSON.parse(readText(folder, `documents/${docId}.json`)) as StoredDocument
  const earlier: (EarlierDocument & { stored: StoredDocument })[] = issueFolderIds(folder.projectDir)
    .filter((issueId) => issueId < folder.issueId)
    .flatMap((issueId) => {
      const dir = join(issuesDir(folder.projectDir), issueId, 'documents')
      if (!existsSync(dir)) return []
      return readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as StoredDocument)
        .map((stored) => ({ id: stored.id, issueId, issuer: stored.issuer, title: stored.title, signedOn: stored.signedOn, stored }))
    })
  return findPredecessor({ id: doc.id, issuer: doc.issuer, title: doc.title, signedOn: doc.signedOn } as NewDocument, earlier) as
    (typeof earlier)[number] | undefined
}

/** The predecessor's dates, each in words with the issue and 文号 it is from (matched to a date by previous-date-match.ts); empty without a predecessor. */
export function previousDates(folder: IssueFolder, docId: string): PreviousDate[] {
  const predecessor = storedPredecessor(folder, docId)
  if (!predecessor) return []
  const from = `上一期（${predecessor.issueId}，${predecessor.stored.docNo}）`
  return (predecessor.stored.dates ?? []).map((window) => ({
    label: window.label ?? '',
    ...(window.act ? { act: window.act } : {}),
    words: `${from}：${windowInWords(window)}`,
  }))
}

/** The predecessor's key points, dates and our labels as stored, for scripts/desk/carried-facts.ts; undefined without one. */
export function predecessorFacts(folder: IssueFolder, docId: string): Predecessor | undefined {
  const predecessor = storedPredecessor(folder, docId)
  if (!predecessor) return undefined
  const { stored } = predecessor
  return {
    issueId: predecessor.issueId,
    docNo: stored.docNo,
    keyPoints: stored.keyPoints ?? [],
    dates: stored.dates ?? [],
    audience: stored.audience,
    topics: stored.topics,
    consultation: stored.consultation,
    annexes: stored.annexes ?? [],
  }
}
