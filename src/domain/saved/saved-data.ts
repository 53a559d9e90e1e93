// Reading back what the app saved on the phone, whatever its age: a JSON envelope {state, version}, upgraded
// step by step from the version it was written in, then checked field by field. Every field that validates
// is kept; what could not be kept is named in one line for the page to show. No Taro import.

export interface ReadResult<T> {
  state: T
  /** Names (in Chinese) of the saved fields that could not be kept. */
  dropped: string[]
}

export interface SavedShape<T> {
  /** The version written now. */
  version: number
  /** migrations[v] turns a state saved as version v into the shape of version v + 1, field by field. */
  migrations: Record<number, (state: Record<string, unknown>) => Record<string, unknown>>
  /** Checks a state of the current shape: keeps what validates, names what does not. Also used before saving. */
  read: (raw: unknown) => ReadResult<T>
}

export interface Restored<T> {
  state: T
  /** One line saying what could not be kept, or null. */
  notice: string | null
}

/** The oldest shape ever written; a state saved without a version (or as 0) is read as this one. */
const FIRST_VERSION = 1

export function restoreSaved<T>(text: string | null, shape: SavedShape<T>): Restored<T> {
  if (text === null) return { state: shape.read(undefined).state, notice: null }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { state: shape.read(undefined).state, notice: '手机里保存的内容读不出来，已恢复成初始状态。' }
  }
  const envelope = isRecord(parsed) && 'state' in parsed ? parsed : { state: parsed }
  const savedVersion =
    typeof envelope.version === 'number' && Number.isInteger(envelope.version) && envelope.version >= FIRST_VERSION
      ? envelope.version
      : FIRST_VERSION
  let state = envelope.state
  // A newer version (the app was downgraded) is read as it is: whatever still validates is kept.
  for (let version = savedVersion; version < shape.version && isRecord(state); version++) {
    const step = shape.migrations[version]
    if (step) state = step(state)
  }
  if (!isRecord(state)) return { state: shape.read(undefined).state, notice: '手机里保存的内容读不出来，已恢复成初始状态。' }
  const { state: kept, dropped } = shape.read(state)
  return {
    state: kept,
    notice: dropped.length > 0 ? `手机里保存的${dropped.join('、')}读不出来，没有保留，请重新填；其他内容都保留了。` : null,
  }
}

/** What to write: only what validates (so a half-typed or hostile value is never saved), and of that only the
 *  keys given (a state may carry what reading found, like the answers it could not keep). */
export function savedText<T extends object>(state: unknown, shape: SavedShape<T>, keys?: (keyof T)[]): string {
  const valid = shape.read(state).state
  const written = keys ? Object.fromEntries(keys.map((key) => [key, valid[key]])) : valid
  return JSON.stringify({ state: written, version: shape.version })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
