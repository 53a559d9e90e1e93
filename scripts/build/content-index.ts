// The content-index step of `npm run generate` (scripts/build/generate.ts): from the issue folders (src/content/issues/<id>/,
// which people edit), the modules that hand their JSON to the app, written where nobody edits: src/content/generated/
// (the lists of issues, rules and tables, the newest issue's head, the compact catalogue, the subpackages, and per
// issue index.ts (its documents), rules.ts (its rule parameters) and head.json), tests/fixtures/issues/generated/ for
// the test-only issues, and each issue's subpackage pages (src/packages/issue-<id>/, wholly generated). Adding an
// issue is adding a folder of data. Documents and rules are separate modules: the first screen needs the documents,
// only the tools (in their subpackage) need the rules. Folders are named YYYY-NN; each has issue.json,
// documents/<id>.json and rules/<name>.json, and may have tables/index.ts exporting `powerList` and/or `projectPlans`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DOCUMENT_HEAD_FIELDS, type IssueHead } from '#src/content/types'
import { compactCatalogue } from '#src/content/compact'
import budget from '#src/content/package-budget.json'
import { GENERATED_HEADER } from './generated-files'

const root = join(import.meta.dirname, '..', '..')
const issuesDir = join(root, 'src', 'content', 'issues')
const fixturesRoot = join(root, 'tests', 'fixtures')
const fixturesDir = join(fixturesRoot, 'issues')
const contentGeneratedDir = join(root, 'src', 'content', 'generated')
const fixturesGeneratedDir = join(fixturesDir, 'generated')
// Build side only (scripts and tests read every issue in full; the app imports each issue from its own subpackage).
const buildGeneratedDir = join(root, 'scripts', 'build', 'content', 'generated')
const indexFile = join(buildGeneratedDir, 'issue-folders.ts')
const tablesIndexFile = join(buildGeneratedDir, 'annex-table-folders.ts')
const rulesIndexFile = join(contentGeneratedDir, 'rules.ts')
const headsIndexFile = join(contentGeneratedDir, 'heads.ts')
const catalogueFile = join(contentGeneratedDir, 'catalogue.json')
const subpackagesFile = join(contentGeneratedDir, 'subpackages.json')

export function issueFolderNames(dir = issuesDir): string[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}$/.test(name) && statSync(join(dir, name)).isDirectory())
    .sort()
    .reverse()
}

export function renderIndex(folders: string[]): string {
  const ident = (name: string) => `issue_${name.replace('-', '_')}`
  return [
    `${GENERATED_HEADER} The issue folders in src/content/issues, newest first.`,
    ...folders.map((name) => `import * as ${ident(name)} from '${importPath(buildGeneratedDir, join(contentGeneratedDir, name))}'`),
    '',
    `export const issueFolders = [${folders.map(ident).join(', ')}]`,
    '',
  ].join('\n')
}

function renderRulesIndex(folders: string[]): string {
  const ident = (name: string) => `rules_${name.replace('-', '_')}`
  return [
    `${GENERATED_HEADER} The issue folders with rule parameters.`,
    ...folders.map((name) => `import * as ${ident(name)} from './${name}/rules'`),
    '',
    `export const ruleFolders = [${folders.map(ident).join(', ')}]`,
    '',
  ].join('\n')
}

/**
 * The newest issue's head (the only issue whose titles and summaries the main package carries), and the newest
 * issue in the package with each kind of annex table (home's 乡镇办事清单 and 村里的项目 open its pages).
 */
function renderHeadsIndex(folders: string[]): string {
  const inPackage = folders.slice(0, budget.issuesInPackage)
  const newestWith = (kind: 'powers' | 'projects') => inPackage.find((name) => tablesOf(join(issuesDir, name))[kind])
  return [
    GENERATED_HEADER,
    "import type { IssueHead } from '../types'",
    `import head from './${folders[0]}/head.json'`,
    '',
    'export const newestIssueHead = head as IssueHead',
    '',
    "/** The issue whose annex table each of home's table buttons opens (none: no button). */",
    `export const tableIssues: { powers?: string; projects?: string } = ${JSON.stringify({ powers: newestWith('powers'), projects: newestWith('projects') })}`,
    '',
  ].join('\n')
}

