import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { PAGES } from './platform/nav'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // A page path that does not exist (an old or mistyped link) lands on the friendly not-found page.
    Taro.onPageNotFound?.(() => {
      void Taro.redirectTo({ url: PAGES.notFound })
    })
  })
  return children
}

export default App
