import { Text } from '@tarojs/components'
import { View } from './View'
import { Dial } from './Dial'
import { findDocument } from '#src/content/catalogue'
import { useSinglePage } from './use-single-page'
import './CallBar.scss'

/**
 * A call button pinned to the bottom of the screen, so the number is one tap away while reading: 📞 打电话问, then
 * the office and its number. The number is never cut or broken: where the office and the number do not fit on one
 * line (320 px in 大字) the number goes on a line of its own. A hidden copy of the bar in the page's flow keeps
 * exactly its height free at the bottom, however many lines it takes, so nothing hides behind it.
 * In 朋友圈's single-page mode, where WeChat pins its own bar to the bottom and does not dial, the office and its
 * number close the page as text.
 */
export function CallBar({ unitShortName, phone }: { unitShortName: string; phone: string }) {
  const singlePage = useSinglePage()
  if (singlePage) {
    return (
      <View className='card dial-text' id='call-text'>
        <Text className='strong'>📞 打电话问 {unitShortName} </Text>
        <Text className='phone-number strong' userSelect>
          {phone}
        </Text>
        <Text className='small block'>请用手机拨号拨打这个号码</Text>
      </View>
    )
  }
  const lines = (
    <>
      <Text className='call-bar__main'>📞 打电话问</Text>
      <Text className='call-bar__unit'>
        {unitShortName} <Text className='phone-number'>{phone}</Text>
      </Text>
    </>
  )
  return (
    <View>
      <View className='call-bar call-bar--spacer'>
        <View className='call-bar__button'>{lines}</View>
      </View>
      <View className='call-bar'>
        <Dial phone={phone} className='call-bar__button' id='call-bar'>
          {lines}
        </Dial>
      </View>
    </View>
  )
}

/** The pinned call button of the page's one relevant document (calculator, self-check, 权责 item). */
export function DocCallBar({ docId }: { docId: string }) {
  const doc = findDocument(docId)?.doc
  return doc ? <CallBar unitShortName={doc.consultation.shortName} phone={doc.consultation.phone} /> : null
}
