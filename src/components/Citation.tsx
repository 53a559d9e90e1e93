import { Text } from '@tarojs/components'
import { View } from './View'
import type { Citation as CitationData } from '#src/content/types'
import { clauseAnchor } from '#src/content/original-document'
import { docPagePath } from '#src/domain/links/routes'
import { originalPagePath } from '#src/domain/links/document-links'
import { openPage } from '#src/platform/nav'
import { useSinglePage } from './use-single-page'

/**
 * 依据：文号 条款 · 公报第N页 — tap to read the 原文 at the cited words in the cited clause (highlighted there). In 朋友圈's single-page
 * mode, where WeChat opens no other page, the citation only.
 */
export function Citation({ cite, showWords = false }: { cite: CitationData; showWords?: boolean }) {
  const original = originalPagePath(cite.docId, { at: clauseAnchor(cite.clause), words: cite.words })
  const singlePage = useSinglePage()
  return (
    <View className='citation' onClick={singlePage ? undefined : () => openPage(original ?? docPagePath(cite.docId))}>
      <Text className='small'>
        依据：{cite.docNo} {cite.clause} · 公报第{cite.page}页{singlePage ? '' : ` · ${original ? '看原文' : '看文件'} ›`}
      </Text>
      {showWords ? <Text className='small block'>原文：“{cite.words}”</Text> : null}
    </View>
  )
}
