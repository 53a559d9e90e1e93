import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from './View'
import { icsDataUrl, icsText, type CalendarEvent } from '#src/domain/dates/calendar'
import { formatDate } from '#src/domain/dates/dates'
import { addToPhoneCalendar, type CalendarOutcome } from '#src/platform/calendar'

interface Props {
  event: CalendarEvent
  /** What to do, to write down when the calendar cannot be used. */
  act: string
  phone: string
  today: string
}

const REMINDER = '最后一天前3天早上9点提醒'

/**
 * 加到手机日历 for one action date. In a browser it is a link to an .ics file (the phone's calendar opens it); in
 * WeChat it asks addPhoneCalendar and says what happened, and if the phone did not allow it, what to write down.
 */
export function AddToCalendar({ event, act, phone, today }: Props) {
  const [outcome, setOutcome] = useState<CalendarOutcome | undefined>()
  const day = formatDate(event.day)
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='calendar'>
        <a className='btn btn--plain calendar__add' href={icsDataUrl(icsText(event, today))} download={event.fileName}>
          📅 加到手机日历
        </a>
        <Text className='small block'>
          下载一个日历文件，打开它就加到手机日历里：{day}，{REMINDER}。
        </Text>
      </View>
    )
  }
  const writeDown = `可以自己记下：${day}前${act}，有问题打 ${phone}。`
  return (
    <View className='calendar'>
      <View className='btn btn--plain calendar__add' onClick={() => void addToPhoneCalendar(event).then(setOutcome)}>
        <Text>📅 加到手机日历</Text>
      </View>
      {outcome === 'added' ? (
        <Text className='small calendar__outcome block'>
          已经加到手机日历：{day}，{REMINDER}。
        </Text>
      ) : null}
      {outcome === 'refused' ? <Text className='notice calendar__outcome block'>没有加上：手机没有允许微信写日历。{writeDown}</Text> : null}
      {outcome === 'failed' ? <Text className='notice calendar__outcome block'>没有加上。{writeDown}</Text> : null}
    </View>
  )
}
