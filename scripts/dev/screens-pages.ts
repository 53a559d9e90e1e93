// The screenshots `npm run dev:screens` takes: every page of app.config.ts, in each state a person reaches it in, with the
// ids taken from the content (src/content/issues/<id>/issue.json) and the tools' registries, so the list holds for the
// next issue. A page app.config.ts lists that no rule below knows is still shot once, bare, with a warning.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { calculators } from '#src/domain/calculators'
import { selfChecks } from '#src/domain/selfcheck'

export interface Shot {
  /** File name without .png: unique, stable across runs and code moves. */
  name: string
  /** Path and query opened on the served build. */
  path: string
  width: number
  /** 大字 (care mode) on. */
  large: boolean
  /** A first visit: nothing stored (the 大字 question shows); otherwise the question counts as answered. */
  firstVisit: boolean
}

interface IssueContent {
  id: string
  documents: string[]
  topics: string[]
}

const root = join(import.meta.dirname, '..', '..')
const issuesDir = join(root, 'src', 'content', 'issues')

/** The issues in the content folder, newest first (ids are YYYY-NN). */
function readIssues(): IssueContent[] {
  return readdirSync(issuesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const issue = JSON.parse(readFileSync(join(issuesDir, entry.name, 'issue.json'), 'utf8')) as { id: string; documents: string[] }
      const firstDoc = JSON.parse(readFileSync(join(issuesDir, entry.name, 'documents', `${issue.documents[0]}.json`), 'utf8')) as {
        topics?: string[]
      }
      return { id: issue.id, documents: issue.documents, topics: firstDoc.topics ?? [] }
    })
    .sort((a, b) => b.id.localeCompare(a.id))
}

/** The page paths of app.config.ts (main package and subpackages), without a leading slash. */
async function appPages(): Promise<string[]> {
  // app.config.ts calls Taro's build-time global; the fixture issue is for test builds only.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  delete process.env.LISHI_CONTENT_FIXTURES
  const { default: config } = (await import('#src/app.config')) as unknown as {
    default: { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
  }
  return [...config.pages, ...(config.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
}

/** A document id of the newest issue's series one past its highest number: what a newer issue's printed code carries. */
function beyondNewest(docIds: string[]): string {
  const [, series, year, number] = docIds.map((id) => /^([a-z]+)(\d{4})-(\d+)$/.exec(id)).find(Boolean) ?? []
  const highest = Math.max(
    ...docIds.filter((id) => id.startsWith(`${series}${year}-`)).map((id) => Number(id.split('-')[1])),
    Number(number),
  )
  return `${series}${year}-${highest + 1}`
}

const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`

/** The states of one page (name suffix and query), or undefined when no rule knows the page. */
function statesOf(page: string, issues: IssueContent[]): [string, string][] | undefined {
  const newest = issues[0]
  const issueOf = /^packages\/issue-(.+)\/pages\//.exec(page)?.[1]
  const issue = issues.find((each) => each.id === issueOf)
  if (issueOf && !issue) return [] // a test-only fixture issue
  const kind = page
    .replace(/^packages\/[^/]+\//, '')
    .replace(/^pages\//, '')
    .replace(/\/index$/, '')
  const area = page.startsWith('packages/') ? page.split('/')[1].replace(/^issue-.*/, 'issue') : 'main'
  switch (`${area}:${kind}`) {
    case 'main:index':
      return [['home', '']]
    case 'main:doc':
      return [
        ['printed-code', q('id', newest.documents[0])],
        ['printed-code-unknown', q('id', 'not-a-document')],
        ['printed-code-newer-issue', q('id', beyondNewest(newest.documents))],
      ]
    case 'main:contacts':
      return [['contacts', '']]
    case 'main:calc':
      return [['printed-calc-code', q('id', calculators[0].id)]]
    case 'main:notfound':
      return [['notfound', '']]
    case 'issue:doc':
      return issue!.documents.map((id) => [`doc-${id}`, q('id', id)])
    case 'issue:issue':
      return [['contents', '']]
    case 'issue:original':
      return [['original', q('id', issue!.documents[0])]]
    case 'issue:powers':
      return [['powers', '']]
    case 'issue:projects':
      return [['projects', '']]
    case 'issue:search':
      return [
        ['search-empty', ''],
        ['search-query', q('kw', issue!.topics[0] ?? issue!.documents[0])],
      ]
    case 'tools:calc':
      return [['calc-list', ''], ...calculators.map((calc): [string, string] => [`calc-${calc.id}`, q('id', calc.id)])]
    case 'tools:rates':
      return [['rates', '']]
    case 'tools:check':
      return [['check', '']]
    case 'tools:selfcheck':
      return [['selfcheck-list', ''], ...selfChecks.map((check): [string, string] => [`selfcheck-${check.id}`, q('id', check.id)])]
    case 'archive:doc':
      return [['archive-doc-unknown', q('id', 'not-a-document')]]
    case 'archive:issue':
      return [['archive-issue-unknown', q('issue', 'no-such-issue')]]
    case 'archive:newer':
      return [['archive-newer', q('id', beyondNewest(newest.documents))]]
    default:
      return undefined
  }
}

/** Shots also taken at 320 px and in 大字 (375 and 320). */
const CARE_SHOTS = ['home', 'contents', 'contacts', 'calc-list', 'check', 'search-empty', 'search-query']

export async function screenshotList(): Promise<{ shots: Shot[]; unknownPages: string[] }> {
  const issues = readIssues()
  const shots: Shot[] = []
  const unknownPages: string[] = []
  const add = (name: string, path: string, width = 375, large = false, firstVisit = false) =>
    shots.push({ name, path, width, large, firstVisit })
  for (const page of await appPages()) {
    const issueOf = /^packages\/issue-(.+?)\//.exec(page)?.[1]
    const prefix = issueOf && issueOf !== issues[0].id ? `issue-${issueOf}-` : ''
    let states = statesOf(page, issues)
    if (!states) {
      unknownPages.push(page)
      states = [[page.replace(/\//g, '_'), '']]
    }
    for (const [name, query] of states) add(`${prefix}${name}`, `/${page}${query ? `?${query}` : ''}`)
  }
  add('unknown-path', '/pages/nothing/here')
  add('home-first-visit', '/pages/index/index', 375, false, true)
  // One document and one calculator and self-check of each kind in care mode too: the first of each.
  const care = [...CARE_SHOTS, `doc-${issues[0].documents[0]}`, `calc-${calculators[0].id}`, `selfcheck-${selfChecks[0].id}`]
  for (const name of care) {
    const shot = shots.find((each) => each.name === name)
    if (!shot) throw new Error(`care shot ${name}: no such screenshot`)
    add(`${name}@320`, shot.path, 320)
    add(`${name}@large`, shot.path, 375, true)
    add(`${name}@large@320`, shot.path, 320, true)
  }
  const names = new Set(shots.map((shot) => shot.name))
  if (names.size !== shots.length) throw new Error('two screenshots share a name')
  return { shots, unknownPages }
}
