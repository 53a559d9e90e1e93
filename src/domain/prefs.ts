// What the app keeps on the phone between visits, and how it reads it back safely.
// Saved data may be old, edited or damaged: anything that does not fit is dropped and reported.

export interface SavedPrefs {
  /** 长辈模式: larger text everywhere. */
  largeText: boolean
  /** Documents opened most recently, newest first. */
  recentDocIds: string[]
}

export const DEFAULT_PREFS: SavedPrefs = { largeText: false, recentDocIds: [] }

export const RECENT_LIMIT = 5

export interface ReadPrefs {
  prefs: SavedPrefs
  /** True when something was saved but could not be read as it should. */
  damaged: boolean
}

export function readSavedPrefs(raw: unknown, isKnownId: (id: string) => boolean): ReadPrefs {
  if (raw === null || raw === undefined) return { prefs: DEFAULT_PREFS, damaged: false }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { prefs: DEFAULT_PREFS, damaged: true }
  const record = raw as Record<string, unknown>
  let damaged = false
  let largeText = DEFAULT_PREFS.largeText
  if (typeof record.largeText === 'boolean') largeText = record.largeText
  else if (record.largeText !== undefined) damaged = true
  let recentDocIds: string[] = []
  if (Array.isArray(record.recentDocIds)) {
    recentDocIds = record.recentDocIds.filter((id): id is string => typeof id === 'string' && isKnownId(id)).slice(0, RECENT_LIMIT)
    if (recentDocIds.length !== record.recentDocIds.length) damaged = damaged || record.recentDocIds.some((id) => typeof id !== 'string')
  } else if (record.recentDocIds !== undefined) damaged = true
  return { prefs: { largeText, recentDocIds }, damaged }
}

/** Put a document at the front of the recent list, without duplicates. */
export function withRecent(recent: string[], id: string): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, RECENT_LIMIT)
}
