// `npm run content:import -- <gazette.txt> [--json | --update]`: extract an issue of the gazette from its text (see
// scripts/build/import/parse.ts). --json prints what was found (masthead, documents, problems) and writes nothing.
// Without it, writes the draft issue folder src/content/issues/<YYYY-NN>/ (scripts/build/import/draft.ts): the facts
// filled in, the rest marked 【待填写】 for `npm run content:check` to list. An existing folder is only touched
// with --update, which keeps what people wrote and prints every fact that changed.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { GazetteDocument } from '#src/content/types'
import type { IssueFile, RulesFile } from '#src/content/load'
import type { OriginalDocument } from '#src/content/original-document'
import { carryForward, findPredecessor, type CarryReport, type EarlierDocument, type EarlierRules } from './import/carry-forward'
import { draftTables, renderTablesModule, type DraftedTables } from './import/draft-tables'
import { powerLists, projectPlans } from './content/annex-tables'
import { documentSections, ImportError, MAX_TEXT_BYTES, parseGazette, type ImportedIssue } from './import/parse'
import { draftCorrections, draftDocument, draftIssue, updateDocument } from './import/draft'
import { draftFields, type DraftCorrection, type EarlierFull } from './import/draft-fields'
import { TO_FILL } from './content/checks'
import { schemaRefFor } from '#src/content/schema'
import { docNoOfId } from '#src/domain/links/deeplink'

const root = join(import.meta.dirname, '..', '..')

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** What --json prints: the extracted facts, blocks counted, tables by their columns and row counts. */
export function importSummary(imported: ImportedIssue) {
  return {
    issue: imported.issue,
    documents: imported.documents.map((doc) => ({
      id: doc.id,
      docNo: doc.docNo,
      title: doc.title,
      category: doc.category,
      page: doc.page ?? null,
      addressee: doc.addressee ?? null,
      signedOn: doc.signedOn ?? null,
      publicRelease: doc.publicRelease,
      consultation: doc.consultation,
      annexes: doc.annexes,
      blocks: doc.original.blocks.length,
      headings: doc.original.blocks.filter((block) => block.clause !== undefined).length,
      tables: doc.original.blocks.flatMap((block) =>
        block.table ? [{ columns: block.table.columns, rows: block.table.rows.length - block.table.pageHeaders.length }] : [],
      ),
    })),
    problems: imported.problems,
  }
}

function readSource(file: string): string {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    fail(`找不到文件“${file}”。`)
  }
  if (size > MAX_TEXT_BYTES) fail(`文件有${Math.round(size / 1024 / 1024)}MB，一期公报的文字稿一般不到1MB：请确认选的是公报导出的文字稿。`)
  return readFileSync(file, 'utf8')
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** A data file's JSON, naming first its JSON Schema ("$schema", relative to the file: editors complete and check fields). */
function dataJson(folder: string, file: string, value: object): string {
  const ref = schemaRefFor(relative(folder, file).split(sep).join('/'))
  return json(ref ? { $schema: ref, ...value } : value)
}

