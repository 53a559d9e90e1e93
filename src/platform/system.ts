// What WeChat tells us about the phone's settings. In the browser preview there is no such setting.
import Taro from '@tarojs/taro'

/** WeChat's font size setting in px (16 is the default; larger when the user chose 大 or 特大), if known. */
export function wechatFontSize(): number | undefined {
  try {
    const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeSetting?: unknown }
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : undefined
  } catch {
    return undefined
  }
}
