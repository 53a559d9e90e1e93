import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { POWER_TYPES, type PowerItem, type PowerList, type PowerType } from '#src/content/types'
import { countByType, filterPowers, type Who } from '#src/domain/tables'
import { powerPagePath } from '#src/domain/links/routes'
import { openPage, routeParams } from '#src/platform/nav'
import { PageFrame } from '#src/components/PageFrame'
import { SourceDocument } from '#src/components/SourceDocument'
import { DocCallBar } from '#src/components/CallBar'

/** What a page of the list needs: its issue (the pages are in that issue's subpackage) and the list. */
interface Listing {
  issueId: string
  list: PowerList
}

function whoText(item: PowerItem): string {
  return [item.township ? '乡镇' : '', item.subdistrict ? '街道' : ''].filter(Boolean).join('、')
}

function PowerDetail({ issueId, list, item }: Listing & { item: PowerItem }) {
  return (
    <View>
      <View className='card' style={{ borderTop: '6px solid #b22222' }}>
        <Text className='small block'>
          第{item.no}项 · {item.type}
        </Text>
        <Text className='page-title'>{item.name}</Text>
        <Text className='muted block'>由谁办：{whoText(item)}</Text>
      </View>
      <Text className='section-title block'>职权依据</Text>
      {item.basis.map((basis) => (
        <View key={basis.title + basis.articles.slice(0, 10)} className='card'>
          <Text className='small block'>
            【{basis.kind}】{basis.edition}
          </Text>
          <Text className='strong block'>《{basis.title}》</Text>
          <Text className='muted block'>{basis.articles}</Text>
        </View>
      ))}
      {item.notes.map((note) => (
        <View key={note} className='notice'>
          <Text>原文说明：{note}</Text>
        </View>
      ))}
      <SourceDocument docId={list.docId} />
      <View className='btn btn--plain' onClick={() => openPage(powerPagePath(issueId))}>
        <Text>看全部{list.items.length}项</Text>
      </View>
      <DocCallBar docId={list.docId} />
    </View>
  )
}

function PowerBrowser({ issueId, list }: Listing) {
  const [type, setType] = useState<PowerType | 'all'>('all')
  const [who, setWho] = useState<Who>('all')
  const counts = countByType(list.items)
  const shown = filterPowers(list.items, type, who)
  return (
    <View>
      <View className='card'>
        <Text className='page-title'>
          {list.title}（{list.items.length}项）
        </Text>
        <Text className='muted'>乡镇和街道能办、必须管的事，每项都写明法律依据。</Text>
      </View>
      <Text className='strong block' style={{ margin: '8px 4px' }}>
        类型
      </Text>
      <View style={{ display: 'flex', flexWrap: 'wrap' }} id='filter-type'>
        <View className={`chip${type === 'all' ? ' chip--on' : ''}`} onClick={() => setType('all')}>
          <Text>全部</Text>
        </View>
        {POWER_TYPES.map((each) => (
          <View key={each} className={`chip${type === each ? ' chip--on' : ''}`} onClick={() => setType(each)}>
            <Text>
              {each}（{counts.get(each) ?? 0}）
            </Text>
          </View>
        ))}
      </View>
      <Text className='strong block' style={{ margin: '8px 4px' }}>
        由谁办
      </Text>
      <View style={{ display: 'flex', flexWrap: 'wrap' }} id='filter-who'>
        {(
          [
            ['all', '全部'],
            ['township', '乡镇'],
            ['subdistrict', '街道'],
          ] as const
        ).map(([value, label]) => (
          <View key={value} className={`chip${who === value ? ' chip--on' : ''}`} onClick={() => setWho(value)}>
            <Text>{label}</Text>
          </View>
        ))}
      </View>
      <Text className='small block' style={{ margin: '4px' }} id='power-count'>
        共{shown.length}项
      </Text>
      {shown.map((item) => (
        <View key={item.no} className='card' onClick={() => openPage(powerPagePath(issueId, item.no))}>
          <Text className='small block'>
            第{item.no}项 · {item.type} · {whoText(item)}
          </Text>
          <Text className='strong'>{item.name} ›</Text>
        </View>
      ))}
    </View>
  )
}

/** An issue's 乡镇（街道）权责清单, filterable, each item with its legal basis (packages/issue-<id>/pages/powers, generated). */
export function PowersPage({ issueId, list }: Listing) {
  const raw = routeParams().no
  const item = raw !== undefined && /^\d{1,3}$/.test(raw) ? list.items.find((each) => each.no === Number(raw)) : undefined
  return (
    <PageFrame>
      {raw !== undefined && !item ? (
        <View className='notice'>
          <Text>没有第“{raw.slice(0, 10)}”项，下面是全部事项。</Text>
        </View>
      ) : null}
      {item ? <PowerDetail issueId={issueId} list={list} item={item} /> : <PowerBrowser issueId={issueId} list={list} />}
    </PageFrame>
  )
}
