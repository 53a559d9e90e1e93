import { Text } from '@tarojs/components'
import { View } from './View'
import { Dial } from './Dial'
import { findDocument } from '../content/catalogue'
import './CallBar.scss'

/**
 * A call button pinned to the bottom of the screen, so the number is one tap away while reading. Two short
 * lines that never wrap: 📞 打电话问, then the office. It brings its own spacer so nothing hides behind it.
 */
export function CallBar({ unitShortName, phone }: { unitShortName: string; phone: string }) {
  return (
    <View>
      <View className='call-bar__spacer' />
      <View className='call-bar'>
        <Dial phone={phone} className='call-bar__button' id='call-bar'>
          <Text className='call-bar__main'>📞 打电话问</Text>
          <Text className='call-bar__unit'>{unitShortName} {phone}</Text>
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
