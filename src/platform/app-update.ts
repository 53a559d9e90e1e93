// The app's one update manager (domain/updates/app-update.ts), started when app.ts loads (on launch). Only WeChat has
// wx.getUpdateManager; in the browser there is nothing to update (the site serves the current build).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { appUpdate, type UpdateManagerPort, type UpdateState } from '#src/domain/updates/app-update'

function updateManager(): UpdateManagerPort | undefined {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getUpdateManager !== 'function') return undefined
  const manager = Taro.getUpdateManager() as Partial<UpdateManagerPort> | undefined
  return manager && typeof manager.onUpdateReady === 'function' ? (manager as UpdateManagerPort) : undefined
}

export const update = appUpdate(updateManager())

const openRoutes = () => Taro.getCurrentPages().map((page) => page.route ?? '')

/** Called by a page that holds nothing when it is opened afresh: a ready update is applied unless a form is open. */
export function applyUpdateIfSafe(): void {
  if (update.state() === 'ready') update.applyIfSafe(openRoutes())
}

export function useUpdateState(): UpdateState {
  const [state, setState] = useState(update.state())
  useEffect(() => {
    setState(update.state())
    return update.subscribe(setState)
  }, [])
  return state
}
