import { Text } from '@tarojs/components'
import { Dial } from './Dial'

/** The large green button that dials a number; with a label (打电话问公报室) the number goes on a line of its own. */
export function CallButton({ phone, label }: { phone: string; label?: string }) {
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
