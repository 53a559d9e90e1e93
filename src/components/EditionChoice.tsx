import { Text } from '@tarojs/components'
import { View } from './View'
import type { Edition } from '#src/domain/tools/editions'

interface Props {
  editions: Edition[]
  chosen: number
  onChoose: (index: number) => void
}

/** 按哪一期的标准算: shown only when the gazette has set a calculator's figures more than once; the newest first. */
export function EditionChoice({ editions, chosen, onChoose }: Props) {
  if (editions.length < 2) return null
  const newest = editions.length - 1
  return (
    <View className='card' id='calc-editions'>
      <Text className='calc-field__label block'>按哪一年度的标准算</Text>
      <View className='calc-field__choices'>
        {editions
          .map((edition, index) => ({ edition, index }))
          .reverse()
          .map(({ edition, index }) => (
            <View key={edition.edition.issueId} className={`chip${index === chosen ? ' chip--on' : ''}`} onClick={() => onChoose(index)}>
              <Text>
                {edition.window.label}
                {index === newest ? '（最新）' : ''}
              </Text>
            </View>
          ))}
      </View>
    </View>
  )
}
