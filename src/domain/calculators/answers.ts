// Answers read back in words: the line a result repeats (按 12 亩、机耕 … 计算), the 您的回答 summary, and the
// question 您填的是 1120 亩，对吗？ for values that are possible but unusual.
import { numberValue, UNSURE } from './input'
import { isFieldShown, type Field, type FormValues } from './types'
import { formatNumber } from './format'

/** One answer in words: 12亩, 机耕, 是; 未填 / 未选 when there is none (never NaN or a raw bad value). */
export function describeAnswer(field: Field, values: FormValues): string {
  const value = values[field.key]
  switch (field.kind) {
    case 'choice':
      return field.options.find((option) => option.value === value)?.label ?? '未选'
    case 'toggle':
      return value === true ? '是' : value === false ? '否' : value === UNSURE ? '不清楚' : '未选'
    default: {
      const number = numberValue(field, value)
      if (number !== undefined) return `${formatNumber(number)}${field.unit}`
      return typeof value === 'string' && value.trim() !== '' ? '（填得不对）' : field.optional ? `0${field.unit}` : '未填'
    }
  }
}

/** “托管面积 12亩、耕地 机耕 …” — every shown field with its answer, for the line above a result. */
export function describeAnswers(fields: Field[], values: FormValues, separator = '、'): string {
  return fields
    .filter((field) => isFieldShown(field, values))
    .map((field) => `${field.label}：${describeAnswer(field, values)}`)
    .join(separator)
}

export interface Doubt {
  key: string
  /** `${key}=${value}`: a confirmation holds only for the value it confirmed. */
  token: string
  question: string
}

/** Shown number fields whose value is above the field's plausible range and not yet confirmed. */
export function doubtfulValues(fields: Field[], values: FormValues, confirmed: ReadonlySet<string>): Doubt[] {
  const doubts: Doubt[] = []
  for (const field of fields) {
    if ((field.kind !== 'count' && field.kind !== 'amount') || field.plausibleMax === undefined || !isFieldShown(field, values)) continue
    const value = numberValue(field, values[field.key])
    if (value === undefined || value <= field.plausibleMax) continue
    const token = `${field.key}=${value}`
    if (!confirmed.has(token))
      doubts.push({ key: field.key, token, question: `${field.label}：您填的是 ${formatNumber(value)} ${field.unit}，对吗？` })
  }
  return doubts
}
