// The 我能领什么 answers, kept only on this phone so a person can come back to them, and cleared on request.
// Only valid answers are written (see answersShape); what is being typed stays in memory until it is valid.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { FormValue } from '#src/domain/calculators/types'
import { answersShape, NO_ANSWERS, type SavedAnswers } from '#src/domain/eligibility/saved-answers'
import { checkedStorage } from './checked-storage'

interface AnswersState extends SavedAnswers {
  storageNotice: string | null
  setAnswer: (key: string, value: FormValue) => void
  markCompleted: () => void
  clearAnswers: () => void
  dismissStorageNotice: () => void
}

const ANSWERS_STORAGE_KEY = 'lishi-answers'

export const useAnswers = create<AnswersState>()(
  persist(
    (set) => ({
      ...NO_ANSWERS,
      storageNotice: null,
      setAnswer: (key, value) => set((state) => ({ values: { ...state.values, [key]: value } })),
      markCompleted: () => set({ completed: true }),
      clearAnswers: () => {
        set({ ...NO_ANSWERS, storageNotice: null })
        useAnswers.persist.clearStorage()
      },
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    { name: ANSWERS_STORAGE_KEY, version: answersShape.version, storage: checkedStorage(answersShape, ['values', 'completed']) },
  ),
)
