import { Text } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { View } from '#src/components/View'
import type { IssueHead } from '#src/content/types'
import { latestIssue } from '#src/content/catalogue'
import { PAGES } from '#src/domain/links/routes'
import { issueContentsPath } from '#src/domain/links/document-links'
import { openPage } from '#src/platform/nav'
import { PageFrame } from '#src/components/PageFrame'
import { IssueCover, IssueDocuments } from '#src/components/IssueContents'
import { AboutGazette } from '#src/components/AboutGazette'

/** An older issue's contents (home's 往期 opens it): its own subpackage's page, or the archive's once fetched. */
export function IssueContentsView({ issue }: { issue: IssueHead }) {
  return (
    <View>
      {issue.id !== latestIssue.id ? (
        <View className='notice' id='older-issue-notice'>
          <Text>这是往期公报，里面的时间和标准可能已经变了，办事前请先打电话问清楚。</Text>
          <View className='btn btn--plain' onClick={() => openPage(PAGES.home)}>
            <Text>看最新一期</Text>
          </View>
        </View>
      ) : null}
      <IssueCover issue={issue} />
      <IssueDocuments issue={issue} />
      <AboutGazette issue={issue} />
    </View>
  )
}

/** The page of an issue shipped in the package (packages/issue-<id>/pages/issue, generated). */
export function IssuePage({ issue }: { issue: IssueHead }) {
  useShareAppMessage(() => ({ title: `${issue.title} ${issue.year}年第${issue.number}期`, path: issueContentsPath(issue.id) }))
  return (
    <PageFrame>
      <IssueContentsView issue={issue} />
    </PageFrame>
  )
}
