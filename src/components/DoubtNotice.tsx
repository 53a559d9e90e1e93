import { Text } from '@tarojs/components'
import { View } from './View'
import type { Doubt } from '#src/domain/calculators/answers'

interface Props {
  doubts: Doubt[]
  onConfirm: () => void
}

/** 您填的是 1120 亩，对吗？ — asked before computing with a value that is possible but unusual. */
export function DoubtNotice({ doubts, onConfirm }: Props) {
  return (
    <View className='notice' id='calc-doubts'>
      {doubts.map((doubt) => (
        <Text key={doubt.token} className='strong block' style={{ marginBottom: '6px' }}>
          {doubt.question}
        </Text>
      ))}
      <Text className='muted block'>不对的话，请在上面改好再点“算一算”。</Text>
      <View className='btn btn--primary' onClick={onConfirm} id='calc-confirm'>
        <Text>对，就是这么多</Text>
      </View>
    </View>
  )
}
