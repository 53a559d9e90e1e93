import { useEffect, useMemo } from 'react'
import { Text, Button } from '@tarojs/components'
import { View } from '../../components/View'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { findDocument, isKnownDocumentId } from '../../content'
import { docPagePath, docShareQuery, explainNotFound, parseDocLink } from '../../domain/deeplink'
import { allWindowsEnded, formatDate } from '../../domain/dates'
import { shareImageUrl, siteConfig } from '../../site.config'
import { openPage, PAGES, routeParams } from '../../platform/nav'
import { todayIso } from '../../platform/clock'
import { usePrefs } from '../../store/prefs'
import { PageFrame } from '../../components/PageFrame'
import { PhoneCard } from '../../components/PhoneCard'
import { DateList } from '../../components/DateList'
import { NotFoundView } from '../../components/NotFoundView'
import { CallBar } from '../../components/CallBar'
import { ReportProblem } from '../../components/ReportProblem'
import { shareTitle } from '../../domain/share'
import { toolsOfDocument } from '../../domain/tool-titles'
import { calcPagePath, projectPagePath, selfCheckPagePath } from '../../domain/links'
import { originalPagePath } from '../../domain/original-links'
import { readAnchor } from '../../domain/original-reader'
import './index.scss'
import { guarded } from '../../components/PageErrorBoundary'

