import { Text } from '@tarojs/components'
import { View } from './View'
import { callNumber } from '../platform/phone'

/** The large green button that dials a number. */
/** The large green button that dials a number; with a label (打电话问公报室) the number goes on a line of its own. */
export function CallButton({ phone, label }: { phone: string; label?: string }) {
  if (label) {
    return (
      <View className='btn btn--call btn--two-lines' onClick={() => callNumber(phone)}>
        <Text className='btn__main'>📞 {label}</Text>
        <Text className='btn__sub'>{phone}</Text>
      </View>
    )
  }
  return (
    <View className='btn btn--call' onClick={() => callNumber(phone)}>
      <Text>📞 拨打 {phone}</Text>
    </View>
  )
}