/** Writes (or, with update, refreshes) the issue folder; returns the lines to print. */
export function writeDraft(imported: ImportedIssue, sourceFile: string, update: boolean): string[] {
  const issueFile = draftIssue(imported)
  const folder = join(root, 'src', 'content', 'issues', issueFile.id)
  const shown = relative(root, folder)
  if (existsSync(folder) && !update)
    throw new ImportError(`${shown} 已经存在：要用新文字稿刷新提取的事实，请加 --update（人写的内容会保留）。`)
  const lines: string[] = []
  mkdirSync(join(folder, 'documents'), { recursive: true })
  mkdirSync(join(folder, 'rules'), { recursive: true })
  const read = <T>(file: string): T | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined)
  const existingIssue = read<IssueFile>(join(folder, 'issue.json'))
  const [earlierDocs, earlierRules, earlierFull] = earlierContent(issueFile.id)
  const sections = new Map(documentSections(readFileSync(sourceFile, 'utf8')).map((section) => [section.id, section.lines]))
  const correctionsOf = new Map<string, DraftCorrection[]>()
  const latinNotes: string[] = []
  const correctedOriginal = new Map<string, OriginalDocument>()
  const keepWritten = (extracted: string, kept: string | undefined) => (extracted.startsWith('【待填写】') && kept ? kept : extracted)
  const issue: IssueFile = existingIssue
    ? {
        ...issueFile,
        frequency: keepWritten(issueFile.frequency, existingIssue.frequency),
        sponsor: keepWritten(issueFile.sponsor, existingIssue.sponsor),
        legalNote: keepWritten(issueFile.legalNote, existingIssue.legalNote),
        office: Object.fromEntries(
          Object.entries(issueFile.office).map(([key, value]) => [
            key,
            keepWritten(value, existingIssue.office[key as keyof IssueFile['office']]),
          ]),
        ) as unknown as IssueFile['office'],
      }
    : issueFile
  writeFileSync(join(folder, 'issue.json'), dataJson(folder, join(folder, 'issue.json'), issue))
  for (const doc of imported.documents) {
    const file = join(folder, 'documents', `${doc.id}.json`)
    const existing = update ? read<GazetteDocument>(file) : undefined
    if (existing) {
      const { document, changes } = updateDocument(existing, doc)
      writeFileSync(file, dataJson(folder, file, document))
      lines.push(...changes.map((change) => `已更新 ${change}`))
    } else {
      const section = sections.get(doc.id) ?? []
      const base = draftCorrections(section).corrections
      const drafted = draftFields(doc, draftDocument(doc), section, earlierFull, base)
      correctedOriginal.set(doc.id, drafted.original)
      correctionsOf.set(doc.id, [...base, ...drafted.corrections])
      latinNotes.push(...drafted.notes)
      writeFileSync(file, dataJson(folder, file, drafted.document))
      lines.push(`已写入 ${relative(root, file)}`)
    }
  }
  for (const id of existingIssue?.documents ?? []) {
    if (!imported.documents.some((doc) => doc.id === id)) lines.push(`注意：${id} 这次的文字稿里没有了，它的文件没有删除，请确认。`)
  }
  // The rules are looked for in the text as the proposed corrections leave it (a cell moved back to its row).
  const carried = carryForward(
    imported.documents.map((doc) => ({ ...doc, original: correctedOriginal.get(doc.id) ?? doc.original })),
    earlierDocs,
    earlierRules,
  )
  for (const rules of carried.rules) {
    const file = join(folder, 'rules', `${rules.docId}.json`)
    if (existsSync(file)) continue
    writeFileSync(file, dataJson(folder, file, rules.file))
    lines.push(`已写入 ${relative(root, file)}（从 ${rules.predecessor.issueId} 的 ${rules.predecessor.id} 带过来的标准，待审核）`)
  }
  lines.push(...carryLines(carried))
  lines.push(...writeTables(folder, imported, earlierDocs, correctedOriginal))
  const rulesDraft = join(folder, 'rules', 'draft.json')
  if (carried.rules.length === 0 && !existsSync(rulesDraft) && !update) {
    const todo = `${TO_FILL}把这期文件里的金额、比例、上限写成 params（每项写 id、label、value、unit、period 和 cite：docId、clause、words 原话），写完删掉这一行`
    writeFileSync(rulesDraft, dataJson(folder, rulesDraft, { todo, params: [] }))
  }
  copyFileSync(sourceFile, join(folder, 'source.txt'))
  mkdirSync(join(folder, 'corrections'), { recursive: true })
  for (const [id, section] of sections) {
    const file = join(folder, 'corrections', `${id}.json`)
    if (!existsSync(file))
      writeFileSync(file, dataJson(folder, file, { corrections: correctionsOf.get(id) ?? draftCorrections(section).corrections }))
  }
  // The generated files (原文, modules, pages, search entries, tool titles) from the folder just written, in a fresh
  // process: this one has loaded the content as it was before.
  const generated = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'build', 'generate.ts'), '--no-content-check'],
    { cwd: root, encoding: 'utf8' },
  )
  lines.push(...generated.split('\n').filter((line) => line !== '' && !line.startsWith('generate: ')))
  lines.push(...latinNotes)
  const counts = draftCounts(folder, carried)
  lines.push(`${imported.documents.length}份文件的事实已写入 ${shown}。`)
  lines.push(
    `起草了${counts.drafted}项（文件里${counts.fields}项、原文改正${counts.corrections}项、附件表格${counts.tables}项、带过来的标准${counts.rules}项），都标着草稿，待审核；要人来写${counts.left}项（【待填写】）。`,
  )
  lines.push('接下来运行 npm run content:check：它分开列出要人来写的和待审核的草稿，全部处理完才能构建。')
  return lines
}

/**
 * The annex tables (权责清单, 涉农资金计划表) drafted from the predecessors' into tables/ (JSON to edit, and the
 * index.ts the app reads them through). Nothing is written when the folder has tables already.
 */
function writeTables(
  folder: string,
  imported: ImportedIssue,
  earlierDocs: EarlierDocument[],
  correctedOriginal: Map<string, OriginalDocument>,
): string[] {
  const dir = join(folder, 'tables')
  if (existsSync(dir)) return []
  const merged: DraftedTables = { head: { drafts: {}, projectPlans: [] }, projects: {} }
  const from: string[] = []
  for (const doc of imported.documents) {
    const original = correctedOriginal.get(doc.id) ?? doc.original
    const predecessor = findPredecessor({ ...doc, original }, earlierDocs)
    if (!predecessor) continue
    const list = powerLists.find((each) => each.docId === predecessor.id)
    const plans = projectPlans.filter((plan) => plan.docId === predecessor.id)
    const tables = draftTables(
      doc.id,
      original,
      { issueId: predecessor.issueId, docNo: docNoOfId(predecessor.id) ?? predecessor.id, original: predecessor.original },
      list,
      plans,
    )
    if (!tables) continue
    from.push(`${doc.id}（照 ${predecessor.issueId} 的 ${predecessor.id}）`)
    Object.assign(merged.head.drafts, tables.head.drafts)
    merged.head.powerList ??= tables.head.powerList
    merged.powers ??= tables.powers
    merged.head.projectPlans.push(...tables.head.projectPlans)
    Object.assign(merged.projects, tables.projects)
  }
  if (from.length === 0) return []
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'tables.json'), dataJson(folder, join(dir, 'tables.json'), merged.head))
  if (merged.powers) writeFileSync(join(dir, 'powers.json'), json(merged.powers))
  for (const [id, projects] of Object.entries(merged.projects)) writeFileSync(join(dir, `projects-${id}.json`), json(projects))
  writeFileSync(join(dir, 'index.ts'), renderTablesModule(merged))
  return [`已写入 ${relative(root, dir)}：附件表格 ${from.join('、')}，待审核`]
}

