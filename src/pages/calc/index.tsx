import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { forwardedCalcPath } from '#src/domain/links/routes'
import { routeParams } from '#src/platform/nav'

/**
 * pages/calc/index, where printed calculator codes point (?id, ?scene, ?q): the calculators live in the tools
 * subpackage, and this page only passes the code's parameters on to it.
 */
export default function PrintedCalcCode() {
  useEffect(() => {
    void Taro.redirectTo({ url: forwardedCalcPath(routeParams()) })
  }, [])
  return (
    <View className='page'>
      <Text className='muted'>正在打开计算器……</Text>
    </View>
  )
}
