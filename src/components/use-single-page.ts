import { useMemo } from 'react'
import { isSinglePage } from '#src/domain/links/single-page'
import { enteredScene } from '#src/platform/launch'

/** The page was opened in 朋友圈's single-page mode (domain/links/single-page.ts): only what works there is shown. */
export function useSinglePage(): boolean {
  return useMemo(() => isSinglePage(enteredScene()), [])
}
