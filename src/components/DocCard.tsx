import { Text } from '@tarojs/components'
import { View } from './View'
import type { DocumentHead } from '#src/content/types'
import { docPagePath } from '#src/domain/links/routes'
import { shortTitle } from '#src/domain/issue-views'
import { openPage } from '#src/platform/nav'
import './DocCard.scss'

/** A document in a list: 文号, short title and the plain summary; tap to open it. */
export function DocCard({ doc }: { doc: DocumentHead }) {
  return (
    <View className='card doc-card' onClick={() => openPage(docPagePath(doc.id))}>
      <Text className='doc-card__no'>{doc.docNo}</Text>
      <Text className='doc-card__title'>{shortTitle(doc)}</Text>
      <Text className='doc-card__summary'>{doc.summary}</Text>
      <View className='doc-card__foot'>
        <Text className='small'>
          公报第{doc.page}页 · 咨询 {doc.consultation.shortName}
        </Text>
        <Text className='doc-card__more'>看详情 ›</Text>
      </View>
    </View>
  )
}
