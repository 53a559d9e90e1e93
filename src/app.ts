import { type PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import { PAGES } from './platform/nav'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // A page path that does not exist (an old or mistyped link) lands on the friendly not-found page.
  usePageNotFound(() => {
    void Taro.reLaunch({ url: PAGES.notFound })
  })
  return children
}

export default App
