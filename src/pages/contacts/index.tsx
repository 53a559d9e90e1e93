import { Text } from '@tarojs/components'
import { View } from '../../components/View'
import { findDocument, issues, latestIssue } from '../../content/catalogue'
import { consultationDirectory, shortTitle } from '../../domain/catalog'
import { docPagePath } from '../../domain/deeplink'
import { openPage, routeParams } from '../../platform/nav'
import { decodeRepeatedly } from '../../domain/deeplink'
import { PageFrame } from '../../components/PageFrame'
import { CallButton } from '../../components/CallButton'
import { PhoneCard } from '../../components/PhoneCard'
import { CallBar } from '../../components/CallBar'
import { guarded } from '../../components/PageErrorBoundary'

const isNewest = (ref: { id: string }) => findDocument(ref.id)?.issue.id === latestIssue.id

function ContactsPage() {
  // ?phone=<number>: a search hit or a link for one office — its card comes first, highlighted.
  const wanted = decodeRepeatedly(routeParams().phone ?? '') ?? ''
  const all = consultationDirectory(issues)
  const lines = [...all.filter((line) => line.phone === wanted), ...all.filter((line) => line.phone !== wanted)]
  const office = latestIssue.office
  const officeWanted = wanted === office.phone
  return (
    <PageFrame>
      <Text className='page-title'>政策咨询电话（{lines.length}个单位）</Text>
      <Text className='muted' style={{ display: 'block', margin: '0 4px 10px' }}>
        每个号码都印在公报里对应文件的旁边。点绿色按钮直接拨打。
      </Text>
      {officeWanted ? <PhoneCard heading='您要找的：公报室（公报本身的问题）' unit={office.name} phone={office.phone} focused /> : null}
      {lines.map((line) => (
        <View key={`${line.unit}|${line.phone}`} className={`card contact${line.phone === wanted ? ' contact--focus' : ''}`} id={line.phone === wanted ? 'contact-focus' : undefined}>
          {line.phone === wanted ? <Text className='small' style={{ display: 'block' }}>您要找的电话</Text> : null}
          <Text className='item-title'>{line.unit}</Text>
          <Text className='big-number'>{line.phone}</Text>
          <CallButton phone={line.phone} />
          <Text className='small' style={{ display: 'block' }}>负责解答：</Text>
          {line.documents.filter(isNewest).map((ref) => {
            const doc = findDocument(ref.id)?.doc
            return (
              <View key={ref.id} className='contact__doc' style={{ minHeight: '44px', padding: '6px 0' }} onClick={() => openPage(docPagePath(ref.id))}>
                <Text className='strong'>{ref.docNo}</Text>
                <Text className='muted'> {doc ? shortTitle(doc) : ref.title} ›</Text>
              </View>
            )
          })}
          {/* Older issues' documents are counted, not listed: after ten years a line answers for dozens. */}
          {line.documents.some((ref) => !isNewest(ref)) ? (
            <Text className='muted' style={{ display: 'block' }}>往期公报里还有{line.documents.filter((ref) => !isNewest(ref)).length}份文件</Text>
          ) : null}
        </View>
      ))}
      {officeWanted ? <CallBar unitShortName='公报室' phone={office.phone} /> : null}
      {lines[0]?.phone === wanted ? <CallBar unitShortName={lines[0].shortName} phone={lines[0].phone} /> : null}
      {officeWanted ? null : (
        <View>
          <Text className='section-title' style={{ display: 'block' }}>公报本身的问题</Text>
          <PhoneCard heading='公报室' unit={office.name} phone={office.phone} />
        </View>
      )}
    </PageFrame>
  )
}

export default guarded(ContactsPage)
