// The contacts page over two issues (dist/h5-fixture: 2022年第3期 plus the test-only 2000年第1期, whose 医疗保障局
// document prints another number than 2022年第3期's): one line to call per office, the newest issue's; the older
// number only under the issue that printed it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'

const OLD = '0358-0000000'
const CURRENT = '0358-8227879'

describe('contacts when an office’s number changed between issues', () => {
  let app: AppBrowser
  before(async () => {
    app = await AppBrowser.start('h5-fixture')
  })
  after(async () => {
    await app?.close()
  })

  const officeCard = (view: AppPage) => view.page.locator('.contact').filter({ hasText: '吕梁市离石区医疗保障局' })

  it('shows one card for the office, with the newest issue’s number to call and the older number labelled with its issue', async () => {
    const view = await app.newPage()
    await view.open('/pages/contacts/index')
    assert.match(await view.bodyText(), /政策咨询电话（10个单位）/)
    assert.equal(await officeCard(view).count(), 1)
    const card = officeCard(view)
    const text = await card.innerText()
    assert.match(text, /现在的号码（2022年第3期印的）\s*0358-8227879/)
    assert.match(text, /2000年第1期的文件印的是 0358-0000000/)
    assert.deepEqual(
      await view.page
        .locator('.contact .big-number')
        .allInnerTexts()
        .then((numbers) => numbers.filter((n) => n.includes(OLD))),
      [],
      'the old number is no line to call',
    )
    assert.equal(await card.getByText(`拨打 ${OLD}`).count(), 0)
    const tel = await view.telOf(() => card.getByText(`拨打 ${CURRENT}`).click())
    assert.equal(tel, 'tel:03588227879')
    await view.screenshot('contacts-changed-number')
    assert.deepEqual(view.errors, [])
  })

  it('a link to the old number opens the office’s card, says whose number it was, and its call bar calls the current one', async () => {
    const view = await app.newPage()
    await view.open(`/pages/contacts/index?phone=${OLD}`)
    const focus = view.page.locator('#contact-focus')
    const text = await focus.innerText()
    assert.match(text, /您要找的 0358-0000000 是2000年第1期的文件印的号码；这个单位现在的号码是下面这个。/)
    assert.match(text, /吕梁市离石区医疗保障局/)
    const tel = await view.telOf(() => view.page.locator('#call-bar').click())
    assert.equal(tel, 'tel:03588227879')
    await view.screenshot('contacts-old-number')
    assert.deepEqual(view.errors, [])
  })
})
