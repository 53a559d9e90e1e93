// The archive's files kept on the phone (storage), up to a size cap, the least recently used dropped first. Each
// file is stored under its content hash, and checked again when read back (content/catalogue.ts, domain/archive.ts).

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

interface CachedFile {
  hash: string
  /** Characters stored. */
  size: number
  usedAt: number
}

const INDEX_KEY = 'lishi-archive-index'
const fileKey = (hash: string) => `lishi-archive-${hash}`

/** Together at most 1.5 million characters, a file at most 300,000 (Chinese is 3 bytes a character in UTF-8, and
 * WeChat allows 10 MB of storage per mini-program and 1 MB per key). */
const ARCHIVE_CACHE_CAP = 1_500_000
const ARCHIVE_FILE_CAP = 300_000

export interface ArchiveCache {
  read(hash: string): string | undefined
  write(hash: string, text: string): boolean
  remove(hash: string): void
  /** What is stored, oldest use first. */
  entries(): CachedFile[]
}

export function archiveCache(storage: KeyValueStorage, options: { cap?: number; fileCap?: number; now?: () => number } = {}): ArchiveCache {
  const cap = options.cap ?? ARCHIVE_CACHE_CAP
  const fileCap = options.fileCap ?? ARCHIVE_FILE_CAP
  const now = options.now ?? (() => Date.now())
  const readIndex = (): CachedFile[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? '[]')
      if (!Array.isArray(parsed)) return []
      return parsed.filter(
        (each): each is CachedFile =>
          typeof each === 'object' &&
          each !== null &&
          typeof each.hash === 'string' &&
          /^[0-9a-f]{32}$/.test(each.hash) &&
          typeof each.size === 'number' &&
          typeof each.usedAt === 'number',
      )
    } catch {
      return []
    }
  }
  const writeIndex = (index: CachedFile[]) => storage.setItem(INDEX_KEY, JSON.stringify(index))
  const cache: ArchiveCache = {
    read(hash) {
      const index = readIndex()
      const entry = index.find((each) => each.hash === hash)
      const text = entry ? storage.getItem(fileKey(hash)) : null
      if (!entry || text === null) return undefined
      entry.usedAt = now()
      writeIndex(index)
      return text
    },
    write(hash, text) {
      if (text.length > fileCap) return false
      const index = readIndex().filter((each) => each.hash !== hash)
      index.sort((a, b) => a.usedAt - b.usedAt)
      let total = index.reduce((sum, each) => sum + each.size, 0)
      while (index.length > 0 && total + text.length > cap) {
        const dropped = index.shift()!
        storage.removeItem(fileKey(dropped.hash))
        total -= dropped.size
      }
      storage.setItem(fileKey(hash), text)
      if (storage.getItem(fileKey(hash)) !== text) {
        writeIndex(index)
        return false
      }
      writeIndex([...index, { hash, size: text.length, usedAt: now() }])
      return true
    },
    remove(hash) {
      storage.removeItem(fileKey(hash))
      writeIndex(readIndex().filter((each) => each.hash !== hash))
    },
    entries: () => readIndex().sort((a, b) => a.usedAt - b.usedAt),
  }
  return cache
}
