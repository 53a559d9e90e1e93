// The 我能领什么 answers, kept only on this phone so a person can come back to them, and cleared on request.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { FormValue, FormValues } from '../domain/calculators/types'
import { DEFAULT_ANSWERS } from '../domain/eligibility/questions'
import { readSavedAnswers } from '../domain/eligibility/saved-answers'
import { checkedStorage } from './checked-storage'

interface SavedAnswers {
  values: FormValues
  completed: boolean
}

interface AnswersState extends SavedAnswers {
  storageDamaged: boolean
  setAnswer: (key: string, value: FormValue) => void
  markCompleted: () => void
  clearAnswers: () => void
  dismissStorageNotice: () => void
}

const ANSWERS_STORAGE_KEY = 'lishi-answers'

const storage = checkedStorage<SavedAnswers>(
  1,
  (raw) => {
    const { values, completed, damaged } = readSavedAnswers(raw)
    return { state: { values, completed }, damaged }
  },
  ['values', 'completed'],
)

export const useAnswers = create<AnswersState>()(
  persist(
    (set) => ({
      values: { ...DEFAULT_ANSWERS },
      completed: false,
      storageDamaged: false,
      setAnswer: (key, value) => set((state) => ({ values: { ...state.values, [key]: value } })),
      markCompleted: () => set({ completed: true }),
      clearAnswers: () => {
        set({ values: { ...DEFAULT_ANSWERS }, completed: false, storageDamaged: false })
        useAnswers.persist.clearStorage()
      },
      dismissStorageNotice: () => set({ storageDamaged: false }),
    }),
    { name: ANSWERS_STORAGE_KEY, version: 1, storage },
  ),
)
