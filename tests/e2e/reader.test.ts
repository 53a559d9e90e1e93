// The gazette reader in Chromium: every document by id / scene / q, tap-to-call, not-found, contacts.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { dialString } from '#src/domain/phone'
import { docQrUrl } from '#src/domain/links/deeplink'
import { siteConfig } from '#src/site.config'
import { AppBrowser, type AppPage } from './app-browser'
import { documentPageChunks } from '../../scripts/build/build-site'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

let app: AppBrowser

before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

function assertNoErrors(view: AppPage): void {
  assert.deepEqual(view.errors, [], 'uncaught page errors')
}

describe('home page', () => {
  it('shows the issue, both categories and all 15 documents', async () => {
    const view = await app.newPage()
    await view.open('/')
    const text = await view.bodyText()
    assert.match(text, /2022年第3期（总第6期）/)
    assert.match(text, /2022年9月30日出版/)
    assert.match(text, /【区政府文件】5份/)
    assert.match(text, /【区政府办公室文件】10份/)
    for (const doc of latestFullIssue.documents) assert.ok(text.includes(doc.docNo), doc.docNo)
    assert.match(text, /公报刊登的文件与红头文件具有同等效力/)
    await view.screenshot('home')
    assertNoErrors(view)
  })

  it('filters by topic and opens a document by tapping its card', async () => {
    const view = await app.newPage()
    await view.open('/')
    await view.page.getByText('就业（3）').click()
    const text = await view.bodyText()
    assert.ok(text.includes('离政办发〔2022〕26号'))
    assert.ok(!text.includes('离政办发〔2022〕34号'), 'the 医保 notice is not about 就业')
    await view.page.getByText('离政办发〔2022〕29号').click()
    await view.page.waitForURL(/pages\/doc\/index\?id=lzbf2022-29/)
    assert.match(await view.bodyText(), /每人奖补900元/)
    assertNoErrors(view)
  })
})

describe('document page opens from every printed code', () => {
  for (const doc of latestFullIssue.documents) {
    it(`${doc.docNo}: by id, by scene and by q, with its consultation number`, async () => {
      const view = await app.newPage()
      const qrUrl = docQrUrl(doc.id, siteConfig.qrDomain)
      for (const query of [`id=${doc.id}`, `scene=${encodeURIComponent(doc.id)}`, `q=${encodeURIComponent(qrUrl)}`]) {
        await view.open(`/pages/doc/index?${query}`)
        const text = await view.bodyText()
        assert.ok(text.includes(doc.docNo), `${query}: 文号`)
        assert.ok(text.includes(doc.consultation.phone), `${query}: 咨询电话`)
        assert.ok(text.includes(doc.consultation.unit), `${query}: 咨询单位`)
        assert.ok(text.includes(doc.summary), `${query}: summary`)
      }
      assertNoErrors(view)
    })
  }
})

describe('tap to call', () => {
  it('拨打 on a document dials its consultation line', async () => {
    const doc = latestFullIssue.documents.find((each) => each.id === 'lzbf2022-34')!
    const view = await app.newPage()
    await view.open(`/pages/doc/index?id=${doc.id}`)
    await view.screenshot('doc-lzbf2022-34')
    const callBar = view.page.locator('#call-bar')
    assert.match(await callBar.innerText(), new RegExp(`打电话问\\s*${doc.consultation.shortName}`))
    assert.ok(await callBar.isVisible(), 'the pinned call button is on the first screen')
    assert.equal(await view.telOf(() => callBar.click()), `tel:${dialString(doc.consultation.phone)}`)
    const tel = await view.telOf(() => view.page.getByText(`拨打 ${doc.consultation.phone}`).first().click())
    assert.equal(tel, `tel:${dialString(doc.consultation.phone)}`)
    assertNoErrors(view)
  })

  it('the number can be copied; a browser offers no 存入通讯录, which it could not do', async () => {
    const doc = latestFullIssue.documents.find((each) => each.id === 'lzbf2022-34')!
    const view = await app.newPage()
    await view.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await view.open(`/pages/doc/index?id=${doc.id}`)
    const card = view.page.locator('#consultation')
    await card.getByText('复制号码').click()
    assert.equal(await view.page.evaluate('navigator.clipboard.readText()'), doc.consultation.phone)
    assert.equal(await card.getByText('存入通讯录').count(), 0)
    assertNoErrors(view)
  })

  it('the contacts page lists every unit once and dials the one tapped', async () => {
    const view = await app.newPage()
    await view.open('/pages/contacts/index')
    const text = await view.bodyText()
    assert.match(text, /政策咨询电话（10个单位）/)
    for (const doc of latestFullIssue.documents) assert.ok(text.includes(doc.consultation.phone), doc.consultation.phone)
    assert.ok(text.includes(latestFullIssue.office.phone), '公报室')
    const tel = await view.telOf(() => view.page.getByText('拨打 0358-3383438').first().click())
    assert.equal(tel, 'tel:03583383438')
    await view.screenshot('contacts')
    assertNoErrors(view)
  })
})

