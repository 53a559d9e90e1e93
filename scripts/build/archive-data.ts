// The older issues as content-addressed files for the site (/data/<issue>/<hash>.json, the hash being the first 128
// bits of the file's sha256): per issue a manifest (the issue's documents in full, and the hashes of its other
// files), each document's 原文 and its search entries. The hash of each manifest is shipped in the package
// (src/content/generated/archive.json, the archive step of `npm run generate`), so the app can check what it fetches
// (src/domain/archive/archive.ts); build:site writes the files. The newest issue is not archived: it is always in the package.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fullIssues } from './content/issues'
import { contentHash, type ArchiveManifest } from '#src/domain/archive/archive'
import { buildEntries } from './search-entries'

const root = join(import.meta.dirname, '..', '..')
const archiveHashesFile = join(root, 'src', 'content', 'generated', 'archive.json')

export interface ArchiveFile {
  issueId: string
  hash: string
  text: string
}

function file(issueId: string, text: string): ArchiveFile {
  return { issueId, hash: contentHash(text), text }
}

/** A generated 原文 file's text: by default as written on disk (build-site runs after the generation). */
export type OriginalReader = (path: string) => string | undefined

const fromDisk: OriginalReader = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined)

/** Every older issue's files, the manifest last. */
export function archiveFiles(readOriginal: OriginalReader = fromDisk): ArchiveFile[] {
  const files: ArchiveFile[] = []
  for (const issue of fullIssues.slice(1)) {
    const original: Record<string, string> = {}
    for (const doc of issue.documents) {
      const path = join(root, 'src', 'packages', `issue-${issue.id}`, 'original', `${doc.id}.json`)
      const text = readOriginal(path)
      if (text === undefined) continue
      const made = file(issue.id, text)
      files.push(made)
      original[doc.id] = made.hash
    }
    const search = file(issue.id, JSON.stringify(buildEntries(issue.id).filter((entry) => entry.kind === 'doc')))
    files.push(search)
    // The 公报室's own notes on the extracted text stay out of what is published.
    // Neither the editor's notes nor the files' "$schema" (where an editor finds their JSON Schema) are published.
    const { $schema: _issueRef, ...issueFields } = issue as typeof issue & { $schema?: string }
    const published = {
      ...issueFields,
      documents: issue.documents.map(
        ({ editorNotes: _notes, $schema: _ref, ...doc }: (typeof issue.documents)[number] & { $schema?: string }) => doc,
      ),
    }
    const manifest: ArchiveManifest = { issue: published, original, search: search.hash }
    files.push(file(issue.id, JSON.stringify(manifest)))
  }
  return files
}

/** The manifests' hashes by issue, as shipped in the package. */
function renderArchiveHashes(files: ArchiveFile[]): string {
  const manifests = new Map<string, string>()
  for (const each of files) manifests.set(each.issueId, each.hash)
  return `${JSON.stringify(Object.fromEntries(manifests))}\n`
}

/** The manifests' hashes shipped in the package (path → content), the 原文 read from the generation in progress. */
export function archiveHashFiles(readOriginal: OriginalReader): Map<string, string> {
  return new Map([[archiveHashesFile, renderArchiveHashes(archiveFiles(readOriginal))]])
}
