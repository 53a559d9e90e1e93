import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { allDocumentIds, findDocument, latestIssue } from '#src/content/catalogue'
import { topicOfTitle } from '#src/domain/issue-views'
import { docPageOfQrPath, docPagePath, PAGES } from '#src/domain/links/routes'
import { docNoOfId, isBeyondNewest, nearestDocIds } from '#src/domain/links/deeplink'
import { goHome, openPage } from '#src/platform/nav'
import { canScan, scanAgain } from '#src/platform/scan'
import { CallButton } from '#src/components/CallButton'

interface Props {
  message: string
  /** The id the link carried, when it had one: read back as a 文号, with the nearest documents. */
  shownId?: string
  /** null: no advice about a newer issue (the page has already said what it knows about one). */
  newerAdvice?: null
}

/**
 * What any bad link shows: what went wrong in plain words, then the 公报室's number on the first screen (a person
 * with a damaged code may not find the document alone), what the code probably meant, and ways on.
 */
export function NotFoundView({ message, shownId, newerAdvice }: Props) {
  const docNo = shownId ? docNoOfId(shownId) : undefined
  const known = allDocumentIds()
  const nearest = shownId
    ? nearestDocIds(shownId, known)
        .map((id) => findDocument(id)?.doc)
        .filter((doc) => doc !== undefined)
    : []
  const office = latestIssue.office
  return (
    <View className='card' id='not-found'>
      <Text className='page-title' style={{ marginBottom: '8px' }}>
        没有找到这份文件
      </Text>
      {docNo ? (
        <Text className='item-title' style={{ marginBottom: '6px' }} id='not-found-docno'>
          您扫的是：{docNo}
        </Text>
      ) : null}
      <Text className='block' style={{ marginBottom: '8px' }}>
        {message}
      </Text>
      {shownId && newerAdvice !== null && isBeyondNewest(shownId, known) ? (
        <Text className='block' style={{ marginBottom: '8px' }} id='not-found-newer'>
          它可能属于更新的一期公报，请关掉小程序重新打开后再扫一次。
        </Text>
      ) : null}
      <Text className='muted block' style={{ margin: '4px 0' }}>
        二维码扫不开、印的内容看不懂，可以打公报室的电话：
      </Text>
      <View id='not-found-office'>
        <CallButton phone={office.phone} label='打电话问公报室' />
      </View>
      {nearest.length > 0 ? (
        <View id='not-found-nearest'>
          <Text className='strong block' style={{ marginTop: '8px' }}>
            您要找的是不是：
          </Text>
          {nearest.map((doc) => (
            <View
              key={doc.id}
              className='btn btn--plain'
              style={{ flexDirection: 'column', alignItems: 'flex-start', padding: '8px 16px' }}
              onClick={() => openPage(docPagePath(doc.id))}
            >
              <Text className='block'>{doc.docNo}</Text>
              {doc.title ? (
                <Text className='muted block' style={{ fontWeight: 400 }}>
                  {topicOfTitle(doc.title)}
                </Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
      {canScan ? (
        <View className='btn btn--plain' onClick={() => void scanAgain((url) => openPage(docPageOfQrPath(url)))}>
          <Text>📷 再扫一次</Text>
        </View>
      ) : null}
      <View className='btn btn--primary' onClick={goHome}>
        <Text>回到首页</Text>
      </View>
      <View className='btn btn--plain' onClick={() => openPage(PAGES.contacts)}>
        <Text>查看全部咨询电话</Text>
      </View>
    </View>
  )
}
