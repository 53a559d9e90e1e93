import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { DateWindow } from '#src/content/types'
import { formatWindow, statusLabel, windowStatus } from '#src/domain/dates/dates'
import './DateList.scss'

interface Props {
  windows: DateWindow[]
  today: string
  /** Opens the 原文 at a date's source words; without it the words are only shown. */
  onSource?: (words: string) => void
  /** What a date offers below it (加到手机日历 for a date residents must act on), by its place in `windows`. */
  offer?: (index: number) => ReactNode
}

/** The dates of a document, each with its status today (未开始 / 进行中 / 已结束). */
export function DateList({ windows, today, onSource, offer }: Props) {
  return (
    <View className='card'>
      {windows.map((window, index) => {
        const status = windowStatus(window, today)
        const when = formatWindow(window)
        return (
          <View key={window.label} className='date-row' style={{ marginBottom: '12px' }}>
            <View>
              <Text className={`badge badge--${status}`}>{statusLabel(window, status)}</Text>
              <Text className='strong'>{window.label}</Text>
            </View>
            <Text className='muted block'>{when}</Text>
            {window.source ? (
              <View
                className={onSource ? 'date-row__source date-row__source--link' : 'date-row__source'}
                onClick={onSource ? () => onSource(window.source ?? '') : undefined}
              >
                <Text className='small'>
                  原文：{window.source}
                  {window.note ? `（${window.note}）` : ''}
                  {onSource ? ' ›' : ''}
                </Text>
              </View>
            ) : null}
            {offer?.(index)}
          </View>
        )
      })}
    </View>
  )
}
