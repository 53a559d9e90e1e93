import { Text } from '@tarojs/components'
import { View } from './View'
import { findDocument } from '#src/content/catalogue'
import { docPagePath } from '#src/domain/links/routes'
import { openPage } from '#src/platform/nav'
import { PhoneCard } from './PhoneCard'

/** “出自 文号” with a link to the document, and its consultation line. */
export function SourceDocument({ docId }: { docId: string }) {
  const doc = findDocument(docId)?.doc
  if (!doc) return null
  return (
    <View>
      <View className='btn btn--plain' onClick={() => openPage(docPagePath(doc.id))}>
        <Text>出自 {doc.docNo} ›</Text>
      </View>
      <PhoneCard heading='政策咨询' unit={doc.consultation.unit} phone={doc.consultation.phone} />
    </View>
  )
}
