// The synthetic archive project CI builds (`npm run build:synthetic-archive -- 40 --build` → dist/synthetic-40): its
// issues as the shipped catalogue knows them, which of them are archived, and a document of one to open.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expandCatalogue, type CompactCatalogue } from '#src/content/compact'

export const syntheticProjectDir = join(import.meta.dirname, '..', '..', 'dist', 'synthetic-40')
export const syntheticSite = join(syntheticProjectDir, 'dist', 'site')
export const syntheticWeapp = join(syntheticProjectDir, 'dist', 'weapp')

const read = (path: string) => JSON.parse(readFileSync(join(syntheticProjectDir, path), 'utf8')) as unknown

export function syntheticArchive() {
  if (!existsSync(join(syntheticSite, 'index.html')) || !existsSync(join(syntheticWeapp, 'app.js')))
    throw new Error('run npm run build:synthetic-archive -- 40 --build first')
  const older = expandCatalogue(read('src/content/generated/catalogue.json') as CompactCatalogue)
  const hashes = read('src/content/generated/archive.json') as Record<string, string>
  const { issuesInPackage } = read('src/content/package-budget.json') as { issuesInPackage: number }
  const archived = older.slice(issuesInPackage - 1)
  const inPackage = older.slice(0, issuesInPackage - 1)
  const issue = archived[archived.length - 1]
  const doc = issue.documents[0]
  const full = read(`src/content/issues/${issue.id}/documents/${doc.id}.json`) as { summary: string; title: string }
  return { older, archived, inPackage, hashes, issue, doc, full, manifestPath: `/data/${issue.id}/${hashes[issue.id]}.json` }
}
