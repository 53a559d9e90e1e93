// `npm run content:check`: validate every issue's content, and that the generated files are what a generation made
// in memory now gives (before anything is rewritten). One line per problem; exit 1 if any. `npm run generate` runs
// the same check on the content right after writing the generated files.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fullIssues } from './content/issues'
import { allLists, allParams, allTools } from '#src/content/rules-in-force'
import { powerLists, projectPlans } from './content/annex-tables'
import { checkContent, draftMessage, formatProblem, REVIEW, REVIEW_WHERE, reviewByHand, TO_FILL, type Problem } from './content/checks'
import { contentFileKind, fieldOfPath, validateContentFile, type ContentProblem } from '#src/content/schema'
import type { Review } from './import/carry-forward'
import { lineOfField } from './content/json-lines'
import type { GazetteDocument } from '#src/content/types'
import { calculators } from '#src/domain/calculators'
import { selfChecks } from '#src/domain/selfcheck'
import { issueFolderPaths } from './content-index'
import { listingProblems } from '#src/content/load'
import { buildIssueOriginals, issueFoldersWithSource } from './original-files'
import { generate } from './generate'
import { differences } from './generated-files'
import type { OriginalDocument } from '#src/content/original-document'

const root = join(import.meta.dirname, '..', '..')

function issueFolder(issueId: string): string {
  const shipped = join(root, 'src', 'content', 'issues', issueId)
  return existsSync(shipped) ? shipped : join(root, 'tests', 'fixtures', 'issues', issueId)
}

const requireModule = createRequire(import.meta.url)

const contentFolders = [join(root, 'src', 'content', 'issues'), join(root, 'tests', 'fixtures', 'issues')]

/** The data files of an issue folder, by their path in it (issue.json, documents/…, rules/…, corrections/…, tables/…). */
function dataFilesOf(folder: string): string[] {
  const inSub = (sub: string) =>
    existsSync(join(folder, sub))
      ? readdirSync(join(folder, sub))
          .filter((name) => name.endsWith('.json'))
          .map((name) => `${sub}/${name}`)
      : []
  return [
    ...(existsSync(join(folder, 'issue.json')) ? ['issue.json'] : []),
    ...['documents', 'rules', 'corrections', 'tables'].flatMap(inSub),
  ]
}

/** A shape problem as a line of the report: a field missing at the top of the file points at its first line. */
function shapeProblem(file: string, problem: ContentProblem): Problem {
  return { file, field: fieldOfPath(problem.path) || '(全部)', message: problem.message, line: problem.path.length <= 1 ? 1 : undefined }
}

/**
 * The shape of every data file against its schema (src/content/schema.ts). A file of the wrong shape is reported
 * field by field (here, or by checkContent for the issue and its documents, which it is given as objects), and
 * nothing read from it is checked further (its facts would only repeat the problem, or could not be read at all):
 * `wrongShape` holds the files and folders to skip.
 */
function shapesOfContent(): { problems: Problem[]; wrongShape: Set<string> } {
  const problems: Problem[] = []
  const wrongShape = new Set<string>()
  for (const issuesDir of contentFolders) {
    for (const issueId of existsSync(issuesDir) ? readdirSync(issuesDir).filter((name) => /^\d{4}-\d{2}$/.test(name)) : []) {
      const folder = join(issuesDir, issueId)
      for (const path of dataFilesOf(folder)) {
        const kind = contentFileKind(path)
        if (!kind) continue
        const file = relative(root, join(folder, path))
        const shape = validateContentFile(kind, requireModule(join(folder, path)))
        if (shape.length === 0) continue
        // checkContent reports the issue's and its documents' shape itself (it is given them, not their files).
        if (kind !== 'issue' && kind !== 'document') problems.push(...shape.map((problem) => shapeProblem(file, problem)))
        wrongShape.add(file)
        // What is read from the file is found by its folder where checkContent knows no file (tables, id-less rules).
        wrongShape.add(relative(root, join(folder, path.split('/')[0])))
      }
    }
  }
  return { problems, wrongShape }
}

