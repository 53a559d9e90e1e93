import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { findDocument, issues, latestIssue } from '#src/content/catalogue'
import { consultationDirectory, issueName, lineOfNumber, shortTitle, type EarlierNumber } from '#src/domain/issue-views'
import { docPagePath } from '#src/domain/links/routes'
import { openPage, routeParams } from '#src/platform/nav'
import { decodeRepeatedly } from '#src/domain/links/deeplink'
import { PageFrame } from '#src/components/PageFrame'
import { CallButton } from '#src/components/CallButton'
import { PhoneCard } from '#src/components/PhoneCard'
import { CallBar } from '#src/components/CallBar'
import { guarded } from '#src/components/PageErrorBoundary'

const isNewest = (ref: { id: string }) => findDocument(ref.id)?.issue.id === latestIssue.id

/** 2022年第3期的文件印的是 0358-8227879: an older number, only with the issues that print it. */
const printedBy = (earlier: EarlierNumber) => `${earlier.issues.map(issueName).join('、')}的文件印的是 ${earlier.phone}`

function ContactsPage() {
  // ?phone=<number>: a search hit or a link for one office — its card comes first, highlighted. An older number
  // an office had leads to that office, whose current number is the one to call.
  const wanted = decodeRepeatedly(routeParams().phone ?? '') ?? ''
  const all = consultationDirectory(issues)
  const found = lineOfNumber(all, wanted)
  const lines = found ? [found.line, ...all.filter((line) => line !== found.line)] : all
  const office = latestIssue.office
  const officeWanted = wanted === office.phone
  return (
    <PageFrame>
      <Text className='page-title'>政策咨询电话（{lines.length}个单位）</Text>
      <Text className='muted block' style={{ margin: '0 4px 10px' }}>
        每个号码都印在公报里对应文件的旁边。点绿色按钮直接拨打。
      </Text>
      {officeWanted ? <PhoneCard heading='您要找的：公报室（公报本身的问题）' unit={office.name} phone={office.phone} focused /> : null}
      {lines.map((line) => {
        const focused = found?.line === line
        const olderDocuments = line.documents.filter((ref) => !isNewest(ref))
        return (
          <View
            key={`${line.unit}|${line.phone}`}
            className={`card contact${focused ? ' contact--focus' : ''}`}
            id={focused ? 'contact-focus' : undefined}
          >
            {focused ? (
              <Text className='small block'>
                {found?.earlier
                  ? `您要找的 ${wanted} 是${found.earlier.issues.map(issueName).join('、')}的文件印的号码；这个单位现在的号码是下面这个。`
                  : '您要找的电话'}
              </Text>
            ) : null}
            <Text className='item-title'>{line.unit}</Text>
            {line.earlier.length > 0 || line.issue.id !== latestIssue.id ? (
              <Text className='small block'>现在的号码（{issueName(line.issue)}印的）</Text>
            ) : null}
            <Text className='big-number'>{line.phone}</Text>
            <CallButton phone={line.phone} />
            {line.documents.some(isNewest) ? <Text className='small block'>负责解答：</Text> : null}
            {line.documents.filter(isNewest).map((ref) => {
              const doc = findDocument(ref.id)?.doc
              return (
                <View
                  key={ref.id}
                  className='contact__doc'
                  style={{ minHeight: '44px', padding: '6px 0' }}
                  onClick={() => openPage(docPagePath(ref.id))}
                >
                  <Text className='strong'>{ref.docNo}</Text>
                  <Text className='muted'> {doc ? shortTitle(doc) : ref.title} ›</Text>
                </View>
              )
            })}
            {/* Older issues' documents are counted, not listed: after ten years a line answers for dozens. */}
            {olderDocuments.length > 0 ? <Text className='muted block'>往期公报里还有{olderDocuments.length}份文件</Text> : null}
            {line.earlier.map((earlier) => (
              <Text key={earlier.phone} className='muted contact__earlier block'>
                {printedBy(earlier)}
              </Text>
            ))}
          </View>
        )
      })}
      {officeWanted ? <CallBar unitShortName='公报室' phone={office.phone} /> : null}
      {found ? <CallBar unitShortName={found.line.shortName} phone={found.line.phone} /> : null}
      {officeWanted ? null : (
        <View>
          <Text className='section-title block'>公报本身的问题</Text>
          <PhoneCard heading='公报室' unit={office.name} phone={office.phone} />
        </View>
      )}
    </PageFrame>
  )
}

export default guarded(ContactsPage)