describe('a printed code when the full page cannot be downloaded', () => {
  it('keeps the 文号, title and 拨打 on screen, says what happened and offers 再试一次', async () => {
    const view = await app.newPage()
    const blocked = documentPageChunks(join(root, 'dist', 'h5'), [`packages/issue-${latestFullIssue.id}/pages/doc/index`])
    assert.ok(blocked.length > 0, 'the full page has chunks of its own')
    await view.page.route(
      (url) => blocked.includes(url.pathname),
      (route) => route.abort(),
    )
    await view.page.goto(`${app.origin}/pages/doc/index?id=lzbf2022-34`)
    const notice = view.page.locator('#code-open-failed')
    await notice.waitFor({ timeout: 15_000 })
    assert.match(await notice.innerText(), /全文没有打开，可能是网络不好/)
    assert.equal(await view.page.locator('#code-doc-no').innerText(), '离政办发〔2022〕34号')
    const tel = await view.telOf(() => view.page.getByText('拨打 0358-8227879').first().click())
    assert.equal(tel, 'tel:03588227879')
  })
})

describe('dates and their status today', () => {
  it('says the 2022 payment window has ended when read in 2026', async () => {
    const view = await app.newPage('2026-11-29')
    await view.open('/pages/doc/index?id=lzbf2022-34')
    const text = await view.bodyText()
    assert.match(text, /已结束\s*2023年度居民医保集中缴费期/)
    assert.match(text, /文中的时间都已经过去了/)
  })

  it('says the window is open when the clock is inside it', async () => {
    const view = await app.newPage('2022-10-01')
    await view.open('/pages/doc/index?id=lzbf2022-34')
    const text = await view.bodyText()
    assert.match(text, /进行中\s*2023年度居民医保集中缴费期/)
    assert.ok(!text.includes('文中的时间都已经过去了'))
    assertNoErrors(view)
  })
})

describe('bad links', () => {
  const badLinks = [
    '/pages/doc/index?id=lzf2022-99',
    '/pages/doc/index?id=%E4%zz',
    '/pages/doc/index?scene=' + 'x'.repeat(40),
    '/pages/doc/index?q=' + encodeURIComponent('https://evil.example.com/d/lzf2022-25'),
    '/pages/doc/index',
  ]
  for (const path of badLinks) {
    it(`${path.slice(0, 60)} shows the not-found page with a way home`, async () => {
      const view = await app.newPage()
      await view.open(path)
      assert.match(await view.bodyText(), /没有找到这份文件/)
      assertNoErrors(view)
    })
  }

  it('an unknown page path lands on the not-found page, and 回到首页 works', async () => {
    const view = await app.newPage()
    await view.open('/pages/nothing/here')
    await view.page.getByText('没有找到这份文件').waitFor()
    await view.screenshot('not-found')
    await view.page.getByText('回到首页', { exact: true }).click()
    await view.page.getByText('2022年第3期（总第6期）').waitFor()
    assertNoErrors(view)
  })
})

describe('preferences on the phone', () => {
  it('remembers 大字 and recently opened documents across visits', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-36')
    await view.page.getByText('大字：关').click()
    await view.page.getByText('大字：开').waitFor()
    await view.open('/')
    const text = await view.bodyText()
    assert.match(text, /大字：开/)
    assert.match(text, /最近看过[\s\S]*离政办发〔2022〕36号/)
    assertNoErrors(view)
  })

  it('damaged saved data gives a clear message and the app keeps working', async () => {
    const view = await app.newPage()
    await view.open('/')
    await view.page.evaluate(() => localStorage.setItem('lishi-prefs', JSON.stringify({ data: '{broken' })))
    await view.open('/')
    assert.match(await view.bodyText(), /手机里保存的内容读不出来，已恢复成初始状态/)
    await view.page.getByText('知道了').click()
    await view.open('/')
    assert.ok(!(await view.bodyText()).includes('读不出来'))
    assertNoErrors(view)
  })
})
