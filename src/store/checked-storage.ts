// A persist storage for zustand on top of Taro storage that checks what it reads back:
// damaged or old data is replaced by safe values and flagged, so a page can say so in plain words.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { taroStorage } from '../platform/storage'

export type Checked<T> = T & { storageDamaged: boolean }

export function checkedStorage<T extends object>(
  version: number,
  read: (raw: unknown) => { state: T; damaged: boolean },
  persisted: (keyof T)[],
): PersistStorage<Checked<T>> {
  return {
    getItem(name): StorageValue<Checked<T>> | null {
      const text = taroStorage.getItem(name)
      if (text === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        return { state: { ...read(undefined).state, storageDamaged: true }, version }
      }
      const envelope = parsed as { state?: unknown; version?: unknown } | null
      const versionOk = envelope !== null && typeof envelope === 'object' && envelope.version === version
      const { state, damaged } = read(versionOk ? envelope.state : parsed)
      return { state: { ...state, storageDamaged: damaged || !versionOk }, version }
    },
    setItem(name, value) {
      const state = Object.fromEntries(persisted.map((key) => [key, value.state[key]]))
      taroStorage.setItem(name, JSON.stringify({ state, version: value.version }))
    },
    removeItem(name) {
      taroStorage.removeItem(name)
    },
  }
}
