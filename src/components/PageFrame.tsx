import { Text } from '@tarojs/components'
import { View } from './View'
import type { PropsWithChildren } from 'react'
import { usePrefs } from '#src/store/prefs'
import { searchPage } from '#src/domain/links/routes'
import { latestIssue } from '#src/content/catalogue'
import { goHome, openPage } from '#src/platform/nav'
import { fullAppNotice } from '#src/domain/links/single-page'
import { useSinglePage } from './use-single-page'
import './PageFrame.scss'

interface Props {
  /** Show the 回首页 link (every page but the home page). */
  homeLink?: boolean
  /** Show the search box at the top (every page but the search page). */
  searchBar?: boolean
  /** What this page offers in the app that 朋友圈's single-page mode does not allow, said once there. */
  inFullApp?: readonly string[]
}

const IN_FULL_APP = ['一键拨打电话', '搜索、看别的文件']

/**
 * The frame of every page: 长辈模式 switch, a way home, then the page body. In 朋友圈's single-page mode, where
 * WeChat allows no navigation, the way home and the search box give way to one sentence on what the app offers.
 */
export function PageFrame({ homeLink = true, searchBar = true, inFullApp = IN_FULL_APP, children }: PropsWithChildren<Props>) {
  const largeText = usePrefs((state) => state.largeText)
  const toggleLargeText = usePrefs((state) => state.toggleLargeText)
  const singlePage = useSinglePage()
  return (
    <View className={`page${largeText ? ' page--large' : ''}`}>
      <View className='frame-bar'>
        {homeLink && !singlePage ? (
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
      {singlePage ? (
        <View className='notice' id='single-page-notice'>
          <Text>{fullAppNotice(inFullApp)}</Text>
        </View>
      ) : searchBar ? (
        <View className='search-bar' id='search-bar' onClick={() => openPage(searchPage(latestIssue.id))}>
          <Text>🔍 搜文件、办事、电话</Text>
        </View>
      ) : null}
      {children}
    </View>
  )
}
