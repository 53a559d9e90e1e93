import { type PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import { movedPagePath, PAGES } from './domain/links/routes'
import { normaliseRouteParams } from './domain/links/deeplink'
import { wechatFont } from './platform/system'
import { usePrefs } from './store/prefs'
import './platform/weapp-aria'
// On launch: listen for a new version WeChat downloads (applied at a safe moment, platform/app-update.ts).
import './platform/app-update'
import './app.scss'

// 关怀: when WeChat's own font is set large, 大字 starts on (until the person answers the one-time question).
// The store reads Taro storage synchronously, so it is hydrated here.
usePrefs.getState().followWechatFont(wechatFont())

function App({ children }: PropsWithChildren) {
  // A page that moved (a share card sent before the move) opens where it is now; a path that never existed (a
  // mistyped link) lands on the friendly not-found page.
  usePageNotFound((missing) => {
    void Taro.reLaunch({ url: movedPagePath(missing.path, normaliseRouteParams(missing.query)) ?? PAGES.notFound })
  })
  return children
}

export default App
