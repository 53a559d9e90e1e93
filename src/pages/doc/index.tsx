import { useEffect, useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { View } from '#src/components/View'
import { allDocumentIds, findDocument, isKnownDocumentId } from '#src/content/catalogue'
import { docPagePath, documentPath, newerIssuePath, PAGES } from '#src/domain/links/routes'
import { docNoOfId, explainNotFound, mayBeNewerIssue, parseDocLink } from '#src/domain/links/deeplink'
import { readAnchor } from '#src/domain/links/link-targets'
import { shareImageUrl, siteConfig } from '#src/site.config'
import { routeParams } from '#src/platform/nav'
import { PageFrame } from '#src/components/PageFrame'
import { PhoneCard } from '#src/components/PhoneCard'
import { NotFoundView } from '#src/page-bodies/NotFoundView'
import { CallBar } from '#src/components/CallBar'
import { guarded } from '#src/components/PageErrorBoundary'
import { numberToCallFor } from '#src/components/number-to-call'
import { useSinglePage } from '#src/components/use-single-page'
import { DocNo } from '#src/components/DocNo'

const OPEN_TIMEOUT_MS = 8000

/**
 * pages/doc/index, where every printed code and share card points (?id, ?scene, ?q; the QR contract). The main
 * package knows each document's 文号 and phone (and the newest issue's titles and summaries), so they show at once,
 * with 拨打 pinned below; the document in full is in its issue's subpackage (or, for an archived issue, fetched by
 * the archive's page), which this page opens in its place. If that subpackage cannot be
 * downloaded (no network), the person still has the number and can try again. In 朋友圈's single-page mode, where
 * WeChat opens no other page, it stays: the 文号, the title and summary it has, and the number.
 */
function PrintedDocumentCode() {
  const link = useMemo(() => parseDocLink(routeParams(), { qrDomain: siteConfig.qrDomain, isKnownId: isKnownDocumentId }), [])
  const found = link.kind === 'found' ? findDocument(link.id) : undefined
  const singlePage = useSinglePage()
  // In WeChat the installed version may be older than the code (the browser always runs the site's current build):
  // an id that may be a newer issue's is looked up on the site, by the archive's page, the way archived documents open.
  const newer = process.env.TARO_ENV === 'weapp' && mayBeNewerIssue(link, allDocumentIds()) ? link.shownId : undefined
  // 朋友圈 single-page mode cannot navigate: the page shows what it has and WeChat's own bar opens the full app.
  const target = singlePage
    ? undefined
    : found
      ? documentPath('doc', found.doc.id, found.issue, { at: readAnchor(routeParams().at) })
      : newer
        ? newerIssuePath(newer)
        : undefined
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  // Opening the full page replaces this one; if it has not happened after a while (a browser does not always
  // report a chunk that did not load), the person is told, and keeps the number.
  useEffect(() => {
    if (!target) return undefined
    setFailed(false)
    Taro.redirectTo({ url: target }).catch(() => setFailed(true))
    const timer = setTimeout(() => setFailed(true), OPEN_TIMEOUT_MS)
    return () => clearTimeout(timer)
  }, [target, attempt])
  useShareAppMessage(() =>
    found
      ? { title: found.doc.title ?? found.doc.docNo, path: docPagePath(found.doc.id), imageUrl: shareImageUrl(found.doc.id) }
      : { title: '离石政策通', path: PAGES.home },
  )

  if (newer) {
    return (
      <PageFrame>
        {singlePage ? (
          <NotFoundView
            message='这份文件可能在更新的一期公报里。在朋友圈里打开的页面查不到它：点屏幕下方的“前往小程序”，打开完整的小程序再看。'
            shownId={newer}
            newerAdvice={null}
          />
        ) : failed ? (
          <NotFoundView
            message='这份文件可能在更新的一期公报里。现在连不上网，查不到它。可以打公报室的电话问，或连上网后再扫一次。'
            shownId={newer}
            newerAdvice={null}
          />
        ) : (
          <View className='card'>
            <Text className='item-title block' style={{ color: '#b22222' }}>
              {docNoOfId(newer) ?? newer}
            </Text>
            <Text className='muted block'>这份文件可能在更新的一期公报里，正在到公报室的网站上查……</Text>
          </View>
        )}
      </PageFrame>
    )
  }
  if (link.kind === 'notFound' || !found) {
    return (
      <PageFrame>
        <NotFoundView
          message={link.kind === 'notFound' ? explainNotFound(link) : '没有找到这份文件。'}
          shownId={link.kind === 'notFound' ? link.shownId : undefined}
        />
      </PageFrame>
    )
  }
  const { doc } = found
  const call = numberToCallFor(doc.consultation.phone)
  return (
    <PageFrame inFullApp={['看这份文件的全文', '一键拨打电话']}>
      <View className='card'>
        <DocNo className='item-title block' style={{ color: '#b22222' }} id='code-doc-no' docNo={doc.docNo} />
        {doc.title ? <Text className='strong block'>{doc.title}</Text> : null}
        {doc.summary ? (
          <Text className='block' style={{ marginTop: '8px' }}>
            {doc.summary}
          </Text>
        ) : null}
      </View>
      {singlePage ? null : failed ? (
        <View className='notice' id='code-open-failed'>
          <Text className='block'>全文没有打开，可能是网络不好。号码在下面，可以直接打电话问。</Text>
          <View className='btn btn--plain' onClick={() => setAttempt((count) => count + 1)}>
            <Text>再试一次</Text>
          </View>
        </View>
      ) : (
        <Text className='muted block' style={{ margin: '0 4px 10px' }}>
          正在打开全文……
        </Text>
      )}
      <PhoneCard heading='政策咨询' unit={doc.consultation.unit} phone={call.phone} note={call.changed} />
      <CallBar unitShortName={doc.consultation.shortName} phone={call.phone} />
    </PageFrame>
  )
}

export default guarded(PrintedDocumentCode)
