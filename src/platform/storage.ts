// Taro storage behind a small key/value interface; a failing storage never throws into a page.
import Taro from '@tarojs/taro'

export const taroStorage = {
  getItem(key: string): string | null {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(key: string, value: string): void {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage full or unavailable: the app keeps working with what is in memory.
    }
  },
  removeItem(key: string): void {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Nothing to remove.
    }
  },
}
