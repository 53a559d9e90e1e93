import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from './View'
import { issues, latestIssue } from '#src/content/catalogue'
import { loadArchiveSearchEntries } from '#src/domain/archive/archive'
import { buildSearchIndex, search, type SearchIndex } from '#src/domain/search/search'
import { archiveIO } from '#src/platform/archive-io'
import { openPage } from '#src/platform/nav'
import { Highlighted } from './Highlighted'

const HITS_SHOWN = 10

/** The older issues' search index, once fetched, for as long as the app runs (the files stay on the phone). */
let loaded: { index: SearchIndex; missing: string[] } | undefined

/**
 * 往期也搜: the search page searches the newest issue at once; older issues' entries are fetched from the site only
 * when the person asks (each issue's file checked against the hashes the package ships), then searched like the rest.
 */
export function ArchiveSearch({ query }: { query: string }) {
  const older = issues.filter((issue) => issue.id !== latestIssue.id && issue.archiveHash)
  const [archive, setArchive] = useState(loaded)
  const [progress, setProgress] = useState<number | undefined>()
  const groups = useMemo(() => (archive && query.trim() ? search(archive.index, query, HITS_SHOWN) : []), [archive, query])
  if (older.length === 0 || query.trim() === '') return null

  const start = () => {
    setProgress(0)
    void loadArchiveSearchEntries(older, archiveIO, setProgress).then(({ entries, missing }) => {
      loaded = { index: buildSearchIndex(entries), missing }
      setArchive(loaded)
      setProgress(undefined)
    })
  }
  if (!archive) {
    return (
      <View className='card' id='archive-search'>
        {progress === undefined ? (
          <View className='btn btn--plain' id='archive-search-start' onClick={start}>
            <Text>🔍 往期也搜（共{older.length}期，要联网）</Text>
          </View>
        ) : (
          <Text id='archive-search-progress'>
            正在取往期的目录：{progress}/{older.length}期……
          </Text>
        )}
      </View>
    )
  }
  const hits = groups.flatMap((group) => group.hits)
  const total = groups.reduce((sum, group) => sum + group.total, 0)
  return (
    <View className='search-group' id='archive-search'>
      <Text className='section-title block'>往期公报里的文件（{total}）</Text>
      {hits.length === 0 ? (
        <Text className='muted block' style={{ margin: '0 4px 8px' }}>
          往期里也没有找到。
        </Text>
      ) : null}
      {hits.map((hit) => (
        <View key={hit.entry.path} className='card search-hit' onClick={() => openPage(hit.entry.path)}>
          <Text className='strong block'>
            <Highlighted text={hit.entry.title} highlight={hit.highlight} />
          </Text>
          <Text className='small block'>{hit.entry.subtitle.slice(0, 60)}</Text>
        </View>
      ))}
      {total > hits.length ? <Text className='small'>还有{total - hits.length}条，请把关键词写得更具体。</Text> : null}
      {archive.missing.length > 0 ? (
        <View className='notice' id='archive-search-missing'>
          <Text className='block'>有{archive.missing.length}期没有取到（可能是网络不好），上面的结果不包括这几期。</Text>
          <View
            className='btn btn--plain'
            onClick={() => {
              loaded = undefined
              setArchive(undefined)
              start()
            }}
          >
            <Text>再试一次</Text>
          </View>
        </View>
      ) : null}
    </View>
  )
}
