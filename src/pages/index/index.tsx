import { useEffect } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { findDocument, findIssue, issues, latestIssue, tableIssues, type ShelvedIssue } from '#src/content/catalogue'
import { powerPagePath, projectsPage, docPagePath, PAGES } from '#src/domain/links/routes'
import { issueContentsPath } from '#src/domain/links/document-links'
import { openPage, routeParams } from '#src/platform/nav'
import { usePrefs } from '#src/store/prefs'
import { PageFrame } from '#src/components/PageFrame'
import { IssueCover, IssueDocuments } from '#src/components/IssueContents'
import { AboutGazette } from '#src/components/AboutGazette'
import './index.scss'
import { guarded } from '#src/components/PageErrorBoundary'
import { StorageNotice } from '#src/components/StorageNotice'
import { LargeTextQuestion } from '#src/components/LargeTextQuestion'
import { UpdateNotice } from '#src/components/UpdateNotice'
import { applyUpdateIfSafe } from '#src/platform/app-update'

/** Older issues by year, newest first. */
function issuesByYear(list: ShelvedIssue[]): [number, ShelvedIssue[]][] {
  const years = new Map<number, ShelvedIssue[]>()
  for (const each of list) years.set(each.year, [...(years.get(each.year) ?? []), each])
  return [...years]
}

function HomePage() {
  const requested = routeParams().issue
  const requestedIssue = requested ? findIssue(requested) : undefined
  const issue = latestIssue
  const earlier = issues.filter((each) => each.id !== issue.id)
  const recentDocIds = usePrefs((state) => state.recentDocIds)
  const storageNotice = usePrefs((state) => state.storageNotice)
  const dismissStorageNotice = usePrefs((state) => state.dismissStorageNotice)
  useShareAppMessage(() => ({ title: `${issue.title} ${issue.year}年第${issue.number}期`, path: PAGES.home }))
  // ?issue=<older issue> (an old share card): that issue's own contents page.
  useEffect(() => {
    if (requestedIssue && requestedIssue.id !== issue.id) void Taro.redirectTo({ url: issueContentsPath(requestedIssue.id) })
  }, [requestedIssue, issue])

  // Home opened afresh holds nothing a restart could lose: a downloaded new version is applied now.
  useEffect(applyUpdateIfSafe, [])

  const recent = recentDocIds.map((id) => findDocument(id)?.doc).filter((doc) => doc !== undefined)

  return (
    <PageFrame homeLink={false}>
      <StorageNotice notice={storageNotice} onDismiss={dismissStorageNotice} />
      <LargeTextQuestion />
      <UpdateNotice />

      {requested && !requestedIssue ? (
        <View className='notice'>
          <Text>没有找到“{requested.slice(0, 20)}”这一期，下面是最新一期。</Text>
        </View>
      ) : null}

      <IssueCover issue={issue} />

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
      {tableIssues.powers || tableIssues.projects ? (
        <View className='btn-row'>
          {tableIssues.powers ? (
            <View className='btn btn--plain' onClick={() => openPage(powerPagePath(tableIssues.powers!))}>
              <Text>乡镇办事清单</Text>
            </View>
          ) : null}
          {tableIssues.projects ? (
            <View className='btn btn--plain' onClick={() => openPage(projectsPage(tableIssues.projects!))}>
              <Text>村里的项目</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {recent.length > 0 ? (
        <View>
          <Text className='section-title block'>最近看过</Text>
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

      <IssueDocuments issue={issue} />

      {earlier.length > 0 ? (
        <View id='earlier-issues'>
          <Text className='section-title block'>往期</Text>
          {issuesByYear(earlier).map(([year, ofYear]) => {
            // Issues archived on the site open only with network: said once for a year of them, or on each chip.
            const allArchived = ofYear.every((each) => each.shelf === 'archive')
            return (
              <View key={year} className='card'>
                <Text className='strong block'>
                  {year}年{allArchived ? '（要联网看）' : ''}
                </Text>
                <View className='earlier__issues'>
                  {ofYear.map((each) => (
                    <View key={each.id} id={`issue-${each.id}`} className='chip' onClick={() => openPage(issueContentsPath(each.id))}>
                      <Text>
                        第{each.number}期{each.shelf === 'archive' && !allArchived ? '（要联网）' : ''}
                      </Text>
                    </View>
                  ))}
                </View>
              </View>
            )
          })}
        </View>
      ) : null}

      <AboutGazette issue={issue} />
    </PageFrame>
  )
}

export default guarded(HomePage)
