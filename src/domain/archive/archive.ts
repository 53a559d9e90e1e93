// Archived issues: older issues the package has no room for (content/package-budget.json) are published by the
// build on the site as content-addressed files (/data/<issue>/<hash>.json, scripts/build/archive-data.ts). The app
// fetches an issue's manifest, checks it against the hash (contentHash) shipped in the catalogue, and each further file (a
// document's 原文, the issue's search entries) against the hash in the manifest; checked files are kept on the
// phone (cache.ts). Requests carry nothing but the file's path: no user data, no headers of ours.
import type { GazetteIssue } from '#src/content/types'
import { sha256Hex } from './sha256'
import type { ArchiveCache } from './cache'
import type { SearchEntry } from '../search/search'

export interface ArchiveManifest {
  issue: GazetteIssue
  /** The content hash of each document's 原文 file. */
  original: Record<string, string>
  /** The content hash of the issue's search entries (its documents). */
  search?: string
}

export interface ArchiveIO {
  /** GET the URL and resolve with the body as text; reject on no network, a timeout or a status other than 200. */
  fetchText(url: string): Promise<string>
  cache: ArchiveCache
  /** The site's origin, e.g. https://gb.lishi.example.cn ('' in the browser: the same site). */
  origin: string
}

export type ArchiveResult<T> =
  | { kind: 'ok'; value: T; from: 'phone' | 'site' }
  /** The site could not be reached. */
  | { kind: 'offline' }
  /** The file was fetched but is not the one the app expects (changed, cut short, or not JSON of the right shape). */
  | { kind: 'rejected' }

/** A file's name and check: the first 128 bits of its sha256, in hex (32 characters; short enough for the
 * catalogue in the main package, far too long to forge a file for). */
export function contentHash(text: string): string {
  return sha256Hex(text).slice(0, 32)
}

export function archiveFileUrl(origin: string, issueId: string, hash: string): string {
  return `${origin}/data/${encodeURIComponent(issueId)}/${hash}.json`
}

/** One archived file, from the phone if kept there (and still right), else from the site; kept once checked. */
export async function loadArchivedFile(issueId: string, hash: string, io: ArchiveIO): Promise<ArchiveResult<string>> {
  const kept = io.cache.read(hash)
  if (kept !== undefined) {
    if (contentHash(kept) === hash) return { kind: 'ok', value: kept, from: 'phone' }
    io.cache.remove(hash)
  }
  let text: string
  try {
    text = await io.fetchText(archiveFileUrl(io.origin, issueId, hash))
  } catch {
    return { kind: 'offline' }
  }
  if (contentHash(text) !== hash) return { kind: 'rejected' }
  io.cache.write(hash, text)
  return { kind: 'ok', value: text, from: 'site' }
}

/** An archived JSON file of the expected shape (a wrong shape is treated as a wrong file, and not kept). */
export async function loadArchivedJson<T>(
  issueId: string,
  hash: string,
  io: ArchiveIO,
  isShape: (value: unknown) => value is T,
): Promise<ArchiveResult<T>> {
  const file = await loadArchivedFile(issueId, hash, io)
  if (file.kind !== 'ok') return file
  try {
    const value: unknown = JSON.parse(file.value)
    if (isShape(value)) return { ...file, value }
  } catch {
    // Not JSON: the same as any other wrong file.
  }
  io.cache.remove(hash)
  return { kind: 'rejected' }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isManifestOf(issueId: string) {
  return (value: unknown): value is ArchiveManifest =>
    isRecord(value) &&
    isRecord(value.issue) &&
    value.issue.id === issueId &&
    Array.isArray(value.issue.documents) &&
    value.issue.documents.every(
      (doc: unknown) => isRecord(doc) && typeof doc.id === 'string' && typeof doc.docNo === 'string' && typeof doc.summary === 'string',
    ) &&
    isRecord(value.original)
}

export function loadArchivedIssue(issueId: string, manifestHash: string, io: ArchiveIO): Promise<ArchiveResult<ArchiveManifest>> {
  return loadArchivedJson(issueId, manifestHash, io, isManifestOf(issueId))
}

const isEntryList = (value: unknown): value is SearchEntry[] =>
  Array.isArray(value) &&
  value.every(
    (entry) =>
      isRecord(entry) &&
      entry.kind === 'doc' &&
      typeof entry.path === 'string' &&
      typeof entry.title === 'string' &&
      typeof entry.text === 'string',
  )

export interface ArchiveSearchEntries {
  entries: SearchEntry[]
  /** Issues whose entries could not be had: no network, or a wrong file. */
  missing: string[]
}

/**
 * 往期也搜: the search entries of older issues (each issue's manifest, then its entries file, both checked), a few
 * issues at a time; `onProgress` is told how many issues are done.
 */
export async function loadArchiveSearchEntries(
  issues: { id: string; archiveHash?: string }[],
  io: ArchiveIO,
  onProgress: (done: number) => void = () => undefined,
): Promise<ArchiveSearchEntries> {
  const entries: SearchEntry[][] = issues.map(() => [])
  const missing: string[] = []
  let next = 0
  let done = 0
  const one = async (index: number) => {
    const { id, archiveHash } = issues[index]
    const manifest = archiveHash ? await loadArchivedIssue(id, archiveHash, io) : undefined
    const file =
      manifest?.kind === 'ok' && manifest.value.search ? await loadArchivedJson(id, manifest.value.search, io, isEntryList) : undefined
    if (file?.kind === 'ok') entries[index] = file.value
    else missing.push(id)
    onProgress(++done)
  }
  const worker = async () => {
    while (next < issues.length) await one(next++)
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return { entries: entries.flat(), missing: issues.map((issue) => issue.id).filter((id) => missing.includes(id)) }
}
