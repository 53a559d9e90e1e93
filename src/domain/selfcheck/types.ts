// Self-check tools for the safety campaigns: questions as data, and an evaluation that lists what to fix and
// the rule behind each item. They never say that something is safe, and never say “nothing found” while a
// question is unanswered or answered 不清楚.
import type { ParamLookup } from '#src/content/rules-in-force'
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
  /** The rule parameters it reads (id prefixes); its document and period are its edition's (see tools/editions.ts). */
  paramPrefixes: string[]
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

/** What an answer to a self-check question means: `found` — what the rule looks for is there (a problem, or a
 * situation the rule names, like 加建、改建); `clear` — it is not. */
export const FOUND = 'found'
export const CLEAR = 'clear'
type Meaning = typeof FOUND | typeof CLEAR

/**
 * A self-check question asked plainly, without a double negative (灶前装了燃气自闭阀门吗？), whose answers say
 * what they mean (装了 / 没装), in the order given: one answer means FOUND and one CLEAR; 不清楚 is always offered.
 */
export function question(key: string, label: string, answers: Record<string, Meaning>, extra: Pick<Field, 'when' | 'help'> = {}): Field {
  const options = Object.entries(answers).map(([answer, meaning]) => ({ value: meaning, label: answer }))
  return { kind: 'choice', key, label, ...extra, options: [...options, { value: UNSURE, label: '不清楚' }] }
}

/** Where a shown question stands: not answered yet, answered 不清楚, a number that cannot be read, or answered. */
type AnswerState = { kind: 'unanswered' } | { kind: 'unsure' } | { kind: 'bad'; message: string } | { kind: 'answered'; number?: number }

function answerState(field: Field, values: FormValues): AnswerState {
  const raw = values[field.key]
  if (raw === UNSURE) return { kind: 'unsure' }
  if (field.kind === 'count' || field.kind === 'amount') {
    const reading = readNumber(field, raw)
    if (reading.kind === 'bad') return { kind: 'bad', message: reading.message }
    return reading.kind === 'empty' ? { kind: 'unanswered' } : { kind: 'answered', number: reading.value }
  }
  const answered = field.kind === 'toggle' ? raw === true || raw === false : field.options.some((option) => option.value === raw)
  return answered ? { kind: 'answered' } : { kind: 'unanswered' }
}

/**
 * The answers of a self-check as they stand: which shown questions are unanswered or 不清楚, the numbers
 * (undefined when not given) and number errors. What the rule looks for counts only when answered FOUND.
 */
export function readSelfCheck(fields: Field[], values: FormValues) {
  const unanswered: string[] = []
  const unsure: string[] = []
  const errors: FieldErrors = {}
  const numbers: Record<string, number | undefined> = {}
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue
    const state = answerState(field, values)
    if (state.kind === 'unanswered') unanswered.push(field.label)
    else if (state.kind === 'unsure') unsure.push(field.label)
    else if (state.kind === 'bad') errors[field.key] = state.message
    else if (state.number !== undefined) numbers[field.key] = state.number
  }
  const shown = (key: string) => fields.some((field) => field.key === key && isFieldShown(field, values))
  return {
    unanswered,
    unsure,
    errors,
    /** The number typed, or undefined when the question is hidden, empty or 不清楚. */
    number: (key: string) => numbers[key],
    /** True only when the question is shown and answered with the answer that means FOUND. */
    found: (key: string) => values[key] === FOUND && shown(key),
    choice: (key: string) => (shown(key) && typeof values[key] === 'string' ? (values[key] as string) : ''),
  }
}

/** A shown question to go back to after 查一查: one left unanswered, or a number that cannot be read. */
export interface OpenQuestion {
  key: string
  /** What to say beside it: the number's error, or that it is not answered yet. */
  message: string
}

/**
 * The questions to go back to, in the order they are asked (the first is where the page takes the person):
 * unanswered ones, numbers that cannot be read, and those the evaluation refused (`errors`, e.g. 0 floors).
 */
export function openQuestions(fields: Field[], values: FormValues, errors: FieldErrors = {}): OpenQuestion[] {
  const open: OpenQuestion[] = []
  for (const field of fields) {
    if (!isFieldShown(field, values)) continue
    const state = answerState(field, values)
    if (errors[field.key]) open.push({ key: field.key, message: errors[field.key] })
    else if (state.kind === 'bad') open.push({ key: field.key, message: state.message })
    else if (state.kind === 'unanswered') open.push({ key: field.key, message: '这题还没回答' })
  }
  return open
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
  const rest = [unanswered.length > 0 ? `还有${unanswered.length}题没回答` : '', unsure.length > 0 ? `${unsure.length}项不清楚要核实` : '']
    .filter(Boolean)
    .join('，')
  if (findings.length > 0) return { level: problemLevel, verdict: rest ? `${problemVerdict}；${rest}` : problemVerdict }
  if (unanswered.length > 0) return { level: 'incomplete', verdict: `还有${unanswered.length}题没回答，答完才能看出有没有问题` }
  if (unsure.length > 0) return { level: 'verify', verdict: `有${unsure.length}项不清楚，需要核实后才能下结论` }
  return { level: 'none', verdict: noneFound }
}
