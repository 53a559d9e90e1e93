import type { RuleParameter } from './types'
import { issueModules } from './registry'

/** All rule parameters of all issues. */
export const allParams: RuleParameter[] = issueModules.flatMap((module) => module.params)

const byId = new Map(allParams.map((param) => [param.id, param]))

export type ParamLookup = (id: string) => RuleParameter

/** The parameter with this id; a missing id is a programming error caught by the tests. */
export const param: ParamLookup = (id) => {
  const found = byId.get(id)
  if (!found) throw new Error(`unknown rule parameter ${id}`)
  return found
}
