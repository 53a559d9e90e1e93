// The original step of `npm run generate` (scripts/build/generate.ts): the 原文 of every document of every issue folder
// that has a source.txt, from that text and the document's corrections/<id>.json, into the issue's subpackage
// (src/packages/issue-<id>/original/), with an index.ts the 原文 page imports and search.json, the text the search
// page searches. The content check builds the same 原文 and fails when a correction does not apply.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Correction, OriginalDocument } from '#src/content/original-document'
import { buildOriginal } from './import/original-blocks'
import { shipFullText } from '#src/domain/search/fulltext'
import { documentSections } from './import/parse'
import { GENERATED_HEADER } from './generated-files'

const root = join(import.meta.dirname, '..', '..')
const issuesDir = join(root, 'src', 'content', 'issues')

function originalDir(issueId: string): string {
  return join(root, 'src', 'packages', `issue-${issueId}`, 'original')
}

export interface BuiltIssue {
  issueId: string
  documents: OriginalDocument[]
  /** `corrections/<id>.json: corrections[0]: …` and documents without a body in source.txt. */
  problems: string[]
}

function readCorrections(folder: string, docId: string): Correction[] {
  const file = join(folder, 'corrections', `${docId}.json`)
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { corrections: Correction[] }).corrections ?? []) : []
}

/** The 原文 of each document the issue folder has a file for, in the order of source.txt. */
export function buildIssueOriginals(folder: string, issueId: string): BuiltIssue {
  const docIds = readdirSync(join(folder, 'documents'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
  const sections = documentSections(readFileSync(join(folder, 'source.txt'), 'utf8'))
  const problems: string[] = []
  const documents: OriginalDocument[] = []
  for (const section of sections.filter((each) => docIds.includes(each.id))) {
    const built = buildOriginal(section.id, section.docNo, section.lines, readCorrections(folder, section.id))
    problems.push(...built.problems.map((problem) => `corrections/${section.id}.json: ${problem}`))
    documents.push(built.original)
  }
  for (const id of docIds)
    if (!sections.some((section) => section.id === id)) problems.push(`documents/${id}.json: source.txt 里找不到这份文件的正文，没有原文`)
  return { issueId, documents, problems }
}

export function issueFoldersWithSource(): { folder: string; issueId: string }[] {
  return readdirSync(issuesDir)
    .filter((name) => /^\d{4}-\d{2}$/.test(name) && existsSync(join(issuesDir, name, 'source.txt')))
    .map((name) => ({ folder: join(issuesDir, name), issueId: name }))
}

/** The 原文 files of an issue: path → content. */
function renderOriginalFiles(built: BuiltIssue): Map<string, string> {
  const dir = originalDir(built.issueId)
  const files = new Map<string, string>()
  const ident = (id: string) => `doc_${id.replace(/[^a-zA-Z0-9]/g, '_')}`
  for (const doc of built.documents) files.set(join(dir, `${doc.id}.json`), `${JSON.stringify(doc)}\n`)
  // The issue's search text: loaded by the search page on its own, without the 原文 data.
  files.set(join(dir, 'search.json'), `${JSON.stringify(shipFullText(built.documents))}\n`)
  files.set(
    join(dir, 'index.ts'),
    [
      `${GENERATED_HEADER} The 原文 of this issue, from its source.txt and corrections/.`,
      "import type { OriginalDocument } from '#src/content/original-document'",
      ...built.documents.map((doc) => `import ${ident(doc.id)} from './${doc.id}.json'`),
      '',
      'export const originals: Record<string, OriginalDocument> = {',
      ...built.documents.map((doc) => `  '${doc.id}': ${ident(doc.id)} as OriginalDocument,`),
      '}',
      '',
    ].join('\n'),
  )
  return files
}

/** The main package's list of issues whose documents have a 原文 page (src/content/generated/original-issues.ts). */
const originalIssuesFile = join(root, 'src', 'content', 'generated', 'original-issues.ts')

function renderOriginalIssues(issueIds: string[]): string {
  return [
    GENERATED_HEADER,
    '/** Issues whose documents have their 原文 in the subpackage packages/issue-<id> (pages/original/index). */',
    `export const originalIssues: string[] = [${issueIds.map((id) => `'${id}'`).join(', ')}]`,
    '',
  ].join('\n')
}

/** Issues with a 原文: each has the 原文 page in its subpackage while it is in the package (content-index.ts). */
export function issuesWithOriginalPage(): string[] {
  return issueFoldersWithSource().map((each) => each.issueId)
}

/** Every issue's 原文 files and the list of issues with a 原文 page (path → content), with the lines to print. */
export function originalFiles(): { files: Map<string, string>; lines: string[]; problems: string[] } {
  const files = new Map<string, string>([[originalIssuesFile, renderOriginalIssues(issuesWithOriginalPage())]])
  const lines: string[] = []
  const problems: string[] = []
  for (const { folder, issueId } of issueFoldersWithSource()) {
    const built = buildIssueOriginals(folder, issueId)
    problems.push(...built.problems.map((problem) => `src/content/issues/${issueId}/${problem}`))
    for (const [path, content] of renderOriginalFiles(built)) files.set(path, content)
    lines.push(`${issueId}: ${built.documents.length} 份文件的原文 → ${originalDir(issueId).slice(root.length + 1)}`)
  }
  return { files, lines, problems }
}
