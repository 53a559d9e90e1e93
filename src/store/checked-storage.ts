// A persist storage for zustand on top of Taro storage that reads saved data through restoreSaved (upgraded
// from older versions, checked field by field) and writes only what validates. What could not be kept is
// exposed as `storageNotice`, one line for the page to show.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { restoreSaved, savedText, type SavedShape } from '#src/domain/saved/saved-data'
import { taroStorage } from '#src/platform/storage'

export type Noticed<T> = T & { storageNotice: string | null }

export function checkedStorage<T extends object>(shape: SavedShape<T>, persisted: (keyof T)[]): PersistStorage<Noticed<T>> {
  return {
    getItem(name): StorageValue<Noticed<T>> | null {
      const text = taroStorage.getItem(name)
      if (text === null) return null
      const { state, notice } = restoreSaved(text, shape)
      return { state: { ...state, storageNotice: notice }, version: shape.version }
    },
    setItem(name, value) {
      const state = Object.fromEntries(persisted.map((key) => [key, value.state[key]]))
      taroStorage.setItem(name, savedText(state, shape, persisted))
    },
    removeItem(name) {
      taroStorage.removeItem(name)
    },
  }
}
