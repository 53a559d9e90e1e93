import { Text } from '@tarojs/components'
import { View } from './View'
import type { GazetteIssue } from '#src/content/types'
import { PhoneCard } from './PhoneCard'

/** 关于本刊: the 公报室 and the gazette's legal note, at the foot of an issue's contents. */
export function AboutGazette({ issue }: { issue: Pick<GazetteIssue, 'office' | 'legalNote'> }) {
  return (
    <View>
      <Text className='section-title block'>关于本刊</Text>
      <PhoneCard heading='公报室' unit={issue.office.name} phone={issue.office.phone} />
      <View className='card'>
        <Text className='muted block'>电子邮箱：{issue.office.email}</Text>
        <Text className='muted block'>地址：{issue.office.address}</Text>
        <Text className='muted block'>邮编：{issue.office.postcode}</Text>
        <Text className='strong block' style={{ marginTop: '8px' }}>
          {issue.legalNote}
        </Text>
      </View>
    </View>
  )
}
