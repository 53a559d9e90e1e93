// A tool's editions (a tool's or a self-check's): one per issue that sets its period, each reading the rule
// values in force then. The newest is what a resident sees first; an earlier one can be chosen, and a result always
// says which it follows. Everything a result shows about its source (依据, the period, the call button) comes from
// the edition.
import { editionDate, editionDocIds, editionsOf, paramsAt, type ParamLookup } from '#src/content/rules-in-force'
import type { DateWindow, ToolEdition } from '#src/content/types'

/** What editions need of a tool or self-check. */
export interface Tool {
  id: string
  /** The rule parameters it reads (id prefixes): its editions, documents and periods follow their values. */
  paramPrefixes: string[]
}

export interface Edition {
  edition: ToolEdition
  /** The rules this edition reads. */
  param: ParamLookup
  /** The documents its figures rest on, the one that sets its period first (its phone is the one to call). */
  docIds: string[]
  window: DateWindow
}

const cache = new Map<string, Edition[]>()

/** Oldest first (the content does not change while the app runs, so each tool's are worked out once). */
export function toolEditions(tool: Tool): Edition[] {
  const known = cache.get(tool.id)
  if (known) return known
  const editions = editionsOf(tool.id).map((edition) => ({
    edition,
    param: paramsAt(editionDate(edition, tool.paramPrefixes)),
    docIds: editionDocIds(edition, tool.paramPrefixes),
    window: { label: edition.label, start: edition.period.from, end: edition.period.to, source: edition.cite.words, note: edition.note },
  }))
  cache.set(tool.id, editions)
  return editions
}

/** The newest edition; a tool without one is a content error content:check reports. */
export function currentEdition(tool: Tool): Edition | undefined {
  const editions = toolEditions(tool)
  return editions[editions.length - 1]
}

/** The edition of an issue (a document's 算一算 of an older issue opens that one), else the newest. */
export function editionOfIssue(tool: Tool, issueId: string | undefined): Edition | undefined {
  const editions = toolEditions(tool)
  return editions.find((candidate) => candidate.edition.issueId === issueId) ?? editions[editions.length - 1]
}

/**
 * The last day of a result line's own deadline when it has passed, though its edition runs on (离政办发〔2022〕26号:
 * the 方案 has no end, its 技能提升补贴 “执行期限至2022年底”). Undefined while every rule the line uses applies.
 */
export function lineEndedOn(paramIds: string[], param: ParamLookup, today: string): string | undefined {
  const ends = paramIds.map((id) => param(id).period.to).filter((to): to is string => to !== undefined && to < today)
  return ends.sort()[0]
}
