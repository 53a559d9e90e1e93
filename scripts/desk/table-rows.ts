// A document's annex tables as the desk shows them to be checked against the 原文: each table the import drafted
// (tables/tables.json names it, tables/powers.json and tables/projects-<id>.json hold its rows), every row as the
// words the gazette prints in its columns, and the row count the program made (not a number printed in the 原文).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FundedProject, PowerItem } from '#src/content/types'
import { tableDocId } from './marks'
import type { IssueFolder } from './issue-folder'

export interface DeskTableRow {
  /** 序号 as printed. */
  no: number
  /** The row's name (职权名称, 项目名称): how the desk finds the row in the 原文 when its 序号 is not enough. */
  name: string
  /** The columns after 序号, as printed. */
  cells: string[]
  /** How the import mended the row where the extracted text was broken (a 权责清单 item's `notes`), to check first. */
  mended?: string
}

export interface DeskTable {
  /** The table's key in tables.json's `drafts` (`powerList`, `projectPlans.<id>`). */
  key: string
  title: string
  columns: string[]
  rows: DeskTableRow[]
}

const readJson = (folder: IssueFolder, file: string): unknown =>
  existsSync(join(folder.dir, file)) ? (JSON.parse(readFileSync(join(folder.dir, file), 'utf8')) as unknown) : undefined

/** 【法律】《…》（2018年修正）第二十八条: a basis as the list prints it, its quoted article cut to the article number. */
function basisWords(basis: PowerItem['basis'][number]): string {
  const article = /^第[^\s，。]*?条(第[^\s，。]*?款)?/.exec(basis.articles.trim())?.[0] ?? basis.articles.slice(0, 20)
  return `【${basis.kind}】《${basis.title}》${basis.edition ? `（${basis.edition}）` : ''}${article}`
}

function powerRows(items: PowerItem[]): DeskTableRow[] {
  return items.map((item) => ({
    no: item.no,
    name: item.name,
    cells: [
      item.type,
      item.name,
      [item.township ? '乡镇' : '', item.subdistrict ? '街道' : ''].filter(Boolean).join('、'),
      item.basis.map(basisWords).join('；'),
    ],
    ...(item.notes.length > 0 ? { mended: item.notes.join('') } : {}),
  }))
}

function projectRows(projects: FundedProject[]): DeskTableRow[] {
  return projects.map((project) => ({
    no: project.no,
    name: project.name,
    cells: [
      project.category,
      project.name,
      project.task,
      project.amountText,
      project.source,
      project.standard,
      project.responsible,
      project.implementer,
    ],
  }))
}

/** The tables of tables/tables.json that belong to the document, with their rows. */
export function documentTables(folder: IssueFolder, docId: string): DeskTable[] {
  const head = readJson(folder, 'tables/tables.json') as
    { powerList?: { title?: string }; projectPlans?: { id: string; title: string }[] } | undefined
  if (!head) return []
  const tables: DeskTable[] = []
  if (head.powerList && tableDocId(head as Record<string, unknown>, 'powerList') === docId) {
    tables.push({
      key: 'powerList',
      title: head.powerList.title ?? '权责清单',
      columns: ['序号', '职权类型', '职权名称', '实施主体', '职权依据'],
      rows: powerRows((readJson(folder, 'tables/powers.json') as PowerItem[] | undefined) ?? []),
    })
  }
  for (const plan of head.projectPlans ?? []) {
    const key = `projectPlans.${plan.id}`
    if (tableDocId(head as Record<string, unknown>, key) !== docId) continue
    tables.push({
      key,
      title: plan.title,
      columns: ['序号', '类别', '项目名称', '建设任务', '资金（万元）', '筹资方式', '补助标准', '责任单位', '实施单位'],
      rows: projectRows((readJson(folder, `tables/projects-${plan.id}.json`) as FundedProject[] | undefined) ?? []),
    })
  }
  return tables
}
