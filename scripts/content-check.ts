// `npm run content:check`: validate every issue's content before a build. One line per problem; exit 1 if any.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { issues } from '../src/content'
import { allParams } from '../src/content/rules'
import { powerLists, projectPlans } from '../src/content/tables'
import { checkContent, formatProblem, type Problem } from '../src/content/check'
import type { GazetteDocument, RuleParameter } from '../src/content/types'
import { calculators } from '../src/domain/calculators'
import { selfChecks } from '../src/domain/selfcheck'
import { GUIDES } from '../src/domain/eligibility/guides'
import { indexIsCurrent } from './content-index'
import { entriesAreCurrent } from './search-entries'

const root = join(import.meta.dirname, '..')

function issueFolder(issueId: string): string {
  const shipped = join(root, 'src', 'content', 'issues', issueId)
  return existsSync(shipped) ? shipped : join(root, 'tests', 'fixtures', 'issues', issueId)
}

const requireModule = createRequire(import.meta.url)

/**
 * The file each content object was written in, found by loading every module of the issue folders and matching
 * the objects they export: a message then names the file a person changed, whatever its id says now.
 */
function filesOfContent(): Map<object, string> {
  const files = new Map<object, string>()
  const folders = [join(root, 'src', 'content', 'issues'), join(root, 'tests', 'fixtures', 'issues')]
  for (const issuesDir of folders) {
    for (const issueId of existsSync(issuesDir) ? readdirSync(issuesDir) : []) {
      for (const sub of ['documents', 'rules']) {
        const dir = join(issuesDir, issueId, sub)
        if (!existsSync(dir)) continue
        for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts')) {
          const file = join(dir, name)
          for (const value of Object.values(requireModule(file) as Record<string, unknown>)) {
            for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object' && !files.has(item)) files.set(item, relative(root, file))
          }
        }
      }
    }
  }
  return files
}

export function runContentCheck(): Problem[] {
  const files = filesOfContent()
  const problems = checkContent({
    issues,
    params: allParams,
    links: [
      ...calculators.map((c) => ({ from: `src/domain/calculators（${c.id}）`, docIds: c.docIds })),
      ...selfChecks.map((s) => ({ from: `src/domain/selfcheck（${s.id}）`, docIds: [s.docId] })),
      { from: 'src/domain/eligibility/guides.ts', docIds: Object.values(GUIDES).map((g) => g.docId) },
    ],
    fileOf: (issueId, doc?: GazetteDocument) => (doc && files.get(doc)) ?? relative(root, join(issueFolder(issueId), doc ? 'index.ts' : 'issue.ts')),
    paramFile: (param: RuleParameter) => files.get(param) ?? 'src/content/issues/*/rules',
    sourceOf: (issueId) => {
      const file = join(issueFolder(issueId), 'source.txt')
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined
    },
    sourceFile: (issueId) => relative(root, join(issueFolder(issueId), 'source.txt')),
    powerLists,
    projectPlans,
    tablesFile: (docId) => {
      const issueId = issues.find((issue) => issue.documents.some((doc) => doc.id === docId))?.id ?? '?'
      return relative(root, join(issueFolder(issueId), 'tables'))
    },
  })
  if (!indexIsCurrent()) {
    problems.push({ file: 'src/content/issues/index.ts', field: 'issueFolders', message: '和 issues 下的文件夹不一致，请运行 npm run content:index' })
  }
  if (process.env.LISHI_CONTENT_FIXTURES !== '1' && !entriesAreCurrent()) {
    problems.push({ file: 'src/packages/tables/search-entries.json', field: '(全部)', message: '和内容不一致，请运行 npm run search:entries' })
  }
  return problems
}

if (process.argv[1]?.endsWith('content-check.ts')) {
  const problems = runContentCheck()
  for (const problem of problems) console.error(formatProblem(problem))
  const docCount = issues.reduce((sum, issue) => sum + issue.documents.length, 0)
  console.log(problems.length === 0 ? `内容检查通过：${issues.length}期、${docCount}份文件、${allParams.length}个补助参数。` : `内容检查发现${problems.length}个问题。`)
  process.exit(problems.length === 0 ? 0 : 1)
}
