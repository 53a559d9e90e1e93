// What the desk reads in an issue folder's data files, shared by its server and its page (plain TypeScript, no
// Node or browser API): the drafts the import marked (a document's `drafts`, a rule's `review`, a correction's
// `draft`, a table's `drafts` in tables/tables.json — see docs/gazette-office-guide.md, “草稿”), the fields still
// marked 【待填写】, and accepting a draft as the guide says: deleting its mark, keeping the drafted value.

export const TO_FILL_MARK = '【待填写】'

/** A file of the issue folder, named relative to it: documents/<id>.json, rules/<id>.json, corrections/<id>.json, tables/tables.json. */
export type FilePath = string

export interface DraftMark {
  file: FilePath
  /** The form field (or group of fields) the draft is: `summary`, `keyPoints[0]`, `params[3]`, `tools["yibao"]`, `corrections[1]`, `drafts.powerList`. */
  field: string
  /** Where the import took it from, and what to check. */
  from: string
}

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

interface Review {
  issue?: string
  docId?: string
  words?: string
  value?: number
  check?: string
}

function reviewNote(review: Review): string {
  return `${review.check ?? '核对'}。上一期（${review.issue}，${review.docId}）原文：“${review.words}”`
}

/** The drafts of one file; for tables/tables.json only those of the tables that belong to `docId`. */
export function draftMarks(file: FilePath, data: unknown, docId?: string): DraftMark[] {
  if (!isRecord(data)) return []
  if (file.startsWith('documents/'))
    return Object.entries(isRecord(data.drafts) ? data.drafts : {}).map(([field, from]) => ({ file, field, from: String(from) }))
  if (file.startsWith('rules/')) {
    const marks: DraftMark[] = []
    const params = Array.isArray(data.params) ? data.params : []
    params.forEach((param, index) => {
      if (isRecord(param) && isRecord(param.review)) marks.push({ file, field: `params[${index}]`, from: reviewNote(param.review) })
    })
    for (const group of ['tools', 'lists'] as const) {
      for (const [id, item] of Object.entries(isRecord(data[group]) ? data[group] : {})) {
        if (isRecord(item) && isRecord(item.review)) marks.push({ file, field: keyPath(group, id), from: reviewNote(item.review) })
      }
    }
    return marks
  }
  if (file.startsWith('corrections/')) {
    const corrections = Array.isArray(data.corrections) ? data.corrections : []
    return corrections.flatMap((correction, index) =>
      isRecord(correction) && typeof correction.draft === 'string'
        ? [{ file, field: `corrections[${index}]`, from: correction.draft }]
        : [],
    )
  }
  if (file === 'tables/tables.json') {
    return Object.entries(isRecord(data.drafts) ? data.drafts : {})
      .filter(([key]) => docId === undefined || tableDocId(data, key) === docId)
      .map(([key, from]) => ({ file, field: `drafts.${key}`, from: String(from) }))
  }
  return []
}

/** The document a table draft of tables/tables.json belongs to (`powerList`, `projectPlans.<id>`). */
export function tableDocId(tables: Json, key: string): string | undefined {
  if (key === 'powerList') return isRecord(tables.powerList) ? String(tables.powerList.docId) : undefined
  const plans = Array.isArray(tables.projectPlans) ? tables.projectPlans : []
  const plan = plans.find((each) => isRecord(each) && `projectPlans.${each.id}` === key)
  return isRecord(plan) ? String(plan.docId) : undefined
}

/** The data with the draft accepted: its mark deleted (an emptied `drafts` goes too); the drafted value kept. */
export function acceptDraft(data: unknown, mark: DraftMark): unknown {
  const copy = structuredClone(data) as Json
  const dropKey = (holder: Json, key: string, at: string) => {
    const marks = holder[at]
    if (!isRecord(marks)) return
    delete marks[key]
    if (Object.keys(marks).length === 0) delete holder[at]
  }
  if (mark.file.startsWith('documents/')) dropKey(copy, mark.field, 'drafts')
  else if (mark.file === 'tables/tables.json') dropKey(copy, mark.field.replace(/^drafts\./, ''), 'drafts')
  else {
    const item = getAt(copy, mark.field)
    if (isRecord(item)) {
      delete item.review
      delete item.draft
    }
  }
  return copy
}

/** The paths (a.b[0].c) of the text fields still starting with 【待填写】. */
export function fieldsToWrite(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.startsWith(TO_FILL_MARK) ? [path] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsToWrite(item, `${path}[${index}]`))
  if (!isRecord(value)) return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'drafts' || key === 'review' || key === 'draft' ? [] : fieldsToWrite(child, path ? `${path}.${key}` : key),
  )
}

/** The path of a keyed item whose key may have dots (a list `tuoguan.pilotTownships`): `lists["tuoguan.pilotTownships"]`. */
export function keyPath(parent: string, key: string): string {
  return `${parent}[${JSON.stringify(key)}]`
}

/** `keyPoints[0].source` → ['keyPoints', 0, 'source']; `lists["a.b"].cite` → ['lists', 'a.b', 'cite']. */
export function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)].map((match) =>
    match[1] !== undefined ? (JSON.parse(match[1]) as string) : match[2] !== undefined ? Number(match[2]) : match[3],
  )
}

export function getAt(data: unknown, path: string): unknown {
  let node = data
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

/**
 * A copy of the data with the value at the path set, every other key where it was (so the file's key order, and
 * `git diff`, stay as they are). Undefined keeps the key's place and leaves it out of the JSON.
 */
export function setAt<T>(data: T, path: string, value: unknown): T {
  const copy = structuredClone(data)
  const keys = pathKeys(path)
  let node = copy as unknown as Record<string | number, unknown>
  keys.slice(0, -1).forEach((key, index) => {
    // A field of a group the file does not have yet (a rule's period) makes the group.
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof keys[index + 1] === 'number' ? [] : {}
    node = node[key] as Record<string | number, unknown>
  })
  node[keys[keys.length - 1]] = value
  return copy
}

/** The file's JSON as the import writes it and as people keep it: 2-space indent, key order kept, a trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** The data with an item added at the end of the list at `listPath`. */
export function addListItem(data: unknown, listPath: string, item: unknown): unknown {
  const items = getAt(data, listPath)
  return setAt(data, listPath, [...(Array.isArray(items) ? items : []), item])
}

/**
 * The data with item `index` of the list at `listPath` removed. A document's draft marks follow their items: the
 * removed item's marks go, those of the items after it move up one (`keyPoints[2]` becomes `keyPoints[1]`).
 */
export function removeListItem(data: unknown, listPath: string, index: number): unknown {
  const items = getAt(data, listPath)
  if (!Array.isArray(items)) return data
  let copy = setAt(
    data,
    listPath,
    items.filter((_, at) => at !== index),
  ) as Json
  if (isRecord(copy.drafts)) {
    const item = new RegExp(`^${listPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\](.*)$`)
    const drafts: Json = {}
    for (const [field, from] of Object.entries(copy.drafts)) {
      const match = item.exec(field)
      if (!match) drafts[field] = from
      else if (Number(match[1]) !== index)
        drafts[`${listPath}[${Number(match[1]) > index ? Number(match[1]) - 1 : Number(match[1])}]${match[2]}`] = from
    }
    copy = { ...copy, drafts }
    if (Object.keys(drafts).length === 0) delete copy.drafts
  }
  return copy
}
