import { Text } from '@tarojs/components'
import { View } from './View'
import type { Citation as CitationData } from '../content/types'
import { docPagePath } from '../domain/deeplink'
import { openPage } from '../platform/nav'

/** 依据：文号 条款 · 公报第N页 — tap to open the document. */
export function Citation({ cite, showWords = false }: { cite: CitationData; showWords?: boolean }) {
  return (
    <View className='citation' onClick={() => openPage(docPagePath(cite.docId))}>
      <Text className='small'>
        依据：{cite.docNo} {cite.clause} · 公报第{cite.page}页 ›
      </Text>
      {showWords ? <Text className='small' style={{ display: 'block' }}>原文：“{cite.words}”</Text> : null}
    </View>
  )
}
