// Preferences kept on the phone (长辈模式, recently opened documents), persisted through Taro storage.
import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import { isKnownDocumentId } from '../content'
import { DEFAULT_PREFS, readSavedPrefs, withRecent, type SavedPrefs } from '../domain/prefs'
import { taroStorage } from '../platform/storage'

interface PrefsState extends SavedPrefs {
  /** Saved preferences were damaged and have been reset; the home page says so once. */
  storageDamaged: boolean
  toggleLargeText: () => void
  rememberDoc: (id: string) => void
  dismissStorageNotice: () => void
}

const STORAGE_KEY = 'lishi-prefs'
const STORAGE_VERSION = 1

const checkedStorage: PersistStorage<SavedPrefs & { storageDamaged: boolean }> = {
  getItem(name): StorageValue<SavedPrefs & { storageDamaged: boolean }> | null {
    const text = taroStorage.getItem(name)
    if (text === null) return null
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { state: { ...DEFAULT_PREFS, storageDamaged: true }, version: STORAGE_VERSION }
    }
    const envelope = parsed as { state?: unknown; version?: unknown } | null
    const versionOk = envelope !== null && typeof envelope === 'object' && envelope.version === STORAGE_VERSION
    const { prefs, damaged } = readSavedPrefs(versionOk ? envelope.state : parsed, isKnownDocumentId)
    return { state: { ...prefs, storageDamaged: damaged || !versionOk }, version: STORAGE_VERSION }
  },
  setItem(name, value) {
    const { largeText, recentDocIds } = value.state
    taroStorage.setItem(name, JSON.stringify({ state: { largeText, recentDocIds }, version: value.version }))
  },
  removeItem(name) {
    taroStorage.removeItem(name)
  },
}

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      storageDamaged: false,
      toggleLargeText: () => set((state) => ({ largeText: !state.largeText })),
      rememberDoc: (id) => set((state) => ({ recentDocIds: withRecent(state.recentDocIds, id) })),
      dismissStorageNotice: () => set({ storageDamaged: false }),
    }),
    { name: STORAGE_KEY, version: STORAGE_VERSION, storage: checkedStorage },
  ),
)
