// Preferences kept on the phone (长辈模式, recently opened documents), persisted through Taro storage.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isKnownDocumentId } from '../content'
import { DEFAULT_PREFS, readSavedPrefs, withRecent, type SavedPrefs } from '../domain/prefs'
import { checkedStorage } from './checked-storage'

interface PrefsState extends SavedPrefs {
  /** Saved preferences were damaged and have been reset; the home page says so once. */
  storageDamaged: boolean
  toggleLargeText: () => void
  rememberDoc: (id: string) => void
  dismissStorageNotice: () => void
}

const storage = checkedStorage<SavedPrefs>(
  1,
  (raw) => {
    const { prefs, damaged } = readSavedPrefs(raw, isKnownDocumentId)
    return { state: prefs, damaged }
  },
  ['largeText', 'recentDocIds'],
)

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      storageDamaged: false,
      toggleLargeText: () => set((state) => ({ largeText: !state.largeText })),
      rememberDoc: (id) => set((state) => ({ recentDocIds: withRecent(state.recentDocIds, id) })),
      dismissStorageNotice: () => set({ storageDamaged: false }),
    }),
    { name: 'lishi-prefs', version: 1, storage },
  ),
)
