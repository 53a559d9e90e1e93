// A new version of the mini-program, applied at a moment that loses nothing. WeChat checks for a new version at each
// cold start and downloads it in the background; the running (old) code stays until the next cold start, and closing
// with the capsule only sends the app to the background, so without this a resident may keep an old version for
// days (小程序更新机制: https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/update-mechanism.html).
// `applyUpdate` restarts the app with the new version (UpdateManager.applyUpdate:
// https://developers.weixin.qq.com/miniprogram/dev/api/base/update/UpdateManager.applyUpdate.html), so it is called
// only when nothing is lost: when the home page is opened afresh and no page with a form is open, or when the person
// taps 现在更新. Never while a page is being read or a call is being made, and never with a modal.
// No Taro import: it runs in Node tests with a fake manager.

/** What WeChat's UpdateManager offers (wx.getUpdateManager()). */
export interface UpdateManagerPort {
  onCheckForUpdate(listener: (result: { hasUpdate: boolean }) => void): void
  onUpdateReady(listener: () => void): void
  onUpdateFailed(listener: () => void): void
  applyUpdate(): void
}

/** none: no new version known (or not in WeChat); downloading: WeChat reported one and is downloading it. */
export type UpdateState = 'none' | 'downloading' | 'ready' | 'failed'

/** Pages whose forms hold what a person typed (the calculators, 我能领什么, the self-checks): a restart loses it. */
export const FORM_PAGE_PREFIXES = ['packages/tools/']

/** True when no open page (routes of getCurrentPages(), with or without a leading slash) holds a form. */
export function noFormOpen(openRoutes: string[]): boolean {
  return openRoutes.every((route) => !FORM_PAGE_PREFIXES.some((prefix) => route.replace(/^\//, '').startsWith(prefix)))
}

export interface AppUpdate {
  state(): UpdateState
  /** Called with the new state whenever it changes; returns the unsubscribe. */
  subscribe(listener: (state: UpdateState) => void): () => void
  /** A safe moment (a page that holds nothing was opened afresh): apply a ready update unless a form is open. */
  applyIfSafe(openRoutes: string[]): boolean
  /** The person asked for it (现在更新). */
  applyNow(): boolean
}

export function appUpdate(manager: UpdateManagerPort | undefined): AppUpdate {
  let state: UpdateState = 'none'
  const listeners = new Set<(state: UpdateState) => void>()
  const set = (next: UpdateState) => {
    state = next
    for (const listener of [...listeners]) listener(next)
  }
  manager?.onCheckForUpdate((result) => {
    if (result.hasUpdate && state === 'none') set('downloading')
  })
  manager?.onUpdateReady(() => set('ready'))
  manager?.onUpdateFailed(() => set('failed'))
  const apply = () => {
    if (state !== 'ready' || !manager) return false
    manager.applyUpdate()
    return true
  }
  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    applyIfSafe: (openRoutes) => noFormOpen(openRoutes) && apply(),
    applyNow: apply,
  }
}