/**
 * The file each document and rule parameter was written in: documents by the object their JSON file loads as (a
 * message then names the file a person changed, whatever its id says now), parameters by their id.
 */
function filesOfContent(wrongShape: Set<string>): { documents: Map<object, string>; params: Map<string, string>; todos: Problem[] } {
  const todos: Problem[] = []
  const documents = new Map<object, string>()
  const params = new Map<string, string>()
  const folders = contentFolders
  const jsonIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith('.json'))
          .map((name) => join(dir, name))
      : []
  for (const issuesDir of folders) {
    for (const issueId of existsSync(issuesDir) ? readdirSync(issuesDir) : []) {
      for (const file of jsonIn(join(issuesDir, issueId, 'documents'))) documents.set(requireModule(file) as object, relative(root, file))
      for (const file of jsonIn(join(issuesDir, issueId, 'rules'))) {
        type Reviewed = { review?: Review }
        const rules = requireModule(file) as {
          todo?: unknown
          params?: ({ id?: unknown } & Reviewed)[]
          lists?: Record<string, Reviewed>
          tools?: Record<string, Reviewed>
        }
        const shown = relative(root, file)
        const broken = wrongShape.has(shown)
        if (!broken && typeof rules.todo === 'string' && rules.todo.includes(TO_FILL))
          todos.push({ file: shown, field: 'todo', message: `还没有填写：${rules.todo.replace(TO_FILL, '').trim()}。` })
        const at = (id: string, item: Reviewed, field: string) => {
          params.set(`${issueId}/${id}`, shown)
          if (item.review && !broken) todos.push({ file: shown, field: `${field}.review`, message: reviewMessage(item.review) })
        }
        for (const param of rules.params ?? []) if (typeof param.id === 'string') at(param.id, param, param.id)
        for (const [id, list] of Object.entries(rules.lists ?? {})) at(id, list, `lists.${id}`)
        for (const [id, tool] of Object.entries(rules.tools ?? {})) at(`tool:${id}`, tool, `tools.${id}`)
      }
      const tablesHead = join(issuesDir, issueId, 'tables', 'tables.json')
      if (existsSync(tablesHead) && !wrongShape.has(relative(root, tablesHead))) {
        const drafts = (requireModule(tablesHead) as { drafts?: Record<string, unknown> }).drafts ?? {}
        for (const [key, from] of Object.entries(drafts))
          todos.push({ file: relative(root, tablesHead), field: `drafts.${key}`, message: draftMessage(String(from), 'drafts 里的这一行') })
      }
      for (const file of jsonIn(join(issuesDir, issueId, 'corrections'))) {
        if (wrongShape.has(relative(root, file))) continue
        const corrections = (requireModule(file) as { corrections?: { draft?: unknown }[] }).corrections ?? []
        corrections.forEach((correction, index) => {
          if (typeof correction.draft === 'string')
            todos.push({
              file: relative(root, file),
              field: `corrections[${index}]`,
              message: draftMessage(correction.draft, 'draft 这一行'),
            })
        })
      }
    }
  }
  return { documents, params, todos }
}

/** 待审核: what the import carried forward, with what it was, for a person to confirm. */
function reviewMessage(review: Review): string {
  return `${REVIEW}${review.check}。上一期（${review.issue}，${review.docId}）原文：“${review.words}”。${REVIEW_WHERE}对照两期原文核对，无误就点“确认”${reviewByHand('review 这一项')}。`
}

