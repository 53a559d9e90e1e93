import { Text } from '@tarojs/components'
import { View } from './View'
import { findDocument } from '#src/content/catalogue'
import { pointersOfDocument } from '#src/domain/tools/titles'
import { selfCheckPagePath } from '#src/domain/links/routes'
import { openPage } from '#src/platform/nav'
import { useSinglePage } from './use-single-page'

/**
 * The readers a document is not written for, each sent to the self-check that is for them (its seeAlso). In
 * 朋友圈's single-page mode, where WeChat opens no other page, the self-check is named only.
 */
export function SeeAlso({ docId }: { docId: string }) {
  const pointers = pointersOfDocument(docId)
  const singlePage = useSinglePage()
  if (pointers.length === 0) return null
  return (
    <View id='see-also'>
      {pointers.map((pointer) => (
        <View key={pointer.id} className='notice'>
          <Text className='strong block'>{pointer.who}，请看这个：</Text>
          {singlePage ? (
            <Text className='block'>🔍 {pointer.title}（在小程序里）</Text>
          ) : (
            <View className='btn btn--plain' onClick={() => openPage(selfCheckPagePath(pointer.id))}>
              <Text>🔍 {pointer.title}</Text>
            </View>
          )}
          <Text className='small block'>依据：{findDocument(pointer.docId)?.doc.docNo}</Text>
        </View>
      ))}
    </View>
  )
}
