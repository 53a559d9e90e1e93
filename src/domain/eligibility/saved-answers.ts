// The 我能领什么 answers as saved on the phone: each answer is kept only if it is a valid answer to its
// question (a number that parses, an option that exists, 是/否), so NaN or a stray value is never saved or shown.
import { readNumber } from '../calculators/input'
import type { FormValues } from '../calculators/types'
import { isRecord, type ReadResult, type SavedShape } from '../saved/saved-data'
import { allQuestionFields } from './questions'

export interface SavedAnswers {
  values: FormValues
  completed: boolean
  /** Keys whose saved answers could not be kept (not written back): the page reopens at their question. */
  lost: string[]
}

export const NO_ANSWERS: SavedAnswers = { values: {}, completed: false, lost: [] }

export function readSavedAnswers(raw: unknown): ReadResult<SavedAnswers> {
  if (!isRecord(raw)) return { state: NO_ANSWERS, dropped: raw === undefined || raw === null ? [] : ['回答'] }
  const dropped: string[] = []
  const lost: string[] = []
  const saved = isRecord(raw.values) ? raw.values : {}
  if (raw.values !== undefined && !isRecord(raw.values)) dropped.push('回答')
  const values: FormValues = {}
  for (const field of allQuestionFields) {
    const value = saved[field.key]
    if (value === undefined || value === '') continue
    const valid =
      field.kind === 'toggle'
        ? typeof value === 'boolean'
        : field.kind === 'choice'
          ? typeof value === 'string' && field.options.some((option) => option.value === value)
          : typeof value === 'string' && readNumber(field, value).kind === 'ok'
    if (valid) values[field.key] = value as string | boolean
    else {
      dropped.push(`“${field.label}”的回答`)
      lost.push(field.key)
    }
  }
  // A dropped answer does not undo the others: the page reopens at the first question left unanswered.
  const completed = raw.completed === true
  return { state: { values, completed, lost }, dropped }
}

/**
 * Version 1 (until 2026-11) pre-filled every answer; version 2 starts empty and asks about 养老保险 separately.
 * 1 → 2: every answer is kept as it was; the result is shown again only after the new question is seen.
 */
export const answersShape: SavedShape<SavedAnswers> = {
  version: 2,
  migrations: {
    1: (state) => ({ ...state, completed: false }),
  },
  read: readSavedAnswers,
}