/** issue.json's list of documents against the files in documents/. */
function listingOf(folder: string): Problem[] {
  const issueFile = join(folder, 'issue.json')
  const docsDir = join(folder, 'documents')
  if (!existsSync(issueFile) || !existsSync(docsDir)) return []
  const files = readdirSync(docsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(docsDir, name))
  const { missing, unlisted } = listingProblems(
    requireModule(issueFile),
    files.map((file) => requireModule(file)),
  )
  return [
    ...missing.map((id) => ({
      file: relative(root, issueFile),
      field: 'documents',
      message: `这里列出了“${id}”，但 documents 文件夹里没有 ${id}.json：请加上这份文件，或者从这个列表里删掉“${id}”。`,
    })),
    ...unlisted.map((id) => ({
      file: relative(
        root,
        files.find((file) => (requireModule(file) as { id?: string }).id === id)!,
      ),
      field: 'id',
      message: `“${id}”没有列在 issue.json 的 documents 里：请按目录顺序把“${id}”加进去，或者删掉这份文件。`,
    })),
  ]
}

/** The line of each problem in a JSON file, so a person finds it. */
function withLines(problems: Problem[]): Problem[] {
  const texts = new Map<string, string>()
  return problems.map((problem) => {
    if (!problem.file.endsWith('.json') || !existsSync(join(root, problem.file))) return problem
    if (!texts.has(problem.file)) texts.set(problem.file, readFileSync(join(root, problem.file), 'utf8'))
    return { ...problem, line: lineOfField(texts.get(problem.file)!, problem.field) ?? problem.line }
  })
}

/** Each document's 原文 built from its issue's source.txt and corrections, and the corrections that do not apply. */
function originalsOfContent(wrongShape: Set<string>): { originals: Map<string, OriginalDocument>; problems: Problem[] } {
  const originals = new Map<string, OriginalDocument>()
  const problems: Problem[] = []
  const folders = issueFoldersWithSource()
  for (const { folder, issueId } of folders) {
    // A corrections file of the wrong shape cannot be applied: the issue's 原文 is not built (its shape is reported).
    if (wrongShape.has(relative(root, join(folder, 'corrections')))) continue
    const built = buildIssueOriginals(folder, issueId)
    for (const doc of built.documents) originals.set(doc.id, doc)
    for (const problem of built.problems) {
      const [file, field, ...message] = problem.split(': ')
      problems.push({
        file: relative(root, join(folder, file)),
        field: message.length > 0 ? field : '(全部)',
        message: message.length > 0 ? message.join(': ') : field,
      })
    }
  }
  return { originals, problems }
}

const ISSUES_FOLDER = 'src/content/issues'

/** What each generated file is, in the words of the office (content:check never names a generated file to fix). */
function generatedKind(file: string): string {
  if (file.includes('/original/') || file.includes('original-issues')) return '原文页（按 source.txt 和 corrections 里的改正生成）'
  if (file.endsWith('search-entries.json')) return '搜索用的条目（按最新一期的内容生成）'
  if (file.includes('tool-titles')) return '计算器和自查的标题清单（按 rules 文件里的 tools 生成）'
  return 'App 读内容用的索引和页面（按 issues 下的文件夹和 JSON 文件生成）'
}

/** Generated files that differ from a generation made now: what they are, why, and that nobody edits them. */
function staleGenerated(generated: Map<string, string>): Problem[] {
  const kinds = [...new Set(differences(root, generated).map((difference) => generatedKind(difference.file)))]
  return kinds.map((kind) => ({
    file: ISSUES_FOLDER,
    field: '(自动生成的文件)',
    message: `${kind}和现在的内容对不上：改了内容还没有重新生成，或者有人手改了生成的文件（手改的会被覆盖，要改请改 issues 下的文件）。不用手改：构建时会自动重新生成；只想检查的话，运行 npm run generate，它重新生成后会再检查一遍。`,
  }))
}

/**
 * Every problem of the content; with `generated` (a generation made in memory from the content on disk), also the
 * generated files on disk that differ from it.
 */
