import type { RuleParameter } from './types'
import { params2022_03 } from './issues/2022-03/rules'

/** All rule parameters of all issues. */
export const allParams: RuleParameter[] = [...params2022_03]

const byId = new Map(allParams.map((param) => [param.id, param]))

export type ParamLookup = (id: string) => RuleParameter

/** The parameter with this id; a missing id is a programming error caught by the tests. */
export const param: ParamLookup = (id) => {
  const found = byId.get(id)
  if (!found) throw new Error(`unknown rule parameter ${id}`)
  return found
}
