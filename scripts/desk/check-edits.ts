// content:check's rules run in memory on the content as the desk's page has it (its unsaved edits laid over the
// files on disk), each problem turned into the form field it concerns. The same checkContent that
// `npm run content:check` runs, so the desk refuses exactly what the check refuses.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkContent, inTheDesk, REVIEW, type Problem } from '../build/content/checks'
import { contentFileKind, fieldOfPath, validateContentFile } from '#src/content/schema'
import { loadIssue, loadRules, type RuleList } from '#src/content/load'
import type { Correction, OriginalDocument } from '#src/content/original-document'
import type {
  FundedProject,
  GazetteDocument,
  GazetteIssue,
  PowerItem,
  PowerList,
  ProjectPlan,
  RuleParameter,
  ToolEdition,
} from '#src/content/types'
import { calculators } from '#src/domain/calculators'
import { selfChecks } from '#src/domain/selfcheck'
import { buildOriginal } from '../build/import/original-blocks'
import { documentSections } from '../build/import/parse'
import { issueFolderIds, issuesDir, type IssueFolder } from './issue-folder'
import { getAt, keyPath, type FilePath } from './marks'

export type ProblemKind = 'error' | 'toWrite' | 'draft'

export interface FieldProblem {
  file: FilePath
  /** The form field: a path in the file (`keyPoints[0].source`, `params[3].value`), or the nearest group. */
  field: string
  message: string
  kind: ProblemKind
}

/** Unsaved file contents by path (relative to the issue folder being edited). */
export type Edits = Record<FilePath, unknown>

/**
 * Problems of one data file's shape against the content schema (src/content/schema.ts), each at its form field (e.g.
 * `keyPoints[0].source`). The issue's and its documents' shape checkContent reports itself, as content:check does.
 */
function schemaProblems(file: FilePath, data: unknown): { path: string; message: string }[] {
  const kind = contentFileKind(file)
  if (!kind || kind === 'issue' || kind === 'document') return []
  return validateContentFile(kind, data).map((problem) => ({ path: fieldOfPath(problem.path) || '(全部)', message: problem.message }))
}

/** How content:check words a field left 【待填写】 (scripts/build/content-check.ts sorts its report the same way). */
const TO_WRITE_MESSAGE = '还没有填写'

function kindOf(message: string): ProblemKind {
  if (message.startsWith(REVIEW)) return 'draft'
  if (message.startsWith(TO_WRITE_MESSAGE)) return 'toWrite'
  return 'error'
}

interface LoadedIssue {
  issue: GazetteIssue
  rules: { params: RuleParameter[]; lists: RuleList[]; tools: ToolEdition[] }
  paramFiles: Map<string, string>
  docFiles: Map<object, string>
  source?: string
  powerList?: PowerList
  projectPlans: ProjectPlan[]
}

/** One issue folder's content, with `edits` in place of the files they name. */
function loadFolder(dir: string, shownAs: (file: FilePath) => string, edits: Edits): LoadedIssue {
  const read = (file: FilePath): unknown =>
    file in edits ? structuredClone(edits[file]) : JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const jsonIn = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((name) => name.endsWith('.json'))
          .map((name) => `${sub}/${name}`)
      : []
  const docFiles = new Map<object, string>()
  const docs = jsonIn('documents').map((file) => {
    const doc = read(file) as object
    docFiles.set(doc, shownAs(file))
    return doc
  })
  const issue = loadIssue(read('issue.json'), docs)
  const paramFiles = new Map<string, string>()
  const rulesFiles = jsonIn('rules').map((file) => {
    const rules = read(file) as { params?: { id?: unknown }[]; lists?: object; tools?: object }
    for (const param of rules.params ?? []) if (typeof param.id === 'string') paramFiles.set(param.id, shownAs(file))
    for (const id of Object.keys(rules.lists ?? {})) paramFiles.set(id, shownAs(file))
    for (const id of Object.keys(rules.tools ?? {})) paramFiles.set(`tool:${id}`, shownAs(file))
    return { ...rules, params: Array.isArray(rules.params) ? rules.params : [] }
  })
  const rules = loadRules(rulesFiles, issue)
  const sourceFile = join(dir, 'source.txt')
  const tablesHead = existsSync(join(dir, 'tables', 'tables.json'))
    ? (read('tables/tables.json') as { powerList?: Omit<PowerList, 'items'>; projectPlans?: Omit<ProjectPlan, 'projects'>[] })
    : undefined
  const tableItems = <T>(name: string): T | undefined =>
    existsSync(join(dir, 'tables', name)) ? (JSON.parse(readFileSync(join(dir, 'tables', name), 'utf8')) as T) : undefined
  const powers = tableItems<PowerItem[]>('powers.json')
  return {
    issue,
    rules,
    paramFiles,
    docFiles,
    source: existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined,
    powerList: tablesHead?.powerList && powers ? { ...tablesHead.powerList, items: powers } : undefined,
    projectPlans: (tablesHead?.projectPlans ?? []).map((plan) => ({
      ...plan,
      projects: tableItems<FundedProject[]>(`projects-${plan.id}.json`) ?? [],
    })),
  }
}

