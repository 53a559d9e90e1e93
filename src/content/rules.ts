import type { RuleParameter } from './types'
import type { RuleList } from './load'
import { ruleFolders } from './issues/rules'

// The rule parameters of every issue (only the tools import this module, so they stay in the tools subpackage),
// plus the fixture issue's in LISHI_CONTENT_FIXTURES=1 builds (see registry.ts).
interface RuleModule {
  params: RuleParameter[]
  lists: RuleList[]
}
const fixtureRules: RuleModule[] =
  process.env.LISHI_CONTENT_FIXTURES === '1'
    ? (require('../../tests/fixtures/issues') as { fixtureRuleFolders: RuleModule[] }).fixtureRuleFolders
    : []
const ruleModules: RuleModule[] = [...ruleFolders, ...fixtureRules]

/** All rule parameters of all issues. */
export const allParams: RuleParameter[] = ruleModules.flatMap((module) => module.params)

/** All lists the gazette gives (e.g. the 托管 pilot townships), with their citations. */
export const allLists: RuleList[] = ruleModules.flatMap((module) => module.lists)

/** The values of a list; a missing id is a programming error caught by the tests. */
export function listValues(id: string): string[] {
  const found = allLists.find((list) => list.id === id)
  if (!found) throw new Error(`unknown rule list ${id}`)
  return found.values
}

const byId = new Map(allParams.map((param) => [param.id, param]))

export type ParamLookup = (id: string) => RuleParameter

/** The parameter with this id; a missing id is a programming error caught by the tests. */
export const param: ParamLookup = (id) => {
  const found = byId.get(id)
  if (!found) throw new Error(`unknown rule parameter ${id}`)
  return found
}