/** Every older issue in the compact catalogue (src/content/compact.ts), newest first. */
function renderCatalogue(folders: string[]): string {
  const older = folders.slice(1).map((name) => JSON.parse(renderFolderHead(join(issuesDir, name))) as IssueHead)
  return `${JSON.stringify(compactCatalogue(older))}\n`
}

/** The issues shipped in the mini-program's package, newest first (package-budget.json); older ones are archived. */
function inPackageFolderNames(): string[] {
  return issueFolderNames().slice(0, budget.issuesInPackage)
}

/**
 * Each issue's head.json: the issue and, of each document, what the main package needs (to list it, open it from a
 * printed code and call about it). Key points, dates, annexes and notes stay in the issue's subpackage
 * (src/content/catalogue.ts).
 */
function renderFolderHead(folder: string): string {
  // The issue without its "$schema" (which only tells an editor where the file's JSON Schema is).
  const { $schema: _schemaRef, ...issue } = JSON.parse(readFileSync(join(folder, 'issue.json'), 'utf8')) as Record<string, unknown> & {
    documents: string[]
  }
  const documents = jsonIn(folder, 'documents').map(
    (name) => JSON.parse(readFileSync(join(folder, 'documents', name), 'utf8')) as Record<string, unknown>,
  )
  const listed = [
    ...issue.documents.flatMap((id) => documents.filter((doc) => doc.id === id)),
    ...documents.filter((doc) => !issue.documents.includes(doc.id as string)),
  ]
  const head = (doc: Record<string, unknown>) =>
    Object.fromEntries(DOCUMENT_HEAD_FIELDS.filter((field) => field in doc).map((field) => [field, doc[field]]))
  return `${JSON.stringify({ ...issue, documents: listed.map(head) })}\n`
}

function renderTablesIndex(folders: string[]): string {
  const ident = (name: string) => `tables_${name.replace('-', '_')}`
  return [
    `${GENERATED_HEADER} The issue folders with annex tables (tables/index.ts).`,
    `import type { PowerList, ProjectPlan } from '${importPath(buildGeneratedDir, join(root, 'src', 'content', 'types'))}'`,
    ...folders.map((name) => `import * as ${ident(name)} from '${importPath(buildGeneratedDir, join(issuesDir, name, 'tables'))}'`),
    '',
    `export const tableFolders: { powerList?: PowerList; projectPlans?: ProjectPlan[] }[] = [${folders.map(ident).join(', ')}]`,
    '',
  ].join('\n')
}

/** Issues with rule parameters: only they are imported by the tools (each with its head, for the citations). */
function ruleFolderNames(): string[] {
  return issueFolderNames().filter((name) => jsonIn(join(issuesDir, name), 'rules').length > 0)
}

function tableFolderNames(): string[] {
  return issueFolderNames().filter((name) => existsSync(join(issuesDir, name, 'tables', 'index.ts')))
}

const jsonIn = (folder: string, sub: string) =>
  existsSync(join(folder, sub))
    ? readdirSync(join(folder, sub))
        .filter((name) => name.endsWith('.json'))
        .sort()
    : []
const ident = (prefix: string, name: string) => `${prefix}_${name.replace(/\.json$/, '').replace(/[^a-zA-Z0-9]/g, '_')}`

/** A relative import path from a generated module's folder. */
function importPath(fromDir: string, target: string): string {
  // Product code reaches the test-only fixtures by their alias only (config/index.ts, tsconfig.json's paths).
  if (target.startsWith(fixturesRoot) && !fromDir.startsWith(fixturesRoot))
    return `@fixtures/${relative(fixturesRoot, target).replace(/\\/g, '/')}`
  const path = relative(fromDir, target).replace(/\\/g, '/')
  return path.startsWith('.') ? path : `./${path}`
}

