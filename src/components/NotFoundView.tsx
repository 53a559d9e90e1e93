import { Text } from '@tarojs/components'
import { View } from './View'
import { goHome, openPage, PAGES } from '../platform/nav'

interface Props {
  message: string
}

/** What any bad link shows: what went wrong in plain words, and two ways on. */
export function NotFoundView({ message }: Props) {
  return (
    <View className='card' id='not-found'>
      <Text style={{ display: 'block', fontSize: '22px', fontWeight: 700, marginBottom: '8px' }}>没有找到这份文件</Text>
      <Text style={{ display: 'block', marginBottom: '12px' }}>{message}</Text>
      <Text className='muted' style={{ display: 'block', marginBottom: '8px' }}>
        您可以回到首页看本期公报的全部文件，或者直接打电话问咨询单位。
      </Text>
      <View className='btn btn--primary' onClick={goHome}>
        <Text>回到首页</Text>
      </View>
      <View className='btn btn--plain' onClick={() => openPage(PAGES.contacts)}>
        <Text>查看咨询电话</Text>
      </View>
    </View>
  )
}
