import { Text } from '@tarojs/components'
import { View } from './View'
import { usePrefs } from '#src/store/prefs'

/** Asked once, on the first visit: 大字 or not. When WeChat's font is large, 大字 is already on and this says so. */
export function LargeTextQuestion() {
  const asked = usePrefs((state) => state.largeTextAsked)
  const largeText = usePrefs((state) => state.largeText)
  const answer = usePrefs((state) => state.answerLargeText)
  if (asked) return null
  return (
    <View className='notice' id='large-text-question'>
      <Text className='strong block' style={{ marginBottom: '6px' }}>
        {largeText ? '按您微信里的字体设置，已经打开了大字。' : '字看得清吗？可以打开大字（长辈版），字和按钮都变大。'}
      </Text>
      <View className='btn-row'>
        <View className='btn btn--primary' onClick={() => answer(true)} id='large-text-yes'>
          <Text>{largeText ? '好的，用大字' : '打开大字'}</Text>
        </View>
        <View className='btn btn--plain' onClick={() => answer(false)} id='large-text-no'>
          <Text>{largeText ? '不用大字' : '不用了'}</Text>
        </View>
      </View>
      <Text className='small block'>以后也可以点每页右上角的“大字”开关。</Text>
    </View>
  )
}
