// Answers read back in words, for the “您的回答” summary.
import { describeAnswers } from '../calculators/answers'
import type { FormValues } from '../calculators/types'
import type { Question } from './questions'

export function describeQuestion(question: Question, values: FormValues): string {
  return describeAnswers(question.fields, values, '；')
}
