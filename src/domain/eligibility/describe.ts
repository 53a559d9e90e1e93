// Answers read back in words, for the “您的回答” summary.
import { isFieldShown, type Field, type FormValues } from '../calculators/types'
import type { Question } from './questions'

function describeField(field: Field, values: FormValues): string {
  const value = values[field.key]
  switch (field.kind) {
    case 'choice':
      return field.options.find((option) => option.value === value)?.label ?? '未选'
    case 'toggle':
      return value === true ? '是' : '否'
    default:
      return `${typeof value === 'string' && value !== '' ? value : '未填'}${field.unit}`
  }
}

export function describeQuestion(question: Question, values: FormValues): string {
  return question.fields
    .filter((field) => isFieldShown(field, values))
    .map((field) => `${field.label}：${describeField(field, values)}`)
    .join('；')
}