const srcDir = join(root, 'src')

/** The import path of a module under src/ from a generated page: `#src/…` (package.json "imports"), as src/'s own
 * files import across folders; a module outside src/ (the test-only fixture issue) by its relative path. */
function pageImportPath(pageDir: string, target: string): string {
  const fromSrc = relative(srcDir, target).replace(/\\/g, '/')
  return fromSrc.startsWith('..') ? importPath(pageDir, target) : `#src/${fromSrc}`
}

const folderName = (folder: string) => folder.split(/[\\/]/).pop()!

/** Where an issue folder's generated modules go: src/content/generated/<id>, or tests/fixtures/issues/generated/<id>. */
function generatedFolderOf(folder: string): string {
  return join(folder.startsWith(fixturesDir) ? fixturesGeneratedDir : contentGeneratedDir, folderName(folder))
}

/** Each issue's index.ts: its documents handed to the loader, so people only ever edit JSON. */
function renderFolderIndex(folder: string): string {
  const documents = jsonIn(folder, 'documents')
  const out = generatedFolderOf(folder)
  return [
    `${GENERATED_HEADER} The documents of ${relative(root, folder)}.`,
    `import { loadIssue } from '${importPath(out, join(root, 'src', 'content', 'load'))}'`,
    `import issueFile from '${importPath(out, join(folder, 'issue.json'))}'`,
    ...documents.map((name) => `import ${ident('doc', name)} from '${importPath(out, join(folder, 'documents', name))}'`),
    '',
    `export const issue = loadIssue(issueFile, [${documents.map((name) => ident('doc', name)).join(', ')}])`,
    '',
  ].join('\n')
}

/** Each issue's rules.ts: its rule parameters and lists, their citations completed from the issue's head. */
function renderFolderRules(folder: string): string {
  const rules = jsonIn(folder, 'rules')
  const out = generatedFolderOf(folder)
  return [
    `${GENERATED_HEADER} The rule parameters of ${relative(root, folder)}.`,
    `import { loadRules } from '${importPath(out, join(root, 'src', 'content', 'load'))}'`,
    "import head from './head.json'",
    ...rules.map((name) => `import ${ident('rules', name)} from '${importPath(out, join(folder, 'rules', name))}'`),
    '',
    `export const { params, lists, tools } = loadRules([${rules.map((name) => ident('rules', name)).join(', ')}], head)`,
    '',
  ].join('\n')
}

/** Every issue folder, shipped and test-only, whose modules are generated. */
export function issueFolderPaths(): string[] {
  return [...issueFolderNames().map((name) => join(issuesDir, name)), ...fixtureFolderPaths()]
}

function fixtureFolderPaths(): string[] {
  return issueFolderNames(fixturesDir).map((name) => join(fixturesDir, name))
}

/** The issue folders that have a subpackage: the issues in the package, and the test-only ones. */
function subpackageFolderPaths(): string[] {
  return [...inPackageFolderNames().map((name) => join(issuesDir, name)), ...fixtureFolderPaths()]
}

const packagesDir = join(root, 'src', 'packages')

/** The subpackage of each issue: its generated pages. */
function subpackageOf(folder: string, withOriginal: Set<string>): { root: string; pages: string[] } {
  const subRoot = `packages/issue-${folderName(folder)}`
  const pages = issuePageFiles(folder, withOriginal)
    .map(([file]) => relative(join(root, 'src', subRoot), file).replace(/\\/g, '/'))
    .filter((path) => /^pages\/[^/]+\/index\.tsx$/.test(path))
    .map((path) => path.replace(/\.tsx$/, ''))
  return { root: subRoot, pages: pages.sort() }
}

