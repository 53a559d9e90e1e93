// Preferences kept on the phone (长辈模式, recently opened documents), persisted through Taro storage.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isKnownDocumentId } from '#src/content/catalogue'
import { DEFAULT_PREFS, prefsShape, startsLarge, withRecent, type SavedPrefs, type WechatFont } from '#src/domain/saved/prefs'
import { checkedStorage } from './checked-storage'

interface PrefsState extends SavedPrefs {
  /** What of the saved preferences could not be kept; the home page says so once. */
  storageNotice: string | null
  toggleLargeText: () => void
  setLargeText: (on: boolean) => void
  /** The one-time 大字 question is answered: on or off. */
  answerLargeText: (on: boolean) => void
  /** First launch: follow WeChat's font setting, once, before the question is answered. */
  followWechatFont: (font: WechatFont) => void
  rememberDoc: (id: string) => void
  dismissStorageNotice: () => void
}

const shape = prefsShape(isKnownDocumentId)

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      storageNotice: null,
      toggleLargeText: () => set((state) => ({ largeText: !state.largeText })),
      setLargeText: (on) => set({ largeText: on }),
      answerLargeText: (on) => set({ largeText: on, largeTextAsked: true }),
      followWechatFont: (font) => set((state) => (state.largeTextAsked || !startsLarge(font) ? {} : { largeText: true })),
      rememberDoc: (id) => set((state) => ({ recentDocIds: withRecent(state.recentDocIds, id) })),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    { name: 'lishi-prefs', version: shape.version, storage: checkedStorage(shape, ['largeText', 'recentDocIds', 'largeTextAsked']) },
  ),
)
