// A calculator's editions: one per issue that sets its period, each reading the rule values in force then. The
// newest is what a resident sees first; an earlier one can be chosen, and a result always says which it follows.
// Everything a result shows about its source (依据, the period, the call button) comes from the edition.
import { editionDate, editionDocIds, editionsOf, paramsAt, type ParamLookup } from '../../content/rules'
import type { DateWindow, ToolEdition } from '../../content/types'
import type { Calculator } from './types'

export interface CalculatorEdition {
  edition: ToolEdition
  /** The rules this edition reads. */
  param: ParamLookup
  /** The documents its figures rest on, the one that sets its period first (its phone is the one to call). */
  docIds: string[]
  window: DateWindow
}

const cache = new Map<string, CalculatorEdition[]>()

/** Oldest first (the content does not change while the app runs, so each calculator's are worked out once). */
export function calculatorEditions(calculator: Calculator): CalculatorEdition[] {
  const known = cache.get(calculator.id)
  if (known) return known
  const editions = editionsOf(calculator.id).map((edition) => ({
    edition,
    param: paramsAt(editionDate(edition, calculator.paramPrefixes)),
    docIds: editionDocIds(edition, calculator.paramPrefixes),
    window: { label: edition.label, start: edition.period.from, end: edition.period.to, source: edition.cite.words, note: edition.note },
  }))
  cache.set(calculator.id, editions)
  return editions
}

/** The newest edition; a calculator without one is a content error content:check reports. */
export function currentEdition(calculator: Calculator): CalculatorEdition | undefined {
  const editions = calculatorEditions(calculator)
  return editions[editions.length - 1]
}

/** The edition of an issue (a document's 算一算 of an older issue opens that one), else the newest. */
export function editionOfIssue(calculator: Calculator, issueId: string | undefined): CalculatorEdition | undefined {
  const editions = calculatorEditions(calculator)
  return editions.find((candidate) => candidate.edition.issueId === issueId) ?? editions[editions.length - 1]
}
