// Self-check tools for the safety campaigns: questions as data, and an evaluation that lists what to fix and
// the rule behind each item. They never say that something is safe.
import type { DateWindow } from '../../content/types'
import type { ParamLookup } from '../../content/rules'
import type { Field, FieldErrors, FormValues } from '../calculators/types'

export interface Finding {
  /** What is wrong, or what must be done. */
  text: string
  /** The rule as the gazette states it. */
  rule: string
  /** Clause in the document, e.g. 四、（一）. */
  clause: string
}

export interface SelfCheckResult {
  verdict: string
  /** fix: things to put right; required: an obligation applies (e.g. 安全鉴定); report: tell the authorities; none: nothing found. */
  level: 'fix' | 'required' | 'report' | 'none'
  findings: Finding[]
  notes: string[]
}

export type SelfCheckOutcome = { ok: true; result: SelfCheckResult } | { ok: false; errors: FieldErrors }

export interface SelfCheck {
  id: string
  title: string
  intro: string
  docId: string
  period: DateWindow
  fields: Field[]
  defaults: FormValues
  evaluate: (values: FormValues, param: ParamLookup) => SelfCheckOutcome
}

/** Collects findings: `add(when, text, rule, clause)` records one only when its condition holds. */
export function findingList(): { findings: Finding[]; add: (when: boolean, text: string, rule: string, clause: string) => void } {
  const findings: Finding[] = []
  return {
    findings,
    add: (when, text, rule, clause) => {
      if (when) findings.push({ text, rule, clause })
    },
  }
}
