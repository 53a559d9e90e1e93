// Loading an archived issue (or one of its files) for a page: the states a page shows, and 再试一次.
import { useCallback, useEffect, useState } from 'react'
import type { ArchiveResult } from '#src/domain/archive/archive'

export type Loading<T> = { kind: 'loading' } | ArchiveResult<T>

/** Runs `load` for `key` (nothing while the key is undefined), again when the key changes and on `retry`; the
 * latest result wins. */
export function useArchived<T>(key: string | undefined, load: () => Promise<ArchiveResult<T>>): { state: Loading<T>; retry: () => void } {
  const [state, setState] = useState<Loading<T>>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (key === undefined) return undefined
    let current = true
    setState({ kind: 'loading' })
    load().then(
      (result) => current && setState(result),
      () => current && setState({ kind: 'offline' }),
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- not on `load`: it is made anew each render; the key names what it loads
  }, [key, attempt])
  const retry = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, retry }
}
