// What the app keeps on the phone between visits (长辈模式, recently opened documents), and how it reads it
// back: field by field, keeping what validates and naming what does not.
import { isRecord, type ReadResult, type SavedShape } from './saved-data'

export interface SavedPrefs {
  /** 长辈模式: larger text everywhere. */
  largeText: boolean
  /** Documents opened most recently, newest first. */
  recentDocIds: string[]
  /** The one-time question about 大字 has been answered (or the person already chose before it existed). */
  largeTextAsked: boolean
}

export const DEFAULT_PREFS: SavedPrefs = { largeText: false, recentDocIds: [], largeTextAsked: false }

/** What WeChat reports about its own font setting (设置 → 通用 → 字体大小) and the phone it runs on. */
export interface WechatFont {
  /** getDeviceInfo().platform: 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos'… */
  platform?: string
  /** getAppBaseInfo().fontSizeSetting, in px. */
  fontSizeSetting?: number
  /** getAppBaseInfo().fontSizeScaleFactor: the setting divided by the platform's standard size. */
  fontSizeScaleFactor?: number
}

/**
 * WeChat's standard font size per platform, from 小程序适老化设计指南
 * (https://developers.weixin.qq.com/miniprogram/design/elderly.html, 2.1 微信字体大小变化规则): on iOS the standard
 * setting is 17 px (16 is the one smaller step, 18–29.75 the larger ones), on Android 16 px (fontSizeSetting =
 * 16 × fontSizeScaleFactor). So an iPhone at the standard size reports 17, which is not enlarged.
 */
const STANDARD_FONT_SIZE: Record<string, number> = { ios: 17, android: 16 }

/**
 * On the first launch, 大字 starts on when the person enlarged WeChat's own font: fontSizeSetting above the standard
 * size of their platform; on a platform without a documented standard, the scale factor WeChat reports above 1.
 * Anything unknown stays normal (the one-time question still offers 大字).
 */
export function startsLarge({ platform, fontSizeSetting, fontSizeScaleFactor }: WechatFont): boolean {
  const standard = platform === undefined ? undefined : STANDARD_FONT_SIZE[platform]
  if (standard !== undefined && fontSizeSetting !== undefined) return fontSizeSetting > standard
  return fontSizeScaleFactor !== undefined && fontSizeScaleFactor > 1
}

export const RECENT_LIMIT = 5

export function readSavedPrefs(raw: unknown, isKnownId: (id: string) => boolean): ReadResult<SavedPrefs> {
  const dropped: string[] = []
  if (!isRecord(raw)) return { state: DEFAULT_PREFS, dropped: raw === undefined || raw === null ? [] : ['设置'] }
  let largeText = DEFAULT_PREFS.largeText
  if (typeof raw.largeText === 'boolean') largeText = raw.largeText
  else if (raw.largeText !== undefined) dropped.push('大字设置')
  let recentDocIds: string[] = []
  if (Array.isArray(raw.recentDocIds)) {
    // Ids of documents no longer in the app are left out quietly; only values of the wrong kind are reported.
    recentDocIds = raw.recentDocIds.filter((id): id is string => typeof id === 'string' && isKnownId(id)).slice(0, RECENT_LIMIT)
    if (raw.recentDocIds.some((id) => typeof id !== 'string')) dropped.push('最近看过的文件')
  } else if (raw.recentDocIds !== undefined) dropped.push('最近看过的文件')
  let largeTextAsked = DEFAULT_PREFS.largeTextAsked
  if (typeof raw.largeTextAsked === 'boolean') largeTextAsked = raw.largeTextAsked
  else if (raw.largeTextAsked !== undefined) dropped.push('大字提问')
  return { state: { largeText, recentDocIds, largeTextAsked }, dropped }
}

/**
 * Saved preferences. Version 2 adds largeTextAsked; 1 → 2: someone who saved preferences before has already
 * met the 大字 switch, so the one-time question is not asked again.
 */
export function prefsShape(isKnownId: (id: string) => boolean): SavedShape<SavedPrefs> {
  return { version: 2, migrations: { 1: (state) => ({ ...state, largeTextAsked: true }) }, read: (raw) => readSavedPrefs(raw, isKnownId) }
}

/** Put a document at the front of the recent list, without duplicates. */
export function withRecent(recent: string[], id: string): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, RECENT_LIMIT)
}
