import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { issues } from '#src/content/catalogue'
import { allParams } from '#src/content/rules-in-force'
import { shortTitle } from '#src/domain/issue-views'
import { formatParamValue } from '#src/domain/calculators/format'
import { docPagePath } from '#src/domain/links/routes'
import { formatDate } from '#src/domain/dates/dates'
import { openPage } from '#src/platform/nav'
import { PageFrame } from '#src/components/PageFrame'
import { Citation } from '#src/components/Citation'
import { guarded } from '#src/components/PageErrorBoundary'

/** 补助标准一览: every amount, rate, cap and threshold, with the clause and page it comes from. */
function RatesPage() {
  // The documents the figures come from, newest issue first (older issues' documents by their 文号).
  const docs = issues.flatMap((issue) => issue.documents).filter((doc) => allParams.some((p) => p.cite.docId === doc.id))
  const years = [...new Set(allParams.map((p) => p.period.from.slice(0, 4)))].sort()
  return (
    <PageFrame>
      <Text className='page-title'>补助标准一览（{allParams.length}项）</Text>
      <Text className='muted block' style={{ margin: '0 4px 10px' }}>
        计算器里用到的每个金额、比例、上限都在这里，注明出自哪份文件哪一条。
        {years.length === 1 ? `都是${years[0]}年的标准。` : '每一项写明从哪天起适用。'}
      </Text>
      {docs.map((doc) => (
        <View key={doc.id}>
          <View className='card' onClick={() => openPage(docPagePath(doc.id))} style={{ borderLeft: '6px solid #b22222' }}>
            <Text className='strong block' style={{ color: '#b22222' }}>
              {doc.docNo}
            </Text>
            <Text className='muted block'>{shortTitle(doc)} ›</Text>
          </View>
          {allParams
            .filter((p) => p.cite.docId === doc.id)
            .map((p) => (
              <View key={p.id} className='card rate'>
                <View style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
                  <Text style={{ flex: 1, paddingRight: '8px' }}>{p.label}</Text>
                  <Text className='item-title'>{formatParamValue(p.value, p.unit)}</Text>
                </View>
                <Text className='small block'>
                  适用：{formatDate(p.period.from)}起{p.period.to ? `，至${formatDate(p.period.to)}` : '（文件未写截止日期）'}
                </Text>
                <Citation cite={p.cite} showWords />
              </View>
            ))}
        </View>
      ))}
    </PageFrame>
  )
}

export default guarded(RatesPage)