export function runContentCheck(generated?: Map<string, string>): Problem[] {
  const shapes = shapesOfContent()
  const files = filesOfContent(shapes.wrongShape)
  const built = originalsOfContent(shapes.wrongShape)
  const texts = new Map<string, string>()
  const textOf = (file: string) => {
    if (!texts.has(file))
      texts.set(file, file.endsWith('.json') && existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '')
    return texts.get(file)!
  }
  const problems = checkContent({
    issues: fullIssues,
    params: allParams,
    lists: allLists,
    tools: allTools,
    toolIds: [...calculators, ...selfChecks].map((tool) => tool.id),
    selfCheckIds: selfChecks.map((check) => check.id),
    fileOf: (issueId, doc?: GazetteDocument) =>
      (doc && files.documents.get(doc)) ?? relative(root, join(issueFolder(issueId), doc ? 'documents' : 'issue.json')),
    paramFile: (issueId, id) => files.params.get(`${issueId}/${id}`) ?? relative(root, join(issueFolder(issueId), 'rules')),
    sourceOf: (issueId) => {
      const file = join(issueFolder(issueId), 'source.txt')
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined
    },
    sourceFile: (issueId) => relative(root, join(issueFolder(issueId), 'source.txt')),
    powerLists,
    projectPlans,
    tablesFile: (docId) => {
      const issueId = fullIssues.find((issue) => issue.documents.some((doc) => doc.id === docId))?.id ?? '?'
      return relative(root, join(issueFolder(issueId), 'tables'))
    },
    originalOf: (docId) => built.originals.get(docId),
    lineOf: (file, field) => (textOf(file) ? lineOfField(textOf(file), field) : undefined),
    wrongShape: (file) => shapes.wrongShape.has(file),
  })
  problems.unshift(...shapes.problems)
  problems.push(...built.problems)
  problems.push(...files.todos)
  for (const folder of issueFolderPaths()) problems.push(...listingOf(folder))
  // Files generated from content of the wrong shape cannot be compared (a calculator would run on a broken value);
  // the build regenerates them anyway once the shape is right.
  if (generated && shapes.wrongShape.size === 0) problems.push(...staleGenerated(generated))
  return withLines(problems)
}

/** Prints the check's problems, drafts apart, and a summary; returns the exit code. */
export function printContentCheck(generated?: Map<string, string>): number {
  const problems = runContentCheck(generated)
  const toReview = problems.filter((problem) => problem.message.startsWith(REVIEW))
  const toWrite = problems.filter((problem) => problem.message.startsWith('还没有填写'))
  const wrong = problems.filter((problem) => !toReview.includes(problem) && !toWrite.includes(problem))
  for (const problem of wrong) console.error(formatProblem(problem))
  if (toWrite.length > 0) console.error(`要人来写（${toWrite.length}项）：`)
  for (const problem of toWrite) console.error(formatProblem(problem))
  if (toReview.length > 0) console.error(`导入带过来的草稿，待审核（${toReview.length}项）：`)
  for (const problem of toReview) console.error(formatProblem(problem))
  const docCount = fullIssues.reduce((sum, issue) => sum + issue.documents.length, 0)
  console.log(
    problems.length === 0
      ? `内容检查通过：${fullIssues.length}期、${docCount}份文件、${allParams.length}个补助参数。`
      : `内容检查发现${problems.length}个问题：${wrong.length}个错误，${toWrite.length}项要人来写，${toReview.length}项草稿待审核。草稿和没写完的内容不会发布给居民：全部处理完才能构建。`,
  )
  return problems.length === 0 ? 0 : 1
}

if (process.argv[1]?.endsWith('content-check.ts')) {
  // Test builds' fixture issue is not generated content (see scripts/build/generate.ts): then the content only.
  // Content of the wrong shape may not generate at all: then the content's own problems only.
  const generation =
    process.env.LISHI_CONTENT_FIXTURES === '1' ? Promise.resolve(undefined) : generate(root, { write: false }).catch(() => undefined)
  void generation.then((generated) => process.exit(printContentCheck(generated)))
}
