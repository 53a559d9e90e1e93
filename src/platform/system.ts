// What WeChat tells us about the phone's settings. In the browser preview there is no such setting.
import Taro from '@tarojs/taro'
import type { WechatFont } from '#src/domain/saved/prefs'

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

/**
 * WeChat's font setting (fontSizeSetting, fontSizeScaleFactor: getAppBaseInfo) and the platform it is measured on
 * (getDeviceInfo; getAppBaseInfo does not report it). getSystemInfoSync, which reports all three, where the newer
 * calls are missing (base library before 2.20.1).
 */
export function wechatFont(): WechatFont {
  try {
    const base = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeSetting?: unknown; fontSizeScaleFactor?: unknown }
    const device = (Taro.getDeviceInfo?.() ?? Taro.getSystemInfoSync()) as { platform?: unknown }
    return {
      platform: typeof device.platform === 'string' ? device.platform : undefined,
      fontSizeSetting: number(base.fontSizeSetting),
      fontSizeScaleFactor: number(base.fontSizeScaleFactor),
    }
  } catch {
    return {}
  }
}
