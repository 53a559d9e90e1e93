import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '../../components/View'
import { useShareAppMessage } from '@tarojs/taro'
import { findDocument, findIssue, issues, latestIssue } from '../../content/catalogue'
import { CATEGORIES, documentsIn, topicsOf } from '../../domain/catalog'
import { docPagePath } from '../../domain/deeplink'
import { formatDate } from '../../domain/dates'
import { openPage, PAGES, routeParams } from '../../platform/nav'
import { usePrefs } from '../../store/prefs'
import { PageFrame } from '../../components/PageFrame'
import { DocCard } from '../../components/DocCard'
import { PhoneCard } from '../../components/PhoneCard'
import './index.scss'
import { guarded } from '../../components/PageErrorBoundary'
import { StorageNotice } from '../../components/StorageNotice'
import { LargeTextQuestion } from '../../components/LargeTextQuestion'

const TOPICS_SHOWN_FIRST = 8

function HomePage() {
  const requested = routeParams().issue
  const issue = (requested && findIssue(requested)) || latestIssue
  const earlier = issues.filter((each) => each.id !== issue.id)
  const [topic, setTopic] = useState<string | undefined>()
  const [allTopics, setAllTopics] = useState(false)
  const recentDocIds = usePrefs((state) => state.recentDocIds)
  const storageNotice = usePrefs((state) => state.storageNotice)
  const dismissStorageNotice = usePrefs((state) => state.dismissStorageNotice)
  useShareAppMessage(() => ({ title: `${issue.title} ${issue.year}年第${issue.number}期`, path: PAGES.home }))

  const topics = [...topicsOf(issue)].sort((a, b) => b.count - a.count)
  const shownTopics = allTopics ? topics : topics.slice(0, TOPICS_SHOWN_FIRST)
  const recent = recentDocIds.map((id) => findDocument(id)?.doc).filter((doc) => doc !== undefined)

  return (
    <PageFrame homeLink={false}>
      <StorageNotice notice={storageNotice} onDismiss={dismissStorageNotice} />
      <LargeTextQuestion />

      {issue !== latestIssue ? (
        <View className='notice'>
          <Text>这是往期公报。</Text>
          <View className='btn btn--plain' onClick={() => openPage(PAGES.home)}>
            <Text>看最新一期</Text>
          </View>
        </View>
      ) : null}
      {requested && !findIssue(requested) ? (
        <View className='notice'>
          <Text>没有找到“{requested.slice(0, 20)}”这一期，下面是最新一期。</Text>
        </View>
      ) : null}

      <View className='card cover'>
        <Text className='cover__title'>{issue.title}</Text>
        <Text className='cover__issue'>
          {issue.year}年第{issue.number}期（总第{issue.totalNumber}期）
        </Text>
        <Text className='muted cover__line'>
          {formatDate(issue.publishedOn)}出版 · {issue.frequency} · 共{issue.documents.length}份文件
        </Text>
        <Text className='small cover__line'>主办：{issue.sponsor}</Text>
        <Text className='cover__hint'>扫公报上文件旁边的“扫码咨询”二维码，可以直接打开那份文件。</Text>
      </View>

      <View className='btn btn--primary' onClick={() => openPage(PAGES.check)}>
        <Text>✅ 我能领什么（回答几个问题）</Text>
      </View>
      <View className='btn btn--primary' onClick={() => openPage(PAGES.calculators)}>
        <Text>🧮 算一算：能领多少、要交多少</Text>
      </View>
      <View className='btn-row'>
        <View className='btn btn--plain' onClick={() => openPage(PAGES.contacts)}>
          <Text>☎ 咨询电话</Text>
        </View>
        <View className='btn btn--plain' onClick={() => openPage(PAGES.rates)}>
          <Text>补助标准一览</Text>
        </View>
      </View>
      <View className='btn btn--plain' onClick={() => openPage(PAGES.selfChecks)}>
        <Text>🔥 燃气、房屋安全自查</Text>
      </View>
      <View className='btn-row'>
        <View className='btn btn--plain' onClick={() => openPage(PAGES.powers)}>
          <Text>乡镇办事清单</Text>
        </View>
        <View className='btn btn--plain' onClick={() => openPage(PAGES.projects)}>
          <Text>村里的项目</Text>
        </View>
      </View>

      {recent.length > 0 ? (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>最近看过</Text>
          <View className='card'>
            {recent.map((doc) => (
              <View key={doc.id} className='recent-row' onClick={() => openPage(docPagePath(doc.id))}>
                <Text className='strong'>{doc.docNo}</Text>
                <Text className='muted'> {doc.consultation.shortName} ›</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <Text className='section-title' style={{ display: 'block' }}>按话题找</Text>
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
            <Text className='section-title' style={{ display: 'block' }}>
              【{category}】{docs.length}份
            </Text>
            {docs.map((doc) => (
              <DocCard key={doc.id} doc={doc} />
            ))}
          </View>
        )
      })}

      {earlier.length > 0 ? (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>{issue === latestIssue ? '往期' : '其他各期'}</Text>
          {earlier.map((each) => (
            <View key={each.id} className='card' onClick={() => openPage(`${PAGES.home}?issue=${each.id}`)}>
              <Text className='strong' style={{ display: 'block' }}>
                {each.year}年第{each.number}期（总第{each.totalNumber}期）
              </Text>
              <Text className='muted'>{formatDate(each.publishedOn)}出版 · {each.documents.length}份文件 ›</Text>
            </View>
          ))}
        </View>
      ) : null}

      <Text className='section-title' style={{ display: 'block' }}>关于本刊</Text>
      <PhoneCard heading='公报室' unit={issue.office.name} phone={issue.office.phone} />
      <View className='card'>
        <Text className='muted' style={{ display: 'block' }}>电子邮箱：{issue.office.email}</Text>
        <Text className='muted' style={{ display: 'block' }}>地址：{issue.office.address}</Text>
        <Text className='muted' style={{ display: 'block' }}>邮编：{issue.office.postcode}</Text>
        <Text className='strong' style={{ display: 'block', marginTop: '8px' }}>{issue.legalNote}</Text>
      </View>
    </PageFrame>
  )
}

export default guarded(HomePage)
