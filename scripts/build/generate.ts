// `npm run generate`: every file made from the content, in one process and in order — the 原文 (original.ts), the
// modules and subpackage pages that hand the issue folders to the app (content-index.ts), the search entries
// (search-entries.ts), the archive's hashes (archive-data.ts) and the tools' titles (tool-titles.ts) — then the
// content check (content-check.ts). Idempotent: a second run writes nothing. Every build, dev run, start and test
// runs it; the output lives only in the generated folders (scripts/build/generated-files.ts).
//
//   npm run generate                         write, then check the content (exit 1 on a problem)
//   npm run generate -- --check              write nothing; exit 1 naming each generated file that differs from a
//                                            fresh generation (CI runs this before anything is rebuilt)
//   npm run generate -- --no-content-check   write only (the import, whose draft the check would refuse)
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as ArchiveStep from './archive-data'
import type * as IndexStep from './content-index'
import type * as CheckStep from './content-check'
import type * as Readable from './readable-content'
import type * as Files from './generated-files'
import type * as OriginalStep from './original-files'
import type * as SearchStep from './search-entries'
import type * as TitlesStep from './tool-titles'

export interface Generation {
  /** Every generated file: absolute path → content. */
  files: Map<string, string>
  /** What the 原文 step built, per issue. */
  lines: string[]
  /** Corrections that do not apply, documents without a text (content:check reports them with their lines). */
  problems: string[]
  /** The files written (or removed) on disk, relative to the project: none when nothing changed. */
  written: string[]
}

// The steps are loaded from the project being generated (a copy of the project generates its own files), and only
// when needed: the last three read the content through the modules the first two write.
const load = <T>(projectDir: string, script: string): Promise<T> =>
  import(pathToFileURL(join(projectDir, 'scripts', 'build', script)).href) as Promise<T>

/** The files the last three steps make from the content, loaded through the modules the first two generated. */
async function contentFiles(projectDir: string, readOriginal: (path: string) => string | undefined): Promise<Map<string, string>> {
  return new Map([
    ...(await load<typeof SearchStep>(projectDir, 'search-entries.ts')).searchEntryFiles(),
    ...(await load<typeof ArchiveStep>(projectDir, 'archive-data.ts')).archiveHashFiles(readOriginal),
    ...(await load<typeof TitlesStep>(projectDir, 'tool-titles.ts')).toolTitleFiles(),
  ])
}

/** What the project's content makes, when its generated modules on disk are stale and must stay so: made in a
 * scratch copy of the project (src, scripts, the fixtures) with the first two steps' files written there. */
async function contentFilesInScratch(projectDir: string, first: Map<string, string>): Promise<Map<string, string>> {
  const scratch = mkdtempSync(join(tmpdir(), 'lishi-generate-'))
  try {
    for (const part of ['src', 'scripts', join('tests', 'fixtures'), 'package.json', 'tsconfig.json'])
      cpSync(join(projectDir, part), join(scratch, part), { recursive: true })
    symlinkSync(realpathSync(join(projectDir, 'node_modules')), join(scratch, 'node_modules'))
    const inScratch = new Map([...first].map(([path, content]) => [join(scratch, relative(projectDir, path)), content]))
    ;(await load<typeof Files>(scratch, 'generated-files.ts')).writeGeneration(scratch, inScratch, { removeStale: false })
    const made = await contentFiles(scratch, (path) => inScratch.get(path))
    return new Map([...made].map(([path, content]) => [join(projectDir, relative(scratch, path)), content]))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

const onDisk = (files: Map<string, string>) =>
  [...files].every(([path, content]) => existsSync(path) && readFileSync(path, 'utf8') === content)

/** The generation, in memory; with `write`, also on disk (files that differ; the generated folders hold nothing else). */
export async function generation(projectDir: string, { write }: { write: boolean }): Promise<Generation> {
  // The fixture issue is compiled into test builds only; what is generated (and committed) is the shipped content.
  if (process.env.LISHI_CONTENT_FIXTURES === '1')
    throw new Error('npm run generate makes the shipped content: run it without LISHI_CONTENT_FIXTURES')
  const files = await load<typeof Files>(projectDir, 'generated-files.ts')
  const originalStep = await load<typeof OriginalStep>(projectDir, 'original-files.ts')
  const original = originalStep.originalFiles()
  const withOriginal = new Set(originalStep.issuesWithOriginalPage())
  const first = new Map([...original.files, ...(await load<typeof IndexStep>(projectDir, 'content-index.ts')).indexFiles(withOriginal)])
  // The last steps import the content through the modules just generated: written first, so they load these; when
  // nothing may be written and those on disk are stale, in a scratch copy.
  const written = write ? files.writeGeneration(projectDir, first, { removeStale: false }) : []
  const readOriginal = (path: string) => first.get(path)
  const rest = write || onDisk(first) ? await contentFiles(projectDir, readOriginal) : await contentFilesInScratch(projectDir, first)
  const generated = new Map([...first, ...rest])
  if (write) written.push(...files.writeGeneration(projectDir, generated, { removeStale: true }))
  return { files: generated, lines: original.lines, problems: original.problems, written }
}

/** Every generated file (path → content), made in memory; written to disk too with `write`. */
export async function generate(projectDir: string, options: { write: boolean }): Promise<Map<string, string>> {
  return (await generation(projectDir, options)).files
}

async function main(): Promise<number> {
  const projectDir = join(import.meta.dirname, '..', '..')
  // Nothing is generated from content a text editor left unreadable: the file and its line are named instead.
  const unreadable = (await load<typeof Readable>(projectDir, 'readable-content.ts')).unreadableContent(projectDir)
  if (unreadable.length > 0) {
    for (const line of unreadable) console.error(line)
    return 1
  }
  const files = await load<typeof Files>(projectDir, 'generated-files.ts')
  if (process.argv.includes('--check')) {
    const stale = files.differences(projectDir, await generate(projectDir, { write: false }))
    for (const difference of stale) console.error(files.describeDifference(difference))
    console.log(
      stale.length === 0 ? '生成的文件都是最新的。' : `${stale.length}个生成的文件和重新生成的不一致：运行 npm run generate，再提交。`,
    )
    return stale.length === 0 ? 0 : 1
  }
  const started = Date.now()
  const made = await generation(projectDir, { write: true })
  for (const line of made.lines) console.log(line)
  for (const file of made.written) console.log(`  ${file}`)
  console.log(`generate: ${made.files.size} files (${made.written.length} written), ${Date.now() - started} ms`)
  if (process.argv.includes('--no-content-check')) {
    for (const problem of made.problems) console.log(`问题：${problem}`)
    return 0
  }
  // The files were just written from the content, so the check looks at the content only.
  return (await load<typeof CheckStep>(projectDir, 'content-check.ts')).printContentCheck()
}

if (process.argv[1] === import.meta.filename) main().then((code) => process.exit(code))
