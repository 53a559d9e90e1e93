import { useEffect, useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { PageFrame } from '#src/components/PageFrame'
import { PhoneCard } from '#src/components/PhoneCard'
import { CallBar } from '#src/components/CallBar'
import { NotFoundView } from '#src/page-bodies/NotFoundView'
import { docNoOfId, explainNotFound } from '#src/domain/links/deeplink'
import { lookUpOnSite, type SiteLookup } from '#src/domain/updates/site-catalogue'
import { fetchSiteText, siteOrigin } from '#src/platform/site-request'
import { update, useUpdateState } from '#src/platform/app-update'

/** The not-found sentence when the site answered but has no such document either. */
const UNKNOWN = (id: string) => explainNotFound({ kind: 'notFound', reason: 'unknown', shownId: id })

/**
 * A printed code of a document this version does not know, shaped like one of a newer issue: the site's catalogue
 * (domain/updates/site-catalogue.ts) is asked once. Found: its 文号, title and phone, marked as from the site, with 拨打; the
 * full page is in the new version, so the person is told to update (现在更新 once WeChat has it downloaded). Not
 * there: the usual not-found page; site unreachable: said so, with the 公报室's phone.
 */
export function NewerIssueCode({ id }: { id: string }) {
  const [lookup, setLookup] = useState<SiteLookup | 'loading'>('loading')
  const updateState = useUpdateState()
  useEffect(() => {
    let current = true
    void lookUpOnSite(id, { origin: siteOrigin, fetchText: fetchSiteText }).then((result) => current && setLookup(result))
    return () => {
      current = false
    }
  }, [id])

  if (lookup === 'loading') {
    return (
      <PageFrame>
        <View className='card'>
          <Text className='item-title block' style={{ color: '#b22222' }}>
            {docNoOfId(id) ?? id}
          </Text>
          <Text className='muted block' id='newer-loading'>
            这份文件可能在更新的一期公报里，正在到公报室的网站上查……
          </Text>
        </View>
      </PageFrame>
    )
  }
  if (lookup.kind !== 'found') {
    const offline = lookup.kind === 'offline'
    return (
      <PageFrame>
        <NotFoundView
          message={
            offline
              ? '这份文件可能在更新的一期公报里。现在连不上公报室的网站（可能是没连上网），查不到它。可以打公报室的电话问，或连上网后再扫一次。'
              : UNKNOWN(id)
          }
          shownId={id}
          newerAdvice={null}
        />
      </PageFrame>
    )
  }
  const { doc, issue } = lookup
  return (
    <PageFrame>
      <View className='card' id='newer-doc'>
        <Text className='item-title block' style={{ color: '#b22222' }} id='code-doc-no'>
          {doc.docNo}
        </Text>
        {doc.title ? (
          <Text className='strong block' id='newer-title'>
            {doc.title}
          </Text>
        ) : null}
        <Text className='small block' style={{ marginTop: '6px' }} id='newer-source'>
          这份文件在{issue.year}年第{issue.number}期公报里，比这个版本的小程序新。文号、标题和电话来自公报室的网站。
        </Text>
      </View>
      <View className='notice' id='newer-update'>
        {updateState === 'ready' ? (
          <>
            <Text className='block'>新版本已经下载好，更新后再扫一次就能看全文。</Text>
            <View className='btn btn--plain' id='update-now' onClick={() => update.applyNow()}>
              <Text>现在更新</Text>
            </View>
          </>
        ) : (
          <Text className='block'>
            要看全文，需要更新小程序。微信会自己下载新版本，下载好后这里会出现“现在更新”。号码在下面，可以先打电话问。
          </Text>
        )}
      </View>
      <PhoneCard heading='政策咨询' unit={doc.consultation.unit} phone={doc.consultation.phone} />
      <CallBar unitShortName={doc.consultation.shortName} phone={doc.consultation.phone} />
    </PageFrame>
  )
}
