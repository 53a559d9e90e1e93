// The next issue, published the way the 公报室 publishes it, in a copy of the project (dist/next-issue): the tests'
// next issue (tests/fixtures/next-issue) imported with `npm run content:import`, then a scripted reviewer accepts every draft
// the import made and writes only what content:check lists for a person (its answers, as a clerk would type them,
// are tests/fixtures/next-issue/reviewer.json), then content:check must pass and the copy is built for WeChat, H5
// and the site — without a line of TypeScript changed. `npx tsx tests/support/next-issue-project.ts [--build]`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { syntheticProject } from '../../scripts/build/archive-synthetic'
import { TO_FILL } from '../../scripts/build/content/checks'
import { nextIssueFile } from '../fixtures/next-issue/make'

const root = join(import.meta.dirname, '..', '..')
export const nextIssueProject = join(root, 'dist', 'next-issue')
export const NEXT_ISSUE_ID = '2023-03'
const reviewerFile = join(root, 'tests', 'fixtures', 'next-issue', 'reviewer.json')

/** What the reviewer writes: per file (relative to the issue folder), per field path, the value. */
type ReviewerAnswers = Record<string, Record<string, unknown>>

function run(dir: string, args: string[]): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: dir, encoding: 'utf8' })
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` }
}

type Json = Record<string, unknown> | unknown[]

/** The marks of what the import drafted: a rule's `review`, a document's or table's `drafts`, a correction's `draft`. */
const DRAFT_MARKS = ['review', 'drafts', 'draft']

/** Every draft accepted as a clerk accepts it: its mark removed, the drafted value kept. Returns how many. */
function acceptDrafts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + acceptDrafts(item), 0)
  if (value === null || typeof value !== 'object') return 0
  const record = value as Record<string, unknown>
  let accepted = 0
  for (const mark of DRAFT_MARKS) {
    if (!(mark in record)) continue
    const drafted = record[mark]
    accepted += mark === 'drafts' && drafted !== null && typeof drafted === 'object' ? Object.keys(drafted).length : 1
    delete record[mark]
  }
  for (const child of Object.values(record)) accepted += acceptDrafts(child)
  return accepted
}

/** The paths of the fields still marked 【待填写】 (a.b[0].c). */
export function fieldsToWrite(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.startsWith(TO_FILL) ? [path] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsToWrite(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => fieldsToWrite(child, path ? `${path}.${key}` : key))
}

function setAt(target: Json, path: string, value: unknown): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '')
  let node = target as Record<string, unknown>
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys[keys.length - 1]] = value
}

export interface ReviewOutcome {
  accepted: number
  written: number
  /** Fields the import left to a person that the reviewer has no answer for. */
  unanswered: string[]
  /** Answers for fields the import did not leave to a person (the reviewer wrote nothing else). */
  unasked: string[]
}

/** The scripted reviewer: accepts the import's drafts, writes the reviewer's answers to the fields left to a person. */
export function review(dir: string): ReviewOutcome {
  const folder = join(dir, 'src', 'content', 'issues', NEXT_ISSUE_ID)
  const answers = JSON.parse(readFileSync(reviewerFile, 'utf8')) as ReviewerAnswers
  const outcome: ReviewOutcome = { accepted: 0, written: 0, unanswered: [], unasked: [] }
  const files = [
    'issue.json',
    ...['documents', 'rules', 'corrections', 'tables'].flatMap((sub) =>
      (existsSync(join(folder, sub)) ? readdirSync(join(folder, sub)) : [])
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${sub}/${name}`),
    ),
  ]
  for (const name of files) {
    const file = join(folder, name)
    const data = JSON.parse(readFileSync(file, 'utf8')) as Json
    outcome.accepted += acceptDrafts(data)
    const asked = fieldsToWrite(data)
    for (const path of asked) {
      const answer = answers[name]?.[path]
      if (answer === undefined) outcome.unanswered.push(`${name}: ${path}`)
      else {
        setAt(data, path, answer)
        outcome.written++
      }
    }
    for (const path of Object.keys(answers[name] ?? {})) if (!asked.includes(path)) outcome.unasked.push(`${name}: ${path}`)
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  }
  return outcome
}

/** The copy with the next issue imported and reviewed; throws with the tool's own output when a step fails. */
export function makeNextIssueProject(dir = nextIssueProject): { importLines: string[]; review: ReviewOutcome } {
  syntheticProject(dir, 0)
  const imported = run(dir, [join('scripts', 'build', 'import.ts'), nextIssueFile])
  if (imported.status !== 0) throw new Error(`import: ${imported.output}`)
  const reviewed = review(dir)
  if (reviewed.unanswered.length > 0 || reviewed.unasked.length > 0) {
    throw new Error(`reviewer: no answer for ${reviewed.unanswered.join(', ')}; answers nobody asked for: ${reviewed.unasked.join(', ')}`)
  }
  // npm run generate: the copy's generated files, then the content check, which must pass.
  const generated = run(dir, [join('scripts', 'build', 'generate.ts')])
  if (generated.status !== 0) throw new Error(`generate: ${generated.output}`)
  return { importLines: imported.output.split('\n'), review: reviewed }
}

/** Builds the copy as CI builds the product: WeChat, H5 and the site. */
export function buildNextIssueProject(dir = nextIssueProject): void {
  for (const args of [
    ['taro', 'build', '--type', 'weapp'],
    ['taro', 'build', '--type', 'h5'],
    ['tsx', join('scripts', 'build', 'build-site.ts')],
  ]) {
    const step = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    if (step.status !== 0) throw new Error(`${args.join(' ')}: ${step.stdout.slice(-3000)}${step.stderr.slice(-3000)}`)
  }
}

if (process.argv[1]?.endsWith('next-issue-project.ts')) {
  const { review: outcome } = makeNextIssueProject()
  console.log(
    `next issue reviewed in ${nextIssueProject}: ${outcome.accepted} drafts accepted, ${outcome.written} fields written by the reviewer`,
  )
  if (process.argv.includes('--build')) {
    buildNextIssueProject()
    console.log(`built: ${join(nextIssueProject, 'dist')}`)
  }
}