function renderSubpackages(withOriginal: Set<string>): string {
  const shipped = inPackageFolderNames().map((name) => join(issuesDir, name))
  const of = (folder: string) => subpackageOf(folder, withOriginal)
  return `${JSON.stringify({ issues: shipped.map(of), fixtures: fixtureFolderPaths().map(of) }, null, 2)}\n`
}

/** A generated page of an issue's subpackage: a shared component over that issue's own data. */
function renderIssuePage(folder: string, page: string, name: string, imports: string[], element: string): string {
  const pageDir = join(packagesDir, `issue-${folderName(folder)}`, 'pages', page)
  return [
    `${GENERATED_HEADER} This issue's ${page} page.`,
    "import { guarded } from '#src/components/PageErrorBoundary'",
    ...imports.map((line) =>
      line
        .replace('<content>', pageImportPath(pageDir, generatedFolderOf(folder)))
        .replace('<tables>', pageImportPath(pageDir, join(folder, 'tables'))),
    ),
    '',
    `export default guarded(function ${name}() {`,
    `  return ${element}`,
    '})',
    '',
  ].join('\n')
}

const pageConfig = (title: string, share = true) =>
  `${GENERATED_HEADER}\nexport default definePageConfig({ navigationBarTitleText: '${title}'${share ? ', enableShareAppMessage: true' : ''} })\n`

/** This issue's 原文 and search entries, made searchable once, on the first query (the newest issue's search page). */
const SEARCH_INDEX = `${GENERATED_HEADER} The search entries of this issue (made at build time
// by scripts/build/search-entries.ts), looked up by bigram as queries come.
import { buildSearchIndex, type SearchEntry, type SearchIndex } from '#src/domain/search/search'
import entries from './search-entries.json'

let index: SearchIndex | undefined

export function searchIndex(): SearchIndex {
  index ??= buildSearchIndex(entries as SearchEntry[])
  return index
}
`
const FULLTEXT_INDEX = `${GENERATED_HEADER} This issue's 原文 search index: the text shipped at
// build time (original/search.json), made searchable once, on the first query.
import { loadFullTextIndex, type FullTextIndex, type ShippedText } from '#src/domain/search/fulltext'
import shipped from './original/search.json'

let index: FullTextIndex | undefined

export function fullTextIndex(): FullTextIndex {
  index ??= loadFullTextIndex(shipped as unknown as ShippedText)
  return index
}
`

/** What an issue's tables/index.ts exports (powerList, projectPlans). */
function tablesOf(folder: string): { powers: boolean; projects: boolean } {
  const file = join(folder, 'tables', 'index.ts')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  return { powers: /export const powerList\b/.test(text), projects: /export const projectPlans\b/.test(text) }
}

/**
 * The generated files of an issue's subpackage: its documents in full and its contents (every issue); its 原文
 * (the issues in `withOriginal`) and annex tables where it has them; and for the newest issue the search page with
 * its indexes.
 */