/** What the folder holds now: drafted fields (documents' drafts, corrections' draft, carried rules) and 【待填写】. */
function draftCounts(
  folder: string,
  carried: CarryReport,
): { drafted: number; fields: number; corrections: number; tables: number; rules: number; left: number } {
  const jsonIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .map((name) => readFileSync(join(dir, name), 'utf8'))
      : []
  const documents = jsonIn(join(folder, 'documents'))
  const fields = documents.reduce((sum, text) => sum + Object.keys((JSON.parse(text) as GazetteDocument).drafts ?? {}).length, 0)
  const corrections = jsonIn(join(folder, 'corrections')).reduce(
    (sum, text) =>
      sum + ((JSON.parse(text) as { corrections: DraftCorrection[] }).corrections ?? []).filter((each) => each.draft !== undefined).length,
    0,
  )
  const tablesHead = join(folder, 'tables', 'tables.json')
  const tables = existsSync(tablesHead)
    ? Object.keys((JSON.parse(readFileSync(tablesHead, 'utf8')) as { drafts?: object }).drafts ?? {}).length
    : 0
  const rules = carried.rules.reduce(
    (sum, each) => sum + each.file.params.length + Object.keys(each.file.lists).length + Object.keys(each.file.tools).length,
    0,
  )
  const rulesDraft = join(folder, 'rules', 'draft.json')
  const left = [...documents, ...(existsSync(rulesDraft) ? [readFileSync(rulesDraft, 'utf8')] : [])].reduce(
    (sum, text) => sum + text.split(TO_FILL).length - 1,
    0,
  )
  return { drafted: fields + corrections + tables + rules, fields, corrections, tables, rules, left }
}

/** The documents and rules files of every other issue folder, for carrying rules and drafting fields forward. */
function earlierContent(newIssueId: string): [EarlierDocument[], EarlierRules[], EarlierFull[]] {
  const issuesDir = join(root, 'src', 'content', 'issues')
  const documents: EarlierDocument[] = []
  const rules: EarlierRules[] = []
  const full: EarlierFull[] = []
  for (const issueId of readdirSync(issuesDir).filter((name) => /^\d{4}-\d{2}$/.test(name) && name !== newIssueId)) {
    const jsonIn = (dir: string) =>
      existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown)
        : []
    const originalOf = (docId: string) => {
      const file = join(root, 'src', 'packages', `issue-${issueId}`, 'original', `${docId}.json`)
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as OriginalDocument) : undefined
    }
    for (const doc of jsonIn(join(issuesDir, issueId, 'documents')) as GazetteDocument[]) {
      const original = originalOf(doc.id)
      documents.push({ id: doc.id, issueId, issuer: doc.issuer, title: doc.title, signedOn: doc.signedOn, original })
      full.push({ issueId, doc, original })
    }
    for (const file of jsonIn(join(issuesDir, issueId, 'rules')) as RulesFile[])
      if (Array.isArray(file.params)) rules.push({ issueId, file })
  }
  return [documents, rules, full]
}

/** What the import found of the rules, side by side: changed values first, then what a person must write. */
function carryLines(report: CarryReport): string[] {
  return [
    ...(report.changed.length > 0 ? [`标准有变化（${report.changed.length}项，旧 → 新）：`, ...report.changed] : []),
    ...(report.unchanged.length > 0 ? [`标准没变（${report.unchanged.length}项，已换成这一期的原文和条款）`] : []),
    ...report.gone.map((line) => `要人来写：${line}`),
    ...report.newDocuments.map((line) => `新文件：${line}`),
  ]
}

if (process.argv[1]?.endsWith('import.ts')) {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) fail('用法：npm run content:import -- <公报文字稿.txt> [--json | --update]')
  try {
    const imported = parseGazette(readSource(file))
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(importSummary(imported), null, 2)}\n`)
    } else {
      for (const line of writeDraft(imported, file, args.includes('--update'))) console.log(line)
      for (const problem of imported.problems) console.log(`问题：${problem}`)
    }
  } catch (error) {
    if (error instanceof ImportError) fail(error.message)
    throw error
  }
}
