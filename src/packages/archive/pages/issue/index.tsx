import { useMemo } from 'react'
import { Text } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { View } from '#src/components/View'
import { PageFrame } from '#src/components/PageFrame'
import { IssueContentsView } from '#src/page-bodies/IssuePage'
import { guarded } from '#src/components/PageErrorBoundary'
import { findIssue } from '#src/content/catalogue'
import { loadArchivedIssue } from '#src/domain/archive/archive'
import { PAGES } from '#src/domain/links/routes'
import { issueContentsPath } from '#src/domain/links/document-links'
import { archiveIO } from '#src/platform/archive-io'
import { openPage, routeParams } from '#src/platform/nav'
import { ArchiveIssuePhones, ArchivePhones, ArchiveTrouble } from '../../ArchiveTrouble'
import { useArchived } from '../../use-archived'

/** An archived issue's contents (home's 往期): fetched from the site, checked, kept on the phone. */
function ArchivedIssuePage() {
  const requested = useMemo(() => routeParams().issue ?? '', [])
  const issue = findIssue(requested)
  const archived = issue?.shelf === 'archive' ? issue : undefined
  const { state, retry } = useArchived(archived?.archiveHash, () => loadArchivedIssue(archived!.id, archived!.archiveHash!, archiveIO))
  useShareAppMessage(() => ({
    title: issue ? `离石区人民政府公报 ${issue.year}年第${issue.number}期` : '离石政策通',
    path: issue ? issueContentsPath(issue.id) : PAGES.home,
  }))

  if (!archived) {
    return (
      <PageFrame>
        <View className='card' id='archive-unknown-issue'>
          <Text className='page-title'>没有找到“{requested.slice(0, 20)}”这一期</Text>
          <View className='btn btn--primary' onClick={() => openPage(issue ? issueContentsPath(issue.id) : PAGES.home)}>
            <Text>{issue ? '打开这一期' : '回到首页'}</Text>
          </View>
        </View>
      </PageFrame>
    )
  }
  return (
    <PageFrame>
      {state.kind === 'ok' ? (
        <IssueContentsView issue={state.value.issue} />
      ) : (
        <View>
          <View className='card'>
            <Text className='page-title' id='archive-issue-number'>
              {archived.year}年第{archived.number}期（总第{archived.totalNumber}期）
            </Text>
            <Text className='muted block'>共{archived.documents.length}份文件</Text>
          </View>
          <ArchiveTrouble state={state} what='这一期' onRetry={retry} />
          <Text className='section-title block'>这一期各文件的咨询电话</Text>
          <ArchiveIssuePhones documents={archived.documents} />
          <ArchivePhones office={archived.office} />
        </View>
      )}
    </PageFrame>
  )
}

export default guarded(ArchivedIssuePage)