function issuePageFiles(folder: string, withOriginal: Set<string>): [string, string][] {
  const dir = join(packagesDir, `issue-${folderName(folder)}`)
  const pages = join(dir, 'pages')
  const files: [string, string][] = [
    [
      join(pages, 'doc', 'index.tsx'),
      renderIssuePage(
        folder,
        'doc',
        'IssueDocumentPage',
        ["import { DocumentPage } from '#src/page-bodies/DocumentPage'", "import { issue } from '<content>'"],
        '<DocumentPage issue={issue} />',
      ),
    ],
    [
      join(pages, 'doc', 'index.config.ts'),
      `${GENERATED_HEADER}\nexport default definePageConfig({ navigationBarTitleText: '文件详情', enableShareAppMessage: true, enableShareTimeline: true })\n`,
    ],
    [
      join(pages, 'issue', 'index.tsx'),
      renderIssuePage(
        folder,
        'issue',
        'IssueContentsPage',
        ["import { IssuePage } from '#src/page-bodies/IssuePage'", "import { issue } from '<content>'"],
        '<IssuePage issue={issue} />',
      ),
    ],
    [join(pages, 'issue', 'index.config.ts'), pageConfig('往期公报')],
  ]
  if (withOriginal.has(folderName(folder))) {
    files.push(
      [
        join(pages, 'original', 'index.tsx'),
        renderIssuePage(
          folder,
          'original',
          'IssueOriginalPage',
          [
            "import { OriginalPage } from '#src/page-bodies/OriginalPage'",
            "import { issue } from '<content>'",
            "import { originals } from '../../original'",
          ],
          '<OriginalPage issue={issue} originals={originals} />',
        ),
      ],
      [join(pages, 'original', 'index.config.ts'), pageConfig('原文')],
    )
  }
  const tables = tablesOf(folder)
  if (tables.powers) {
    files.push(
      [
        join(pages, 'powers', 'index.tsx'),
        renderIssuePage(
          folder,
          'powers',
          'IssuePowersPage',
          ["import { PowersPage } from '#src/page-bodies/PowersPage'", "import { powerList } from '<tables>'"],
          `<PowersPage issueId='${folderName(folder)}' list={powerList} />`,
        ),
      ],
      [join(pages, 'powers', 'index.config.ts'), pageConfig('乡镇（街道）权责清单')],
    )
  }
  if (tables.projects) {
    files.push(
      [
        join(pages, 'projects', 'index.tsx'),
        renderIssuePage(
          folder,
          'projects',
          'IssueProjectsPage',
          ["import { ProjectsPage } from '#src/page-bodies/ProjectsPage'", "import { projectPlans } from '<tables>'"],
          `<ProjectsPage issueId='${folderName(folder)}' projectPlans={projectPlans} />`,
        ),
      ],
      [join(pages, 'projects', 'index.config.ts'), pageConfig('涉农资金项目')],
    )
  }
  // Every issue has its source.txt, so the newest issue has its 原文 to search too.
  if (folderName(folder) === issueFolderNames()[0]) {
    files.push(
      [
        join(pages, 'search', 'index.tsx'),
        renderIssuePage(
          folder,
          'search',
          'IssueSearchPage',
          [
            "import { SearchPage } from '#src/page-bodies/SearchPage'",
            "import { searchIndex } from '../../search-index'",
            "import { fullTextIndex } from '../../fulltext-index'",
          ],
          '<SearchPage searchIndex={searchIndex} fullTextIndex={fullTextIndex} />',
        ),
      ],
      [join(pages, 'search', 'index.config.ts'), pageConfig('搜索', false)],
      [join(dir, 'search-index.ts'), SEARCH_INDEX],
      [join(dir, 'fulltext-index.ts'), FULLTEXT_INDEX],
    )
  }
  return files
}

/**
 * Every file this step generates (path → content): the lists of issues, rules and tables, the heads, the catalogue,
 * each issue's modules and the pages of each issue in the package. `withOriginal`: the issues whose 原文 the
 * original step builds (they get a 原文 page).
 */
export function indexFiles(withOriginal: Set<string>): Map<string, string> {
  const files = new Map<string, string>()
  const folders = issueFolderNames()
  files.set(indexFile, renderIndex(folders))
  files.set(rulesIndexFile, renderRulesIndex(ruleFolderNames()))
  files.set(headsIndexFile, renderHeadsIndex(folders))
  files.set(tablesIndexFile, renderTablesIndex(tableFolderNames()))
  files.set(catalogueFile, renderCatalogue(folders))
  for (const folder of issueFolderPaths()) {
    const out = generatedFolderOf(folder)
    files.set(join(out, 'index.ts'), renderFolderIndex(folder))
    files.set(join(out, 'rules.ts'), renderFolderRules(folder))
    files.set(join(out, 'head.json'), renderFolderHead(folder))
  }
  for (const folder of subpackageFolderPaths()) for (const [file, text] of issuePageFiles(folder, withOriginal)) files.set(file, text)
  files.set(subpackagesFile, renderSubpackages(withOriginal))
  return files
}
