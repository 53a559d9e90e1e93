import type { RuleParameter, ToolEdition } from './types'
import type { IssueRules, RuleList } from './load'
import { ruleFolders } from './generated/rules'

// The rule parameters of every issue (only the tools import this module, so they stay in the tools subpackage),
// plus the fixture issue's in LISHI_CONTENT_FIXTURES=1 builds (the @fixtures alias, config/index.ts).
// A parameter keeps its id from issue to issue; each issue adds a value with its own period and citation (as
// OpenFisca's parameters do). A value applies from its `period.from` until the next value's.
const fixtureRules: IssueRules[] =
  process.env.LISHI_CONTENT_FIXTURES === '1'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require inside the condition is what webpack drops; an import cannot be conditional
      (require('@fixtures/issues') as { fixtureRuleFolders: IssueRules[] }).fixtureRuleFolders
    : []
const ruleModules: IssueRules[] = [...ruleFolders, ...fixtureRules]

/** Every value of every rule parameter, of every issue. */
export const allParams: RuleParameter[] = ruleModules.flatMap((module) => module.params)

/** Every list the gazette gives (e.g. the 托管 pilot townships), of every issue. */
export const allLists: RuleList[] = ruleModules.flatMap((module) => module.lists)

/** Every edition of every calculator and self-check, oldest first. */
export const allTools: ToolEdition[] = ruleModules
  .flatMap((module) => module.tools)
  .sort((a, b) => a.period.from.localeCompare(b.period.from))

/** The rules in force at a date: `lookup(id)` a parameter's value, `lookup.list(id)` a list. */
export type ParamLookup = ((id: string) => RuleParameter) & {
  list: (id: string) => RuleList
  /** Every parameter in force whose id starts so (e.g. the plan tables' standards), in the order the issue gives them. */
  matching: (prefix: string) => RuleParameter[]
  at: string
}

interface Dated {
  id: string
  period: { from: string }
}

/** For each id, the value with the latest `from` on or before the date. */
function inForce<T extends Dated>(values: T[], date: string): Map<string, T> {
  const chosen = new Map<string, T>()
  for (const value of values) {
    if (value.period.from > date) continue
    const current = chosen.get(value.id)
    if (!current || value.period.from > current.period.from) chosen.set(value.id, value)
  }
  return chosen
}

/** The rules in force at a date; a missing id is a programming error caught by the tests. */
export function paramsAt(date: string): ParamLookup {
  const params = inForce(allParams, date)
  const lists = inForce(allLists, date)
  const lookup = (id: string) => {
    const found = params.get(id)
    if (!found) throw new Error(`unknown rule parameter ${id} at ${date}`)
    return found
  }
  const list = (id: string) => {
    const found = lists.get(id)
    if (!found) throw new Error(`unknown rule list ${id} at ${date}`)
    return found
  }
  const matching = (prefix: string) => [...params.values()].filter((value) => value.id.startsWith(prefix))
  return Object.assign(lookup, { list, matching, at: date })
}

const LATEST = '9999-12-31'

/** The newest value of every parameter (what 我能领什么 and the lists of figures use). */
export const param: ParamLookup = paramsAt(LATEST)

/** Every value a parameter has had, oldest first. */
export function valuesOf(id: string): RuleParameter[] {
  return allParams.filter((value) => value.id === id).sort((a, b) => a.period.from.localeCompare(b.period.from))
}

/** A tool's editions, oldest first: one per issue that sets its period. */
export function editionsOf(toolId: string): ToolEdition[] {
  return allTools.filter((edition) => edition.toolId === toolId)
}

/**
 * The date a tool's edition reads its parameters at: the latest start among its issue's values of the tool's
 * parameters (so every figure that issue printed for it is in force), and never before the edition's own start.
 */
export function editionDate(edition: ToolEdition, paramPrefixes: string[]): string {
  const own = allParams.filter((value) => value.issueId === edition.issueId && paramPrefixes.some((prefix) => value.id.startsWith(prefix)))
  return own.reduce((latest, value) => (value.period.from > latest ? value.period.from : latest), edition.period.from)
}

/** The documents an edition rests on: the one that sets its period first, then those its figures cite. */
export function editionDocIds(edition: ToolEdition, paramPrefixes: string[]): string[] {
  const inPrefixes = allParams.filter((value) => paramPrefixes.some((prefix) => value.id.startsWith(prefix)))
  // A value without a citation is reported by content:check; it names no document here.
  const cited = [...inForce(inPrefixes, editionDate(edition, paramPrefixes)).values()].flatMap((value) =>
    value.cite ? [value.cite.docId] : [],
  )
  return [...new Set([edition.cite.docId, ...cited])]
}
