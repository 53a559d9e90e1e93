// 加到手机日历 in Chromium: a document whose action date is still ahead offers it, and the .ics file it gives is
// for that date, with the document's 文号, what to do and the phone; once the date has passed nothing is offered.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { findFullDocument } from '../../scripts/build/content/issues'
import { AppBrowser, type AppPage } from './app-browser'

// 离政办发〔2022〕34号 四、(一): 集中参保缴费期原则上为9月1日至12月25日 — act: 交城乡居民医保费.
const found = findFullDocument('lzbf2022-34')
if (!found) throw new Error('离政办发〔2022〕34号 missing')
const yibao = found.doc
const deadline = yibao.dates.find((window) => window.act)
if (!deadline?.end || !deadline.act) throw new Error('离政办发〔2022〕34号 has no action date')
const { end, act } = deadline

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

async function openLargeText(view: AppPage, path: string, largeText: boolean): Promise<void> {
  await view.open('/pages/notfound/index')
  await view.page.evaluate((on) => {
    localStorage.setItem(
      'lishi-prefs',
      JSON.stringify({ data: JSON.stringify({ state: { largeText: on, recentDocIds: [], largeTextAsked: true }, version: 2 }) }),
    )
  }, largeText)
  await view.open(path)
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '')

describe('加到手机日历 in the browser', () => {
  it('a document with a date still ahead offers it, and the .ics is for that day, with 文号, what to do and phone', async () => {
    const view = await app.newPage('2022-11-30')
    await view.open(`/pages/doc/index?id=${yibao.id}`)
    const add = view.page.getByText('加到手机日历', { exact: false }).first()
    await add.scrollIntoViewIfNeeded()
    assert.equal(await view.page.getByText('📅 加到手机日历').count(), 1, 'one action date, one offer')
    const downloading = view.page.waitForEvent('download')
    await add.click()
    const download = await downloading
    assert.match(download.suggestedFilename(), /\.ics$/)
    const ics = await readFile(await download.path(), 'utf8')
    const lines = unfold(ics).split('\r\n')
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), ics)
    assert.ok(lines.includes(`DTSTART;VALUE=DATE:${end.replace(/-/g, '')}`), ics)
    const summary = lines.find((line) => line.startsWith('SUMMARY:')) ?? ''
    assert.ok(summary.includes(yibao.docNo) && summary.includes(act), summary)
    const description = lines.find((line) => line.startsWith('DESCRIPTION:') && line.includes(yibao.docNo)) ?? ''
    assert.ok(description.includes(yibao.consultation.phone), description)
    assert.deepEqual(view.errors, [])
  })

  it('looks right at 375 and 320 px, in 大字 too', async () => {
    for (const [width, large] of [
      [375, false],
      [320, false],
      [320, true],
    ] as const) {
      const view = await app.newPage('2022-11-30')
      await view.page.setViewportSize({ width, height: 667 })
      await openLargeText(view, `/pages/doc/index?id=${yibao.id}`, large)
      await view.page.getByText('📅 加到手机日历').scrollIntoViewIfNeeded()
      const sideways = await view.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
      assert.equal(sideways, false, `${width} px${large ? ' 大字' : ''} scrolls sideways`)
      await view.screenshot(`calendar-${width}${large ? '-large' : ''}`)
      assert.deepEqual(view.errors, [])
    }
  })

  it('offers nothing once the date has passed', async () => {
    const view = await app.newPage('2022-12-26')
    await view.open(`/pages/doc/index?id=${yibao.id}`)
    assert.ok((await view.bodyText()).includes(deadline.label), 'the date is still listed')
    assert.equal(await view.page.getByText('加到手机日历').count(), 0)
    assert.deepEqual(view.errors, [])
  })
})