/** The 原文 of the edited issue's documents, built from source.txt with the corrections as edited. */
function originalsOf(
  folder: IssueFolder,
  edits: Edits,
  source: string | undefined,
): { originals: Map<string, OriginalDocument>; problems: Problem[] } {
  const originals = new Map<string, OriginalDocument>()
  const problems: Problem[] = []
  if (source === undefined) return { originals, problems }
  for (const section of documentSections(source)) {
    const file = `corrections/${section.id}.json`
    const data =
      file in edits
        ? edits[file]
        : existsSync(join(folder.dir, file))
          ? JSON.parse(readFileSync(join(folder.dir, file), 'utf8'))
          : { corrections: [] }
    const corrections = ((data as { corrections?: Correction[] }).corrections ?? []) as Correction[]
    const built = buildOriginal(section.id, section.docNo, section.lines, corrections)
    originals.set(section.id, built.original)
    for (const problem of built.problems) {
      const at = problem.indexOf(': ')
      problems.push({ file, field: at > 0 ? problem.slice(0, at) : '(全部)', message: at > 0 ? problem.slice(at + 2) : problem })
    }
  }
  return { originals, problems }
}

/** The form field of a problem: a date's label taken out, a rule's id turned into its place in `params`. */
export function formField(file: FilePath, field: string, data: unknown): string {
  let path = field
  while (/（[^（）]*）/.test(path)) path = path.replace(/（[^（）]*）/g, '')
  if (!file.startsWith('rules/')) return path
  for (const group of ['tools', 'lists']) {
    if (!path.startsWith(`${group}.`)) continue
    const ids = Object.keys((getAt(data, group) as object | undefined) ?? {}).sort((a, b) => b.length - a.length)
    const id = ids.find((each) => path === `${group}.${each}` || path.startsWith(`${group}.${each}.`))
    return id === undefined ? path : `${keyPath(group, id)}${path.slice(group.length + 1 + id.length)}`
  }
  const params = (getAt(data, 'params') as { id?: string }[] | undefined) ?? []
  let best = -1
  params.forEach((param, index) => {
    if (typeof param.id === 'string' && path.startsWith(`${param.id}.`) && (best < 0 || param.id.length > String(params[best].id).length))
      best = index
  })
  return best < 0 ? path : `params[${best}].${path.slice(String(params[best].id).length + 1)}`
}

/** Every problem content:check finds in the edited issue's files, at its form field. */
export function checkEdits(folder: IssueFolder, edits: Edits): FieldProblem[] {
  const loaded = issueFolderIds(folder.projectDir).map((issueId) =>
    issueId === folder.issueId
      ? loadFolder(folder.dir, (file) => file, edits)
      : loadFolder(join(issuesDir(folder.projectDir), issueId), (file) => `(${issueId})/${file}`, {}),
  )
  const own = loaded.find((each) => each.issue.id === folder.issueId)
  const built = originalsOf(folder, edits, own?.source)
  const byIssue = new Map(loaded.map((each) => [each.issue.id, each]))
  // A file of the wrong shape is reported field by field, and its facts are not checked (as content:check does).
  const shape = Object.entries(edits).flatMap(([file, data]) =>
    schemaProblems(file, data).map((problem) => ({ file, field: problem.path, message: problem.message })),
  )
  const wrongShape = new Set(shape.map((problem) => problem.file))
  const problems = checkContent({
    issues: loaded.map((each) => each.issue),
    params: loaded.flatMap((each) => each.rules.params),
    lists: loaded.flatMap((each) => each.rules.lists),
    tools: loaded.flatMap((each) => each.rules.tools),
    toolIds: [...calculators, ...selfChecks].map((tool) => tool.id),
    selfCheckIds: selfChecks.map((check) => check.id),
    fileOf: (issueId, doc?: GazetteDocument) =>
      (doc && byIssue.get(issueId)?.docFiles.get(doc)) ?? (issueId === folder.issueId ? 'issue.json' : `(${issueId})/issue.json`),
    paramFile: (issueId, id) => byIssue.get(issueId)?.paramFiles.get(id) ?? `(${issueId})/rules`,
    sourceOf: (issueId) => byIssue.get(issueId)?.source,
    sourceFile: (issueId) => (issueId === folder.issueId ? 'source.txt' : `(${issueId})/source.txt`),
    powerLists: loaded.flatMap((each) => (each.powerList ? [each.powerList] : [])),
    projectPlans: loaded.flatMap((each) => each.projectPlans),
    tablesFile: (docId) => (own?.issue.documents.some((doc) => doc.id === docId) ? 'tables/tables.json' : '(other)/tables'),
    originalOf: (docId) => built.originals.get(docId),
    wrongShape: (file) => wrongShape.has(file),
  })
  const dataOf = (file: FilePath) =>
    file in edits ? edits[file] : existsSync(join(folder.dir, file)) ? JSON.parse(readFileSync(join(folder.dir, file), 'utf8')) : undefined
  return [...shape, ...problems, ...built.problems]
    .filter((problem) => !problem.file.startsWith('('))
    .map((problem) => ({
      file: problem.file,
      field: formField(problem.file, problem.field, dataOf(problem.file)),
      // Shown at the field in the desk: telling the clerk to open the desk, or to edit the file, is noise there.
      message: inTheDesk(problem.message),
      kind: kindOf(problem.message),
    }))
}
