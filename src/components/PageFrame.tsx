import { Text } from '@tarojs/components'
import { View } from './View'
import type { PropsWithChildren } from 'react'
import { usePrefs } from '../store/prefs'
import { goHome, openPage, PAGES } from '../platform/nav'
import './PageFrame.scss'

interface Props {
  /** Show the 回首页 link (every page but the home page). */
  homeLink?: boolean
  /** Show the search box at the top (every page but the search page). */
  searchBar?: boolean
}

/** The frame of every page: 长辈模式 switch, a way home, then the page body. */
export function PageFrame({ homeLink = true, searchBar = true, children }: PropsWithChildren<Props>) {
  const largeText = usePrefs((state) => state.largeText)
  const toggleLargeText = usePrefs((state) => state.toggleLargeText)
  return (
    <View className={`page${largeText ? ' page--large' : ''}`}>
      <View className='frame-bar'>
        {homeLink ? (
          <View className='frame-bar__link' onClick={goHome}>
            <Text>‹ 回首页</Text>
          </View>
        ) : (
          <View />
        )}
        <View className={`frame-bar__toggle${largeText ? ' frame-bar__toggle--on' : ''}`} onClick={toggleLargeText}>
          <Text>{largeText ? '大字：开' : '大字：关'}</Text>
        </View>
      </View>
      {searchBar ? (
        <View className='search-bar' id='search-bar' onClick={() => openPage(PAGES.search)}>
          <Text>🔍 搜文件、办事、项目、电话</Text>
        </View>
      ) : null}
      {children}
    </View>
  )
}
