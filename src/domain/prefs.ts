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

/** WeChat's default font size is 16 px; a larger setting means the person chose 大 or 特大 in WeChat. */
const WECHAT_DEFAULT_FONT_SIZE = 16

/** On the first launch, 大字 starts on when WeChat's own font setting is larger than the default. */
export function startsLarge(fontSizeSetting: number | undefined): boolean {
  return fontSizeSetting !== undefined && fontSizeSetting > WECHAT_DEFAULT_FONT_SIZE
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
