// Self-check tools for the safety campaigns: questions as data, and an evaluation that lists what to fix and
// the rule behind each item. They never say that something is safe, and never say “nothing found” while a
// question is unanswered or answered 不清楚.
import type { DateWindow } from '../../content/types'
import type { ParamLookup } from '../../content/rules'
import { isFieldShown, type Field, type FieldErrors, type FormValues } from '../calculators/types'
import { readNumber, UNSURE } from '../calculators/input'

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
  /**
   * fix: things to put right; required: an obligation applies (e.g. 安全鉴定); report: tell the authorities;
   * incomplete: questions left unanswered; verify: answers of 不清楚 to check; none: nothing found.
   */
  level: 'fix' | 'required' | 'report' | 'incomplete' | 'verify' | 'none'
  findings: Finding[]
  /** Labels of the questions still unanswered. */
  unanswered: string[]
  /** Labels of the questions answered 不清楚 (需要核实). */
  unsure: string[]
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
  /** Whom to ask about an answer of 不清楚. */
  askWhom: string
  /** A complete example (numbers are the placeholders); the form itself starts unanswered. */
  example: FormValues
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

/** A yes/no self-check item: 是 always means “this problem exists”; 不清楚 is offered beside 是 and 否. */
export function problemItem(key: string, label: string, when?: Field['when'], help?: string): Field {
  return { kind: 'toggle', key, label, when, help, unsure: true }
}

/**
 * The answers of a self-check as they stand: which shown questions are unanswered or 不清楚, the numbers
 * (undefined when not given) and number errors. A problem counts only when answered 是.
 */
export function readSelfCheck(fields: Field[], values: FormValues) {
  const unanswered: string[] = []
  const unsure: string[] = []
  const errors: FieldErrors = {}
  const numbers: Record<string, number | undefined> = {}
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue
    const raw = values[field.key]
    if (field.kind === 'count' || field.kind === 'amount') {
      const reading = readNumber(field, raw)
      if (reading.kind === 'bad') errors[field.key] = reading.message
      else if (reading.kind === 'empty') unanswered.push(field.label)
      else numbers[field.key] = reading.value
    } else if (raw === UNSURE) unsure.push(field.label)
    else if (field.kind === 'toggle' ? raw !== true && raw !== false : !field.options.some((option) => option.value === raw)) unanswered.push(field.label)
  }
  return {
    unanswered,
    unsure,
    errors,
    /** The number typed, or undefined when the question is hidden, empty or 不清楚. */
    number: (key: string) => numbers[key],
    /** True only when the question is shown and answered 是. */
    yes: (key: string) => values[key] === true && fields.some((field) => field.key === key && isFieldShown(field, values)),
    choice: (key: string) => {
      const field = fields.find((each) => each.key === key)
      return field && isFieldShown(field, values) && typeof values[key] === 'string' ? (values[key] as string) : ''
    },
  }
}

/** The verdict line: problems first; never “nothing found” while something is unanswered or 不清楚. */
export function selfCheckVerdict(
  findings: Finding[],
  unanswered: string[],
  unsure: string[],
  noneFound: string,
  problemLevel: 'fix' | 'required' | 'report' = 'fix',
  problemVerdict = `有${findings.length}项要整改`,
): Pick<SelfCheckResult, 'verdict' | 'level'> {
  const rest = [unanswered.length > 0 ? `还有${unanswered.length}题没回答` : '', unsure.length > 0 ? `${unsure.length}项不清楚要核实` : ''].filter(Boolean).join('，')
  if (findings.length > 0) return { level: problemLevel, verdict: rest ? `${problemVerdict}；${rest}` : problemVerdict }
  if (unanswered.length > 0) return { level: 'incomplete', verdict: `还有${unanswered.length}题没回答，答完才能看出有没有问题` }
  if (unsure.length > 0) return { level: 'verify', verdict: `有${unsure.length}项不清楚，需要核实后才能下结论` }
  return { level: 'none', verdict: noneFound }
}
