import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from './View'
import type { IssueHead } from '#src/content/types'
import { CATEGORIES, documentsIn, topicsOf } from '#src/domain/issue-views'
import { formatDate } from '#src/domain/dates/dates'
import { DocCard } from './DocCard'
import './IssueContents.scss'

const TOPICS_SHOWN_FIRST = 8

// An issue's cover and its documents by category, filtered by topic: home for the newest issue, each issue's own
// contents page (and the archive's) for older ones.

export function IssueCover({ issue }: { issue: IssueHead }) {
  return (
    <View className='card cover'>
      <Text className='cover__title'>{issue.title}</Text>
      <Text className='cover__issue' id='issue-number'>
        {issue.year}年第{issue.number}期<Text className='nowrap'>（总第{issue.totalNumber}期）</Text>
      </Text>
      <Text className='muted cover__line'>
        {formatDate(issue.publishedOn)}出版 · {issue.frequency} · 共{issue.documents.length}份文件
      </Text>
      <Text className='small cover__line'>主办：{issue.sponsor}</Text>
      <Text className='cover__hint'>扫公报上文件旁边的“扫码咨询”二维码，可以直接打开那份文件。</Text>
    </View>
  )
}

export function IssueDocuments({ issue }: { issue: IssueHead }) {
  const [topic, setTopic] = useState<string | undefined>()
  const [allTopics, setAllTopics] = useState(false)
  const topics = [...topicsOf(issue)].sort((a, b) => b.count - a.count)
  const shownTopics = allTopics ? topics : topics.slice(0, TOPICS_SHOWN_FIRST)
  return (
    <View>
      <Text className='section-title block'>按话题找</Text>
      <View className='topics'>
        <View className={`chip${topic === undefined ? ' chip--on' : ''}`} onClick={() => setTopic(undefined)}>
          <Text>全部</Text>
        </View>
        {shownTopics.map(({ topic: name, count }) => (
          <View key={name} className={`chip${topic === name ? ' chip--on' : ''}`} onClick={() => setTopic(name)}>
            <Text>
              {name}（{count}）
            </Text>
          </View>
        ))}
        {topics.length > TOPICS_SHOWN_FIRST ? (
          <View className='chip' onClick={() => setAllTopics(!allTopics)}>
            <Text>{allTopics ? '收起' : '更多话题…'}</Text>
          </View>
        ) : null}
      </View>

      {CATEGORIES.map((category) => {
        const docs = documentsIn(issue, category, topic)
        if (docs.length === 0) return null
        return (
          <View key={category}>
            <Text className='section-title block'>
              【{category}】{docs.length}份
            </Text>
            {docs.map((doc) => (
              <DocCard key={doc.id} doc={doc} />
            ))}
          </View>
        )
      })}
    </View>
  )
}
