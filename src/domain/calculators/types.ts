// The shape shared by every calculator: form fields as data, and a pure compute function
// (values, parameter lookup) → result lines that each name the parameters they used.
import type { Citation } from '#src/content/types'
import type { ParamLookup } from '#src/content/rules-in-force'

export interface Option {
  value: string
  label: string
}

/** Show a field only when another field has one of these values. */
export interface FieldCondition {
  key: string
  in: (string | boolean)[]
}

interface FieldBase {
  key: string
  label: string
  help?: string
  when?: FieldCondition
}

interface NumberBase extends FieldBase {
  unit: string
  /** Larger values are refused as typing mistakes. */
  max: number
  /** Larger values are possible but unusual for the people this form is for: the page asks 您填的是…，对吗？ first. */
  plausibleMax?: number
  /** Left empty counts as 0 (the label or help says 没有就不填). */
  optional?: boolean
  /** Self-checks: offer 不清楚 beside the number box. */
  unsure?: boolean
}

export type Field =
  | (NumberBase & { kind: 'count' })
  | (NumberBase & { kind: 'amount'; decimals: number })
  | (FieldBase & { kind: 'choice'; options: Option[] })
  | (FieldBase & { kind: 'toggle' })

export type NumberField = Extract<Field, { kind: 'count' | 'amount' }>

export type ChoiceField = Extract<Field, { kind: 'choice' }>

export type FormValue = string | boolean
export type FormValues = Record<string, FormValue>

export interface ResultLine {
  label: string
  amount: number
  unit: string
  /** How the amount was computed, in words and numbers. */
  how: string
  paramIds: string[]
  /** The gazette's words make the amount a ceiling, or do not say it is fixed: shown as 最多…. */
  atMost?: boolean
}

export interface ResultTotal {
  label: string
  amount: number
  unit: string
  /** Sums a line that is only a ceiling: shown as 最多…. */
  atMost?: boolean
}

export interface Condition {
  text: string
  met: boolean
}

/** A reading we chose where the gazette's words allow more than one (shown as 按本计算器理解…). */
export interface Reading {
  text: string
  cite: Citation
}

export interface CalcResult {
  lines: ResultLine[]
  totals: ResultTotal[]
  conditions: Condition[]
  notes: string[]
  readings: Reading[]
}

export type FieldErrors = Record<string, string>

export type CalcOutcome = { ok: true; result: CalcResult } | { ok: false; errors: FieldErrors }

export interface Calculator {
  id: string
  title: string
  /** One line under the title: who it is for. */
  intro: string
  /** The rule parameters it reads (id prefixes): its editions, documents and periods follow their values. */
  paramPrefixes: string[]
  /** The form, for the rules in force (a field may name a figure or list the standards of that edition). */
  fields: (param: ParamLookup) => Field[]
  /** A complete worked example: its numbers are the placeholders (例如 10); the form itself starts empty. */
  example: FormValues
  compute: (values: FormValues, param: ParamLookup) => CalcOutcome
}

export function isFieldShown(field: Field, values: FormValues): boolean {
  return !field.when || field.when.in.includes(values[field.when.key] ?? '')
}
