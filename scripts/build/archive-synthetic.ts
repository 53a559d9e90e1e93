// `npm run build:synthetic-archive -- <count> [--into <dir>] [--build]`: ten years of gazettes, made up, to prove the app
// scales. Makes a copy of the project (default dist/synthetic-<count>; never the working tree you commit from) and
// writes <count> issue folders shaped like the newest real one (the same documents, tables and text length) for
// the quarters before it: each issue's words vary a little (a few common words swapped for others that its text
// does not already use), its 文号 and ids are its own, and rule parameters are not copied (they would repeat the
// real ones). Then `npm run generate` (without the content check) writes the copy's modules and subpackage pages,
// 原文, search entries and archive hashes, so the copy builds as a project with that many issues; --build then
// builds its WeChat package, H5 app and site (what CI tests).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'

/** Words a synthetic issue may swap (each pair used only where the target word is absent from its text). */
const WORD_SWAPS: [string, string][] = [
  ['群众', '居民群众'],
  ['加强', '强化'],
  ['推进', '推动'],
  ['落实', '抓好'],
  ['农村', '乡村地区'],
  ['工作', '各项工作'],
  ['服务', '服务保障'],
  ['项目', '建设项目'],
]

/** The quarter `back` issues before year-number (quarterly: 4 a year). */
export function quarterBefore(year: number, number: number, back: number): { year: number; number: number } {
  const index = year * 4 + (number - 1) - back
  return { year: Math.floor(index / 4), number: (index % 4) + 1 }
}

const folderId = (year: number, number: number) => `${year}-${String(number).padStart(2, '0')}`

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]))
}

/**
 * The text of one file of the model issue, rewritten for the synthetic issue: its 文号 numbers and ids moved into
 * a range of their own (number × 100 + n), its year, and its swapped words.
 */
export function rewriteText(
  text: string,
  model: { year: number; docNumbers: number[] },
  target: { year: number; number: number; swaps: [string, string][] },
): string {
  const shift = (n: number) => target.number * 100 + n
  let out = text
  for (const n of model.docNumbers) {
    out = out.replace(new RegExp(`(离政办?发\\s*〔\\s*)${model.year}(\\s*〕\\s*)${n}(\\s*号)`, 'g'), `$1${target.year}$2${shift(n)}$3`)
    out = out.replace(new RegExp(`(lzb?f)${model.year}-${n}\\b`, 'g'), `$1${target.year}-${shift(n)}`)
  }
  out = out.replace(new RegExp(String(model.year), 'g'), String(target.year))
  for (const [from, to] of target.swaps) out = out.split(from).join(to)
  return out
}

/** Issues like the newest one: `count` quarters before it (the archive), or after it (the next issues, as a
 * clerk would import them — tests of publishing). */
export function generateSyntheticIssues(project: string, count: number, direction: 'older' | 'newer' = 'older'): string[] {
  const issuesDir = join(project, 'src', 'content', 'issues')
  const modelId = readdirSync(issuesDir)
    .filter((name) => /^\d{4}-\d{2}$/.test(name))
    .sort()
    .pop()!
  const modelDir = join(issuesDir, modelId)
  const modelIssue = JSON.parse(readFileSync(join(modelDir, 'issue.json'), 'utf8')) as { year: number; number: number; documents: string[] }
  const docNumbers = modelIssue.documents.map((id) => Number(/-(\d+)$/.exec(id)![1]))
  const modelText = filesUnder(modelDir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  const made: string[] = []
  for (let step = 1; step <= count; step++) {
    const back = direction === 'older' ? step : -step
    const { year, number } = quarterBefore(modelIssue.year, modelIssue.number, back)
    const id = folderId(year, number)
    const swaps = WORD_SWAPS.filter((pair, index) => (step >> index) % 2 === 1 && !modelText.includes(pair[1]))
    const target = { year, number, swaps }
    const dir = join(issuesDir, id)
    rmSync(dir, { recursive: true, force: true })
    for (const file of filesUnder(modelDir)) {
      const path = relative(modelDir, file)
      if (path.startsWith('rules/')) continue
      const out = join(dir, rewriteText(path, { year: modelIssue.year, docNumbers }, target))
      mkdirSync(join(out, '..'), { recursive: true })
      writeFileSync(out, rewriteText(readFileSync(file, 'utf8'), { year: modelIssue.year, docNumbers }, target))
    }
    const issue = JSON.parse(readFileSync(join(dir, 'issue.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(
      join(dir, 'issue.json'),
      `${JSON.stringify({ ...issue, id, number, totalNumber: Number(issue.totalNumber) - back, publishedOn: `${year}-${String(number * 3).padStart(2, '0')}-28` }, null, 2)}\n`,
    )
    mkdirSync(join(dir, 'rules'), { recursive: true })
    made.push(id)
  }
  generateIn(project)
  return made
}

/** `npm run generate` in the copy; the synthetic issues' rules are not copied (see above), so no content check. */
function generateIn(project: string): void {
  const run = spawnSync('npx', ['tsx', join('scripts', 'build', 'generate.ts'), '--no-content-check'], { cwd: project, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`generate: ${run.stdout}${run.stderr}`)
}

const root = join(import.meta.dirname, '..', '..')
const PROJECT_PARTS = [
  'src',
  'scripts',
  'config',
  'tests/fixtures',
  'package.json',
  'tsconfig.json',
  'babel.config.js',
  'project.config.json',
  'deploy',
]

/** Makes `dir` (emptied first) a copy of this project, sharing node_modules, whose issues are the real ones and
 * `older` synthetic ones before them, ready to build. */
export function syntheticProject(dir: string, older: number): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const part of PROJECT_PARTS) cpSync(join(root, part), join(dir, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  if (older > 0) generateSyntheticIssues(dir, older)
  else generateIn(dir)
  return dir
}

/** Builds the copy as CI does: the WeChat package, then the H5 app and the site (with the archive's files). */
function buildProject(dir: string): void {
  for (const [command, args] of [
    ['npx', ['taro', 'build', '--type', 'weapp']],
    ['npx', ['taro', 'build', '--type', 'h5']],
    ['npx', ['tsx', join('scripts', 'build', 'build-site.ts')]],
  ] as [string, string[]][]) {
    const run = spawnSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stdout.slice(-3000)}${run.stderr.slice(-3000)}`)
  }
}

if (process.argv[1]?.endsWith('archive-synthetic.ts')) {
  const count = Number(process.argv[2])
  const intoAt = process.argv.indexOf('--into')
  const project = intoAt > 0 ? process.argv[intoAt + 1] : join(root, 'dist', `synthetic-${count}`)
  if (!Number.isInteger(count) || count < 1 || !project) {
    console.error('用法：npm run build:synthetic-archive -- <期数> [--into <项目副本目录>] [--build]（默认副本：dist/synthetic-<期数>）')
    process.exit(1)
  }
  syntheticProject(project, count)
  console.log(`${count} synthetic issues before the real ones in ${project}`)
  if (process.argv.includes('--build')) {
    buildProject(project)
    console.log(`built: ${join(project, 'dist', 'weapp')}, ${join(project, 'dist', 'site')}`)
  }
}
