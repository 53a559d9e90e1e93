import { Text } from '@tarojs/components'
import { View } from './View'
import { callNumber } from '../platform/phone'
import './CallBar.scss'

/** A call button pinned to the bottom of the screen, so the number is one tap away while reading. */
export function CallBar({ unitShortName, phone }: { unitShortName: string; phone: string }) {
  return (
    <View className='call-bar'>
      <View className='call-bar__button' onClick={() => callNumber(phone)}>
        <Text>📞 打电话问{unitShortName}</Text>
      </View>
    </View>
  )
}
