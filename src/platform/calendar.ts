// Adding an action date to the phone's calendar in WeChat: wx.addPhoneCalendar (base library 2.15.0, user
// authorisation scope.addPhoneCalendar, only from a tap:
// https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html). The only place
// this Taro API is used. Promise callbacks, not async/await (see phone.ts).
import Taro from '@tarojs/taro'
import { phoneCalendarOptions, type CalendarEvent } from '#src/domain/dates/calendar'

/** added; refused: the person or the phone did not allow WeChat to write the calendar; failed: anything else. */
export type CalendarOutcome = 'added' | 'refused' | 'failed'

export function addToPhoneCalendar(event: CalendarEvent): Promise<CalendarOutcome> {
  return new Promise((resolve) => {
    try {
      // Taro 4.2 hands addPhoneCalendar straight to wx (not promisified): the callbacks are what both forms call.
      const returned: unknown = Taro.addPhoneCalendar({
        ...phoneCalendarOptions(event),
        success: () => resolve('added'),
        fail: (error: unknown) => resolve(isRefusal(error) ? 'refused' : 'failed'),
      })
      // A promisified form would also reject its promise on fail: already answered through the callback.
      const settled = returned as { catch?: (handle: () => void) => unknown } | undefined
      if (typeof settled?.catch === 'function') settled.catch(() => undefined)
    } catch {
      // A WeChat older than base library 2.15.0 has no addPhoneCalendar.
      resolve('failed')
    }
  })
}

/** errMsg of a refused authorisation: "addPhoneCalendar:fail auth deny", "…authorize no response", "…system permission denied". */
function isRefusal(error: unknown): boolean {
  const message = (error as { errMsg?: string } | null)?.errMsg ?? ''
  return /auth|permission|deny|denied/i.test(message)
}
