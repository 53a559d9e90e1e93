// 详细算法 from a 我能领什么 result: the calculator opened with the values that benefit was computed from, and a
// sentence saying where they came from and which of them 我能领什么 did not ask.
import type { ParamLookup } from '#src/content/rules-in-force'
import type { Calculator, Field, FormValues } from '../calculators/types'
import type { Edition } from '../tools/editions'
import { describeAnswers } from '../calculators/answers'
import { checkEligibility, type Calculation } from './match'

export interface Prefill {
  values: FormValues
  /** 已按您在“我能领什么”里的回答填好… */
  notice: string
}

/** The values of the benefit named, if the saved answers still give it with this calculator; else nothing is filled. */
export function prefillFromCheck(
  calculator: Calculator,
  edition: Edition,
  benefitId: string | undefined,
  answers: FormValues,
  param: ParamLookup,
): Prefill | undefined {
  if (!benefitId) return undefined
  const outcome = checkEligibility(answers, param)
  if (!outcome.ok) return undefined
  const calculation = [...outcome.result.benefits, ...outcome.result.payments].find((benefit) => benefit.id === benefitId)?.calculation
  if (!calculation || calculation.calculatorId !== calculator.id) return undefined
  return { values: calculation.values, notice: prefillNotice(calculator.fields(edition.param), calculation) }
}

function prefillNotice(fields: Field[], calculation: Calculation): string {
  const assumedFields = fields.filter((field) => calculation.assumed.includes(field.key))
  const assumed =
    assumedFields.length > 0
      ? `“我能领什么”没有问的，先这样填了，请按实际改：${describeAnswers(assumedFields, calculation.values, '；')}。`
      : ''
  return `已按您在“我能领什么”里的回答填好，可以改。${assumed}${calculation.note ?? ''}`
}
