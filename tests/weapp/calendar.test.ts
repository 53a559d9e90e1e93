// 加到手机日历 in WeChat's own runtime (dist/weapp): the event passed to wx.addPhoneCalendar carries the action
// date, the 文号, what to do and the phone; a refused permission keeps the page working and says what to write down;
// a passed date offers nothing. "Today" is pinned the way a phone's clock would be: `new Date()` is that day.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { weappRuntime, type WeappRuntime } from './runtime'
import { findFullDocument } from '../../scripts/build/content/issues'
import { dialString } from '#src/domain/phone'

// 离政办发〔2022〕34号 四、(一): 集中参保缴费期原则上为9月1日至12月25日 — act: 交城乡居民医保费.
const found = findFullDocument('lzbf2022-34')
if (!found) throw new Error('离政办发〔2022〕34号 missing')
const yibao = found.doc
const deadline = yibao.dates.find((window) => window.act)
if (!deadline?.end || !deadline.act) throw new Error('离政办发〔2022〕34号 has no action date')
const { end, act } = deadline
const DOC_PAGE = `packages/issue-${found.issue.id}/pages/doc/index`

const RealDate = Date
/** `new Date()` is 10:00 in 离石 on `iso`; Date.now stays real (the runtime's waits use it). */
function pinToday(iso: string): void {
  const fixed = new RealDate(`${iso}T10:00:00+08:00`).getTime()
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed)
      else super(...(args as [string]))
    }
  }
  globalThis.Date = PinnedDate as DateConstructor
}

type CalendarOptions = {
  title: string
  description: string
  startTime: number
  allDay?: boolean
  success?: (r: unknown) => void
  fail?: (e: unknown) => void
  complete?: (r: unknown) => void
}
let runtime: WeappRuntime
let wx: Record<string, unknown>
let shippedAddPhoneCalendar: unknown
before(() => {
  runtime = weappRuntime()
  wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  shippedAddPhoneCalendar = wx.addPhoneCalendar
})
after(() => {
  globalThis.Date = RealDate
  wx.addPhoneCalendar = shippedAddPhoneCalendar
})

const calendarCalls = () => runtime.calls.filter((call) => call.api === 'addPhoneCalendar').map((call) => call.args as CalendarOptions)

describe('加到手机日历 in the WeChat runtime', () => {
  it('passes addPhoneCalendar the action date (all day, 离石 time), the 文号, what to do and the phone', async () => {
    pinToday('2022-11-30')
    const page = await runtime.open(DOC_PAGE, { id: yibao.id })
    assert.equal(page.find('.calendar__add').length, 1)
    await page.tap('.calendar__add', '加到手机日历')
    const [options, ...more] = calendarCalls()
    assert.equal(more.length, 0)
    assert.equal(options.startTime, RealDate.parse(`${end}T00:00:00+08:00`) / 1000)
    assert.equal(options.allDay, true)
    assert.ok(options.title.includes(yibao.docNo) && options.title.includes(act), options.title)
    assert.ok(options.description.includes(yibao.consultation.phone), options.description)
    assert.match(page.text(), /已经加到手机日历：2022年12月25日/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('when the phone refuses, says so and what to write down, and the page still works', async () => {
    pinToday('2022-11-30')
    wx.addPhoneCalendar = (options: CalendarOptions) => {
      runtime.calls.push({ api: 'addPhoneCalendar', args: options })
      const error = { errMsg: 'addPhoneCalendar:fail auth deny' }
      setTimeout(() => {
        options.fail?.(error)
        options.complete?.(error)
      }, 10)
    }
    try {
      const page = await runtime.open(DOC_PAGE, { id: yibao.id })
      await page.tap('.calendar__add', '加到手机日历')
      await waitFor(() => page.text().includes('没有加上'))
      assert.match(page.text(), /没有加上：手机没有允许微信写日历。可以自己记下：2022年12月25日前交城乡居民医保费，有问题打 0358-8227879。/)
      assert.doesNotMatch(page.text(), /已经加到手机日历/)
      // Still working: 拨打 calls the consultation line.
      const calls = runtime.calls.length
      await page.tap('.btn--call')
      assert.ok(
        runtime.calls
          .slice(calls)
          .some(
            (call) =>
              call.api === 'makePhoneCall' && (call.args as { phoneNumber: string }).phoneNumber === dialString(yibao.consultation.phone),
          ),
      )
      page.close()
      assert.deepEqual(runtime.errors, [])
    } finally {
      wx.addPhoneCalendar = shippedAddPhoneCalendar
    }
  })

  it('offers nothing once the date has passed', async () => {
    pinToday('2022-12-26')
    const page = await runtime.open(DOC_PAGE, { id: yibao.id })
    assert.ok(page.text().includes(deadline.label))
    assert.equal(page.find('.calendar__add').length, 0)
    assert.doesNotMatch(page.text(), /加到手机日历/)
    page.close()
  })
})

async function waitFor(check: () => boolean, timeout = 3000): Promise<void> {
  const started = RealDate.now()
  while (!check()) {
    if (RealDate.now() - started > timeout) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
