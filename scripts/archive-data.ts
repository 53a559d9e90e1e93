// `npm run archive:data`: the older issues as content-addressed files for the site (/data/<issue>/<hash>.json, the hash being the first 128 bits of the file's sha256):
// per issue a manifest (the issue's documents in full, and the hashes of its other files), each document's 原文
// and its search entries. The hash of each manifest is shipped in the package (src/content/issues/archive.json),
// so the app can check what it fetches (src/domain/archive.ts). Run by every build after the search entries;
// build:site writes the files. The newest issue is not archived: it is always in the package.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { issues } from '../src/content'
import { contentHash, type ArchiveManifest } from '../src/domain/archive'
import { buildEntries } from './search-entries'

const root = join(import.meta.dirname, '..')
export const archiveHashesFile = join(root, 'src', 'content', 'issues', 'archive.json')

export interface ArchiveFile {
  issueId: string
  hash: string
  text: string
}

function file(issueId: string, text: string): ArchiveFile {
  return { issueId, hash: contentHash(text), text }
}

/** Every older issue's files, the manifest last. */
export function archiveFiles(): ArchiveFile[] {
  const files: ArchiveFile[] = []
  for (const issue of issues.slice(1)) {
    const original: Record<string, string> = {}
    for (const doc of issue.documents) {
      const path = join(root, 'src', 'packages', `issue-${issue.id}`, 'original', `${doc.id}.json`)
      if (!existsSync(path)) continue
      const made = file(issue.id, readFileSync(path, 'utf8'))
      files.push(made)
      original[doc.id] = made.hash
    }
    const search = file(issue.id, JSON.stringify(buildEntries(issue.id).filter((entry) => entry.kind === 'doc')))
    files.push(search)
    // The 公报室's own notes on the extracted text stay out of what is published.
    // Neither the editor's notes nor the files' "$schema" (where an editor finds their JSON Schema) are published.
    const { $schema: _issueRef, ...issueFields } = issue as typeof issue & { $schema?: string }
    const published = { ...issueFields, documents: issue.documents.map(({ editorNotes: _notes, $schema: _ref, ...doc }: (typeof issue.documents)[number] & { $schema?: string }) => doc) }
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

if (process.argv[1]?.endsWith('archive-data.ts')) {
  const files = archiveFiles()
  writeFileSync(archiveHashesFile, renderArchiveHashes(files))
  console.log(`archive: ${new Set(files.map((each) => each.issueId)).size} older issues, ${files.length} files → src/content/issues/archive.json (hashes)`)
}
