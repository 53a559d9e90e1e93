import { View, Text } from '@tarojs/components'
import type { DateWindow } from '../content/types'
import { formatWindow, statusLabel, windowStatus } from '../domain/dates'

interface Props {
  windows: DateWindow[]
  today: string
}

/** The dates of a document, each with its status today (未开始 / 进行中 / 已结束). */
export function DateList({ windows, today }: Props) {
  return (
    <View className='card'>
      {windows.map((window) => {
        const status = windowStatus(window, today)
        const when = formatWindow(window)
        return (
          <View key={window.label} className='date-row' style={{ marginBottom: '12px' }}>
            <View>
              <Text className={`badge badge--${status}`}>{statusLabel(window, status)}</Text>
              <Text className='strong'>{window.label}</Text>
            </View>
            <Text className='muted' style={{ display: 'block' }}>{when}</Text>
            {window.source && window.source !== when ? (
              <Text className='small' style={{ display: 'block' }}>原文：{window.source}</Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
