import { useEffect, useMemo, useState } from 'react'
import { Button, Text } from '@tarojs/components'
import Taro, { useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { View } from '#src/components/View'
import { PageFrame } from '#src/components/PageFrame'
import { DocCallBar } from '#src/components/CallBar'
import { OriginalBlockView } from '#src/components/OriginalText'
import type { GazetteIssue } from '#src/content/types'
import { blockText, type OriginalDocument } from '#src/content/original-document'
import { docPagePath, PAGES } from '#src/domain/links/routes'
import { originalPagePath } from '#src/domain/links/document-links'
import { chunksUpTo, landingBlock, outline, readingChunks, rowWithWords } from '#src/domain/original-reader'
import { readAnchor, readWords } from '#src/domain/links/link-targets'
import { openPage, routeParams } from '#src/platform/nav'
import { copyText } from '#src/platform/phone'
import { useSinglePage } from '#src/components/use-single-page'
import './OriginalPage.scss'
import '#src/components/words-found.scss'

const EXPORT_NOTE = '表格里的换行、方框（□）和列表前的短横，是公报排版在文字稿里的样子，这里照印刷版显示；每页重复印的表头只显示一次。'

/** Scroll to a block, or to the highlighted words; again a moment later, when a slow phone has laid out more. */
function scrollTo(selector: string): void {
  for (const delay of [80, 500])
    setTimeout(() => void Taro.pageScrollTo({ selector, duration: 0, offsetTop: -8 }).catch(() => undefined), delay)
}

/**
 * A document's 原文 in its issue's subpackage (packages/issue-<id>/pages/original, generated per issue). In 朋友圈's
 * single-page mode, where WeChat neither opens other pages, copies nor shares from a button, the text to read only.
 */
export function OriginalPage({ issue, originals }: { issue: GazetteIssue; originals: Record<string, OriginalDocument> }) {
  const params = useMemo(() => routeParams(), [])
  const doc = originals[params.id ?? '']
  const full = doc ? issue.documents.find((each) => each.id === doc.id) : undefined
  const found = full ? { doc: full, issue } : undefined
  const words = readWords(params.hl)
  const landing = doc ? landingBlock(doc, { at: readAnchor(params.at), words }) : undefined
  const chunks = useMemo(() => (doc ? readingChunks(doc) : []), [doc])
  const landingRow = doc && landing !== undefined ? rowWithWords(doc.blocks[landing], words) : undefined
  const [shown, setShown] = useState(() => chunksUpTo(chunks, landing, landingRow))
  const [selected, setSelected] = useState<number | undefined>(landing)
  const [outlineOpen, setOutlineOpen] = useState(false)
  const singlePage = useSinglePage()

  useEffect(() => {
    if (landing !== undefined) scrollTo(words ? '#o-hit' : `#o${landing}`)
    // A link to a clause this document does not have: back to the document, at its top.
    else if (params.at && !singlePage && Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  }, [landing, params.at, words, singlePage])
  useReachBottom(() => setShown((count) => Math.min(chunks.length, count + 1)))
  useShareAppMessage(() => {
    const block = doc && selected !== undefined ? doc.blocks[selected] : undefined
    const at = block?.clause ? block.id : undefined
    return {
      title: found ? `${found.doc.docNo} 原文${at ? ` 第${at}条` : ''}` : '离石政策通',
      path: (doc && originalPagePath(doc.id, { at: block?.id })) ?? PAGES.home,
    }
  })

  if (!doc || !found) {
    return (
      <PageFrame>
        <View className='card'>
          <Text className='page-title'>这份文件的原文还没有收进小程序</Text>
          <Text className='muted block'>可以先看文件的说明，或回首页找别的文件。</Text>
        </View>
        {params.id && !singlePage && issue.documents.some((each) => each.id === params.id) ? (
          <View className='btn btn--primary' onClick={() => openPage(docPagePath(params.id ?? ''))}>
            <Text>看这份文件的说明</Text>
          </View>
        ) : null}
      </PageFrame>
    )
  }

  const jumpTo = (index: number) => {
    setOutlineOpen(false)
    setShown((count) => Math.max(count, chunksUpTo(chunks, index)))
    setSelected(index)
    scrollTo(`#o${index}`)
  }
  const headings = outline(doc)
  const notes = [
    ...doc.corrections.map(
      (each) => `改正：“${each.original.replace(/\s+/g, '')}” → “${each.corrected.replace(/\s+/g, '') || '（删去）'}”。${each.reason}`,
    ),
    EXPORT_NOTE,
    ...found.doc.readingNotes,
  ]
  return (
    <PageFrame inFullApp={['复制、转发一段原文', '看文件的说明', '一键拨打电话']}>
      <View className='card o-head'>
        <Text className='small block'>
          原文 · 《{found.issue.title}》{found.issue.year}年第{found.issue.number}期 第{found.doc.page}页起
        </Text>
        <Text className='o-head__no'>{found.doc.docNo}</Text>
        <View className='o-head__actions'>
          {headings.length > 0 ? (
            <View className='btn btn--plain o-head__button' id='outline-toggle' onClick={() => setOutlineOpen(!outlineOpen)}>
              <Text>{outlineOpen ? '收起目录' : '目录'}</Text>
            </View>
          ) : null}
          {singlePage ? null : (
            <View className='btn btn--plain o-head__button' onClick={() => openPage(docPagePath(doc.id))}>
              <Text>看说明</Text>
            </View>
          )}
        </View>
        {outlineOpen ? (
          <View className='o-outline'>
            {headings.map((entry) => (
              <View key={entry.index} className={`o-outline__item o-outline__item--${entry.level}`} onClick={() => jumpTo(entry.index)}>
                <Text>{entry.text}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>

      <View className='card o-body'>
        {chunks.slice(0, shown).map((chunk) =>
          chunk.map((piece) => {
            const block = doc.blocks[piece.block]
            // A paragraph is selected to copy or share it, neither of which single-page mode allows.
            const selectable = !block.table && !singlePage
            const isSelected = selected === piece.block
            const firstPiece = !piece.rows || piece.rows[0] === 0
            return (
              <View
                key={`${piece.block}-${piece.rows?.[0] ?? 0}`}
                id={firstPiece ? `o${piece.block}` : undefined}
                className={isSelected ? 'o-block o-block--selected' : 'o-block'}
              >
                <View
                  className={selectable ? 'o-tap' : undefined}
                  onClick={selectable ? () => setSelected(isSelected ? undefined : piece.block) : undefined}
                >
                  <OriginalBlockView block={block} words={piece.block === landing ? words : undefined} rows={piece.rows} />
                </View>
                {isSelected && selectable && !['heading', 'title', 'docNo'].includes(block.kind) ? (
                  <View className='o-actions'>
                    <View
                      className='btn btn--plain o-actions__button'
                      onClick={() => void copyText(`${blockText(block)}\n——${found.doc.docNo}`, '这一段已复制')}
                    >
                      <Text>复制这段</Text>
                    </View>
                    {process.env.TARO_ENV === 'weapp' ? (
                      <Button className='btn btn--plain o-actions__button' openType='share'>
                        分享这段
                      </Button>
                    ) : null}
                  </View>
                ) : null}
              </View>
            )
          }),
        )}
        {shown < chunks.length ? (
          <View className='btn btn--primary' id='original-more' onClick={() => setShown(shown + 1)}>
            <Text>继续往下看（还有{chunks.length - shown}部分）</Text>
          </View>
        ) : null}
      </View>

      <Text className='section-title block'>原文说明</Text>
      <View className='card' id='original-notes'>
        {notes.map((note) => (
          <Text key={note} className='muted block' style={{ marginBottom: '8px' }}>
            · {note}
          </Text>
        ))}
      </View>
      <DocCallBar docId={doc.id} />
    </PageFrame>
  )
}
