// How the app was entered (场景值). getEnterOptionsSync reports this entry (a warm start too), getLaunchOptionsSync
// only the cold start; the latter where the former is missing (older base libraries). None in a browser.
import Taro from '@tarojs/taro'

export function enteredScene(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const options = (Taro.getEnterOptionsSync?.() ?? Taro.getLaunchOptionsSync()) as { scene?: unknown }
    return typeof options.scene === 'number' ? options.scene : undefined
  } catch {
    return undefined
  }
}
