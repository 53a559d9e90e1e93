// Reading answers back from the phone's storage: unknown keys and wrong types are dropped and reported.
import type { FormValues } from '../calculators/types'
import { allQuestionFields, DEFAULT_ANSWERS } from './questions'

export interface ReadAnswers {
  values: FormValues
  completed: boolean
  damaged: boolean
}

export function readSavedAnswers(raw: unknown): ReadAnswers {
  const fresh = { values: { ...DEFAULT_ANSWERS }, completed: false }
  if (raw === null || raw === undefined) return { ...fresh, damaged: false }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ...fresh, damaged: true }
  const record = raw as { values?: unknown; completed?: unknown }
  if (typeof record.values !== 'object' || record.values === null || Array.isArray(record.values)) return { ...fresh, damaged: true }
  const saved = record.values as Record<string, unknown>
  const values: FormValues = { ...DEFAULT_ANSWERS }
  let damaged = typeof record.completed !== 'boolean'
  for (const field of allQuestionFields) {
    const value = saved[field.key]
    if (value === undefined) continue
    const fits = field.kind === 'toggle' ? typeof value === 'boolean' : typeof value === 'string'
    if (fits) values[field.key] = value as string | boolean
    else damaged = true
  }
  return { values, completed: record.completed === true, damaged }
}
