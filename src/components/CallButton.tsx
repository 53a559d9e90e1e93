import { Text } from '@tarojs/components'
import { Dial } from './Dial'
import { View } from './View'
import { useSinglePage } from './use-single-page'

/**
 * The large green button that dials a number; with a label (打电话问公报室) the number goes on a line of its own.
 * In 朋友圈's single-page mode WeChat does not dial (makePhoneCall is disabled there): the number, to dial by hand.
 */
export function CallButton({ phone, label }: { phone: string; label?: string }) {
  const singlePage = useSinglePage()
  if (singlePage) {
    return (
      <View className='dial-text'>
        <Text className='strong'>📞 {label ?? '电话'} </Text>
        <Text className='phone-number strong' userSelect>
          {phone}
        </Text>
        <Text className='small block'>请用手机拨号拨打这个号码</Text>
      </View>
    )
  }
  if (label) {
    return (
      <Dial phone={phone} className='btn btn--call btn--two-lines'>
        <Text className='btn__main'>📞 {label}</Text>
        <Text className='btn__sub'>{phone}</Text>
      </Dial>
    )
  }
  return (
    <Dial phone={phone} className='btn btn--call'>
      <Text>
        📞 拨打 <Text className='phone-number'>{phone}</Text>
      </Text>
    </Dial>
  )
}
