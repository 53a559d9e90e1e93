import { useMemo, useState } from 'react'
import { Text, Input } from '@tarojs/components'
import { View } from '#src/components/View'
import { decodeRepeatedly } from '#src/domain/links/deeplink'
import { search, type SearchIndex } from '#src/domain/search/search'
import { openPage, routeParams } from '#src/platform/nav'
import { LARGE_TEXT_ACTION, PAGES } from '#src/domain/links/routes'
import { originalPagePath } from '#src/domain/links/document-links'
import { usePrefs } from '#src/store/prefs'
import { PageFrame } from '#src/components/PageFrame'
import { SearchHit } from '#src/components/SearchHit'
import { hitText, searchFullText, snippet, type FullTextIndex } from '#src/domain/search/fulltext'
import { findDocument, latestIssue } from '#src/content/catalogue'
import { searchSuggestions } from '#src/domain/search/suggestions'
import { shortTitle } from '#src/domain/issue-views'
import { ArchiveSearch } from '#src/components/ArchiveSearch'
import './SearchPage.scss'
import '#src/components/words-found.scss'

/**
 * The search page, in the newest issue's subpackage (packages/issue-<id>/pages/search, generated): that issue's
 * entries and 原文 at once, older issues on request (往期也搜).
 */
export function SearchPage({ searchIndex, fullTextIndex }: { searchIndex: () => SearchIndex; fullTextIndex: () => FullTextIndex }) {
  // Taro passes query values still URL-encoded (and WeChat may encode twice): decode safely.
  const [query, setQuery] = useState(() => (decodeRepeatedly(routeParams().kw ?? '') ?? '').slice(0, 40))
  const groups = useMemo(() => search(searchIndex(), query), [searchIndex, query])
  // Words inside the 原文: always listed after titles, 文号, offices and calculators.
  const inText = useMemo(() => searchFullText(fullTextIndex(), query), [fullTextIndex, query])
  const trimmed = query.trim()
  const suggestions = useMemo(() => searchSuggestions(latestIssue.documents, searchIndex().entries), [searchIndex])
  const largeText = usePrefs((state) => state.largeText)
  const setLargeText = usePrefs((state) => state.setLargeText)
  const [actionDone, setActionDone] = useState('')
  const open = (path: string) => {
    if (path !== LARGE_TEXT_ACTION) return openPage(path)
    setLargeText(true)
    setActionDone('大字已经打开。想关掉，点右上角的“大字：开”。')
  }
  return (
    <PageFrame searchBar={false}>
      <Text className='page-title' style={{ margin: '0 4px 8px' }}>
        搜一搜
      </Text>
      <View className='search-bar' style={{ borderColor: '#b22222' }}>
        <Text>🔍</Text>
        <Input
          id='search-input'
          ariaLabel='搜索'
          className='search-input'
          value={query}
          focus
          confirmType='search'
          placeholder='医保、宅基地、村名、文号…'
          onInput={(event) => setQuery(event.detail.value)}
        />
        {query ? (
          <View className='search-clear' onClick={() => setQuery('')} ariaLabel='清空'>
            <Text>✕</Text>
          </View>
        ) : null}
      </View>

      {actionDone ? (
        <View className='notice' id='search-action-done'>
          <Text>{largeText ? actionDone : '大字已关闭。'}</Text>
        </View>
      ) : null}

      {trimmed === '' || (groups.length === 0 && inText.total === 0) ? (
        <View className='card' id='search-help'>
          {trimmed !== '' ? (
            <Text className='block' style={{ marginBottom: '8px' }}>
              没有找到“{trimmed.slice(0, 20)}”。可以换个说法、只打两三个字，或打拼音首字母（如“yb”）。
            </Text>
          ) : (
            <Text className='block' style={{ marginBottom: '8px' }}>
              可以搜文件、要办的事、村里的项目、咨询电话。试试：
            </Text>
          )}
          <View style={{ display: 'flex', flexWrap: 'wrap' }}>
            {suggestions.map((word) => (
              <View key={word} className='chip' onClick={() => setQuery(word)}>
                <Text>{word}</Text>
              </View>
            ))}
          </View>
          <View className='btn btn--plain' onClick={() => openPage(PAGES.contacts)}>
            <Text>找不到就打电话问：咨询电话一览</Text>
          </View>
        </View>
      ) : null}

      {groups.map((group) => (
        <View key={group.kind} className='search-group' id={`group-${group.kind}`}>
          <Text className='section-title block'>
            {group.label}（{group.total}）
          </Text>
          {group.hits.map((hit) => (
            <SearchHit key={hit.entry.path + hit.entry.title} hit={hit} onOpen={open} />
          ))}
          {group.total > group.hits.length ? (
            <Text className='small'>还有{group.total - group.hits.length}条，请把关键词写得更具体。</Text>
          ) : null}
        </View>
      ))}

      {inText.total > 0 ? (
        <View className='search-group' id='group-fulltext'>
          <Text className='section-title block'>原文里的字句（{inText.total}处）</Text>
          {inText.hits.map((hit) => {
            const doc = findDocument(hit.docId)?.doc
            const piece = snippet(hitText(fullTextIndex(), hit), query)
            const path = originalPagePath(hit.docId, { at: hit.anchor, words: piece.hit || undefined })
            return (
              <View key={`${hit.docId}-${hit.index}`} className='card search-hit search-hit--text' onClick={() => path && openPage(path)}>
                <Text className='strong block'>{doc ? `${doc.docNo} ${shortTitle(doc)}` : hit.docId}</Text>
                <Text className='small block'>{hit.place}</Text>
                <Text className='block'>
                  {piece.before}
                  <Text className='o-hit'>{piece.hit}</Text>
                  {piece.after}
                </Text>
              </View>
            )
          })}
          {inText.total > inText.hits.length ? (
            <Text className='small'>还有{inText.total - inText.hits.length}处，请把关键词写得更具体。</Text>
          ) : null}
        </View>
      ) : null}

      <ArchiveSearch query={query} />
    </PageFrame>
  )
}
