import { Text } from '@tarojs/components'
import { View } from './View'
import { copyNumber, saveToContacts } from '#src/platform/phone'
import { CallButton } from './CallButton'
import { useSinglePage } from './use-single-page'
import './PhoneCard.scss'

interface Props {
  heading: string
  unit: string
  phone: string
  /** The number the contact card saves under; the unit name when not given. */
  contactName?: string
  /** The card a link asked for: highlighted, with the id contact-focus. */
  focused?: boolean
  /** Said under the number (e.g. that the document printed an older one). */
  note?: string
}

/**
 * A consultation line: who answers, the number in large type, and a big button to call it. In 朋友圈's single-page
 * mode WeChat neither dials, copies nor saves contacts: the number stays, to dial by hand.
 */
export function PhoneCard({ heading, unit, phone, contactName, focused = false, note }: Props) {
  const singlePage = useSinglePage()
  return (
    <View className={`card phone-card${focused ? ' contact--focus' : ''}`} id={focused ? 'contact-focus' : 'consultation'}>
      <Text className='phone-card__heading'>{heading}</Text>
      <Text className='phone-card__unit'>{unit}</Text>
      <Text className='phone-card__number' userSelect>
        {phone}
      </Text>
      {note ? <Text className='small phone-card__note block'>{note}</Text> : null}
      {singlePage ? (
        <Text className='small block'>请用手机拨号拨打这个号码</Text>
      ) : (
        <PhoneActions phone={phone} contactName={contactName ?? unit} />
      )}
    </View>
  )
}

function PhoneActions({ phone, contactName }: { phone: string; contactName: string }) {
  return (
    <>
      <CallButton phone={phone} />
      <View className='btn-row'>
        <View className='btn btn--plain' onClick={() => copyNumber(phone)}>
          <Text>复制号码</Text>
        </View>
        {/* A browser has no way to write the phone's contacts (Taro's H5 addPhoneContact only logs): WeChat only. */}
        {process.env.TARO_ENV === 'weapp' ? (
          <View className='btn btn--plain' onClick={() => saveToContacts(contactName, phone)}>
            <Text>存入通讯录</Text>
          </View>
        ) : null}
      </View>
    </>
  )
}
