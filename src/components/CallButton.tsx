import { Text } from '@tarojs/components'
import { View } from './View'
import { callNumber } from '../platform/phone'

/** The large green button that dials a number. */
export function CallButton({ phone, label }: { phone: string; label?: string }) {
  return (
    <View className='btn btn--call' onClick={() => callNumber(phone)}>
      <Text>📞 {label ?? `拨打 ${phone}`}</Text>
    </View>
  )
}
