// The annex tables of a new issue (权责清单, 涉农资金 计划表 and 调整计划表), drafted from its predecessor's: each
// item is looked for in the new document's table by its 序号, its printed row matched with numbers as wildcards,
// and every number of the item (amount, years in names) taken from the new row. Items whose row is not there
// again are kept as they were and named for a person; the whole folder is a draft (tables.json's `drafts`) that
// content:check lists and a build refuses until a person deletes the mark.
import type { OriginalDocument } from '#src/content/original-document'
import type { TablesFile } from '#src/content/schema'
import { squashText } from '#src/content/original-document'
import type { FundedProject, PowerItem, PowerList, ProjectPlan } from '#src/content/types'
import { addPairs, documentText, figureMap, findAgain, updateFigures, type FigureMap } from './figures'

export interface TablePredecessor {
  issueId: string
  docNo: string
  original?: OriginalDocument
}

/** What tables.json holds: the lists' and plans' heads, and the drafts to review. */
export type TablesHead = Omit<TablesFile, '$schema'> & { drafts: Record<string, string> }

export interface DraftedTables {
  head: TablesHead
  powers?: PowerItem[]
  projects: Record<string, FundedProject[]>
}

function numberedRows(original: OriginalDocument | undefined): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const block of original?.blocks ?? [])
    for (const row of block.table?.rows ?? []) if (/^\d+$/.test(row[0] ?? '') && !rows.has(row[0])) rows.set(row[0], row)
  return rows
}

/** Every string of an item with its numbers taken from the new row (the old row found again there). */
function carryItem<T extends object>(
  item: T,
  no: number,
  before: Map<string, string[]>,
  after: Map<string, string[]>,
  docMap: FigureMap,
  newText: string,
): { item: T; moved: boolean } {
  const oldRow = before.get(String(no))
  const newRow = after.get(String(no))
  const numbers = oldRow && newRow ? findAgain(oldRow.join('|'), squashText(newRow.join('|'))) : undefined
  if (!oldRow || !numbers) return { item, moved: false }
  const local: FigureMap = new Map()
  addPairs(local, oldRow.join('|'), numbers)
  const update = (value: unknown): unknown => {
    if (typeof value === 'string') return updateFigures(value, [local, docMap], newText).text
    if (Array.isArray(value)) return value.map(update)
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, key === 'no' ? each : update(each)]))
    return value
  }
  const carried = update(item) as T & { amount?: number; amountText?: string }
  if ('amountText' in carried && typeof carried.amountText === 'string') {
    const amount = Number(/\d+(?:\.\d+)?/.exec(carried.amountText)?.[0])
    if (Number.isFinite(amount) && /^\d+(?:\.\d+)?$/.test(carried.amountText)) carried.amount = amount
  }
  return { item: carried, moved: true }
}

export function draftTables(
  docId: string,
  original: OriginalDocument,
  predecessor: TablePredecessor,
  powerList: PowerList | undefined,
  plans: ProjectPlan[],
): DraftedTables | undefined {
  if (!powerList && plans.length === 0) return undefined
  const before = numberedRows(predecessor.original)
  const after = numberedRows(original)
  const docMap = predecessor.original ? figureMap(predecessor.original, original) : new Map()
  const newText = documentText(original)
  const from = `上一期（${predecessor.issueId}）${predecessor.docNo}的附件表`
  const head: TablesHead = { drafts: {}, projectPlans: [] }
  const result: DraftedTables = { head, projects: {} }
  const missing = (nos: number[]) => (nos.length > 0 ? `；第${nos.join('、')}项在这期表格里对不上，照上一期留着，请逐项核对` : '')
  if (powerList) {
    const carried = powerList.items.map((item) => carryItem(item, item.no, before, after, docMap, newText))
    result.powers = carried.map((each) => each.item)
    head.powerList = { docId, title: powerList.title }
    head.drafts.powerList = `${from}，${carried.filter((each) => each.moved).length}项按这期表格核对过${missing(carried.flatMap((each, index) => (each.moved ? [] : [powerList.items[index].no])))}`
  }
  for (const plan of plans) {
    const carried = plan.projects.map((project) => carryItem(project, project.no, before, after, docMap, newText))
    result.projects[plan.id] = carried.map((each) => each.item)
    const figure = (value: number) => Number(updateFigures(String(value), [docMap], newText).text)
    head.projectPlans.push({
      id: plan.id,
      docId,
      title: updateFigures(plan.title, [docMap], newText).text,
      printedTotal: figure(plan.printedTotal),
      printedCategories: plan.printedCategories.map((category) => ({ ...category, total: figure(category.total) })),
    })
    head.drafts[`projectPlans.${plan.id}`] =
      `${from}，金额从这期表格读出，合计和小计照上一期的说法在这期原文里找${missing(carried.flatMap((each, index) => (each.moved ? [] : [plan.projects[index].no])))}`
  }
  return result
}

/** tables/index.ts: the JSON files as the app's types (generated; a person edits the JSON). */
export function renderTablesModule(tables: DraftedTables): string {
  const ident = (id: string) => `projects_${id.replace(/\W/g, '_')}`
  return [
    "// Written by `npm run content:import` from the issue's tables.json and item files — edit the JSON, not this file.",
    "import type { FundedProject, PowerItem, PowerList, ProjectPlan } from '../../../types'",
    "import head from './tables.json'",
    ...(tables.powers ? ["import powers from './powers.json'"] : []),
    ...Object.keys(tables.projects).map((id) => `import ${ident(id)} from './projects-${id}.json'`),
    '',
    ...(tables.powers
      ? ["export const powerList: PowerList = { ...(head.powerList as Omit<PowerList, 'items'>), items: powers as PowerItem[] }", '']
      : []),
    ...(Object.keys(tables.projects).length > 0
      ? [
          'export const projectPlans: ProjectPlan[] = [',
          ...Object.keys(tables.projects).map(
            (id, index) =>
              `  { ...(head.projectPlans[${index}] as Omit<ProjectPlan, 'projects'>), projects: ${ident(id)} as FundedProject[] },`,
          ),
          ']',
          '',
        ]
      : []),
  ].join('\n')
}