function DocPage() {
  const link = useMemo(() => parseDocLink(routeParams(), { qrDomain: siteConfig.qrDomain, isKnownId: isKnownDocumentId }), [])
  const found = link.kind === 'found' ? findDocument(link.id) : undefined
  const rememberDoc = usePrefs((state) => state.rememberDoc)
  const today = todayIso()

  useEffect(() => {
    if (!found) return
    rememberDoc(found.doc.id)
    void Taro.setNavigationBarTitle({ title: found.doc.docNo })
  }, [found, rememberDoc])

  // ?id=<id>&at=<clause>: a link to a clause opens the 原文 there (an anchor of the wrong shape is ignored).
  const anchor = readAnchor(routeParams().at)
  useEffect(() => {
    const original = found && anchor ? originalPagePath(found.doc.id, { at: anchor }) : undefined
    if (original) openPage(original)
  }, [found, anchor])

  useShareAppMessage(() =>
    found
      ? { title: shareTitle(found.doc, found.issue.year, today), path: docPagePath(found.doc.id), imageUrl: shareImageUrl(found.doc.id) }
      : { title: '离石政策通', path: '/pages/index/index' },
  )
  useShareTimeline(() => (found ? { title: shareTitle(found.doc, found.issue.year, today), query: docShareQuery(found.doc.id) } : { title: '离石政策通' }))

  if (link.kind === 'notFound' || !found) {
    return (
      <PageFrame>
        <NotFoundView message={link.kind === 'notFound' ? explainNotFound(link) : '没有找到这份文件。'} shownId={link.kind === 'notFound' ? link.shownId : undefined} />
      </PageFrame>
    )
  }

  const { doc, issue } = found
  const ended = allWindowsEnded(doc.dates, today)
  const original = originalPagePath(doc.id)
  const openAt = (words: string | undefined) => {
    const path = words ? originalPagePath(doc.id, { words }) : undefined
    if (path) openPage(path)
  }
  return (
    <PageFrame>
      <View className='card doc-head'>
        <Text className='doc-head__no' id='doc-no'>{doc.docNo}</Text>
        <Text className='doc-head__title'>{doc.title}</Text>
        <Text className='small' style={{ display: 'block' }}>
          {doc.category} · 吕梁市离石{doc.issuer} · {formatDate(doc.signedOn)}印发
        </Text>
        <Text className='small' style={{ display: 'block' }}>
          《{issue.title}》{issue.year}年第{issue.number}期 第{doc.page}页
        </Text>
      </View>

      {ended ? (
        <View className='notice'>
          <Text>这是{issue.year}年的文件，文中的时间都已经过去了。下面的内容供您了解政策；现在怎么办，请先打电话问清楚。</Text>
        </View>
      ) : null}

      <View className='card summary'>
        <Text className='summary__label'>一句话说明</Text>
        <Text className='summary__text'>{doc.summary}</Text>
      </View>

      {/* The tools of this document come right after its one-line summary. */}
      {toolsOfDocument(doc.id).map((tool) => (
        <View key={tool.id} className='btn btn--primary' onClick={() => openPage(tool.kind === 'calc' ? calcPagePath(tool.id) : selfCheckPagePath(tool.id))}>
          <Text>{tool.kind === 'calc' ? '🧮 算一算：' : '🔍 '}{tool.title}</Text>
        </View>
      ))}

      {original ? (
        <View className='btn btn--plain' id='read-original' onClick={() => openPage(original)}>
          <Text>📄 读原文（全文{doc.annexes.length > 0 ? '和附件' : ''}）</Text>
        </View>
      ) : null}

      <Text className='section-title' style={{ display: 'block' }}>谁需要看</Text>
      <View className='audience'>
        {doc.audience.map((who) => (
          <Text key={who} className='tag'>{who}</Text>
        ))}
      </View>

      <Text className='section-title' style={{ display: 'block' }}>要点{original ? '（点一条，看原文怎么写）' : ''}</Text>
      <View className='card'>
        {doc.keyPoints.map((point, index) => (
          <View key={point.text} className='point' onClick={original ? () => openAt(point.source) : undefined}>
            <Text className='point__no'>{index + 1}</Text>
            <Text className='point__text'>
              {point.text}
              {original ? <Text className='point__link'> 原文›</Text> : null}
            </Text>
          </View>
        ))}
      </View>

      <Text className='section-title' style={{ display: 'block' }}>时间（以今天{formatDate(today)}算）</Text>
      <DateList windows={doc.dates} today={today} onSource={original ? openAt : undefined} />

      <Text className='section-title' style={{ display: 'block' }}>有问题，打电话问</Text>
      <PhoneCard heading='政策咨询' unit={doc.consultation.unit} phone={doc.consultation.phone} />

      {doc.annexes.length > 0 ? (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>附件（{doc.annexes.length}个）</Text>
          <View className='card'>
            {doc.annexes.map((annex, index) => (
              <View key={annex.title} className='annex'>
                <Text className='strong' style={{ display: 'block' }}>
                  附件{doc.annexes.length > 1 ? index + 1 : ''}：{annex.title}
                </Text>
                <Text className='muted' style={{ display: 'block' }}>{annex.contains}</Text>
                {annex.table ? (
                  <View
                    className='btn btn--primary'
                    onClick={() => openPage(annex.table?.kind === 'projects' ? projectPagePath(annex.table.planId) : PAGES.powers)}
                  >
                    <Text>{annex.table.kind === 'projects' ? '按乡镇、村查看这些项目' : '查看、筛选全部事项'}</Text>
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        </View>
      ) : null}

      {doc.readingNotes.length > 0 ? (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>原文说明</Text>
          <View className='card'>
            {doc.readingNotes.map((note) => (
              <Text key={note} className='muted' style={{ display: 'block', marginBottom: '6px' }}>· {note}</Text>
            ))}
          </View>
        </View>
      ) : null}

      <View className='card'>
        {doc.publicRelease ? <Text className='small' style={{ display: 'block' }}>（此件公开发布）</Text> : null}
        <Text className='small' style={{ display: 'block' }}>{issue.legalNote}。本页的说明是为方便阅读写的，以公报原文为准。</Text>
      </View>

      <ReportProblem where={`文件：${doc.docNo}`} />
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='btn btn--plain share-btn' openType='share'>
          转发给亲友
        </Button>
      ) : null}
      <CallBar unitShortName={doc.consultation.shortName} phone={doc.consultation.phone} />
    </PageFrame>
  )
}

export default guarded(DocPage)
