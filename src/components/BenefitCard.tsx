import { Text } from '@tarojs/components'
import { View } from './View'
import { findDocument } from '#src/content/catalogue'
import { formatAmount } from '#src/domain/calculators/format'
import { formatWindow, statusLabel, windowStatus } from '#src/domain/dates/dates'
import type { Benefit } from '#src/domain/eligibility/match'
import { GUIDES } from '#src/domain/eligibility/guides'
import { calcFromCheckPath, selfCheckPagePath, docPagePath } from '#src/domain/links/routes'
import { openPage } from '#src/platform/nav'
import { CallButton } from './CallButton'
import { numberToCallFor } from './number-to-call'
import './BenefitCard.scss'

const KIND_NOTE: Record<Benefit['kind'], string> = {
  cash: '能领到',
  saving: '政府替您出',
  pay: '您要交',
  info: '要做的事',
}

/** One benefit of 我能领什么: amount, why, when, where, what to bring, and whom to call. */
export function BenefitCard({ benefit, today }: { benefit: Benefit; today: string }) {
  const guide = GUIDES[benefit.id]
  const doc = findDocument(benefit.docId)?.doc
  const status = windowStatus(benefit.period, today)
  return (
    <View className={`card benefit benefit--${benefit.kind}`}>
      <View style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Text className='item-title' style={{ flex: 1, paddingRight: '8px' }}>
          {benefit.title}
        </Text>
        {benefit.amount !== undefined ? (
          <Text className='benefit__amount'>{formatAmount(benefit.amount, benefit.unit, benefit.atMost)}</Text>
        ) : null}
      </View>
      <Text className='small block'>{KIND_NOTE[benefit.kind]}</Text>
      <Text className='block' style={{ margin: '6px 0' }}>
        {benefit.reason}
      </Text>
      <View>
        <Text className={`badge badge--${status}`}>{statusLabel(benefit.period, status)}</Text>
        <Text className='muted'>
          {benefit.period.label}：{formatWindow(benefit.period)}
        </Text>
      </View>
      <Text className='muted block' style={{ marginTop: '6px' }}>
        去哪里办：{guide.where}
      </Text>
      {guide.bring.length > 0 ? (
        <View style={{ marginTop: '4px' }}>
          <Text className='muted block'>要带：</Text>
          {guide.bring.map((item) => (
            <Text key={item} className='muted block'>
              · {item}
            </Text>
          ))}
        </View>
      ) : null}
      {doc ? (
        <View>
          <Text className='small block' style={{ marginTop: '6px' }}>
            咨询：{doc.consultation.unit}
          </Text>
          {guide.phoneNote ? <Text className='small block'>{guide.phoneNote}</Text> : null}
          <CallButton phone={numberToCallFor(doc.consultation.phone).phone} />
        </View>
      ) : null}
      <View className='btn-row'>
        {benefit.calculation ? (
          <View
            className='btn btn--plain'
            onClick={() => openPage(calcFromCheckPath(benefit.calculation!.calculatorId, benefit.id, benefit.calculation!.issueId))}
          >
            <Text>详细算法</Text>
          </View>
        ) : null}
        {benefit.selfCheckId ? (
          <View className='btn btn--plain' onClick={() => openPage(selfCheckPagePath(benefit.selfCheckId!))}>
            <Text>去自查</Text>
          </View>
        ) : null}
        {doc ? (
          <View className='btn btn--plain' onClick={() => openPage(docPagePath(doc.id))}>
            <Text>看文件</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}
