// 关怀 in the browser: what people type finds the right thing on the first screen; a contact hit opens that
// office; a damaged code is read back and offers the 公报室.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

async function searchFor(view: AppPage, query: string): Promise<void> {
  await view.open(`/packages/issue-2022-03/pages/search/index?kw=${encodeURIComponent(query)}`)
  await view.page.locator('.search-hit').first().waitFor()
}

/** True when the first element with this text is inside the first screen (375×667) without scrolling. */
async function onFirstScreen(view: AppPage, selector: string, text: RegExp): Promise<boolean> {
  const hit = view.page.locator(selector).filter({ hasText: text }).first()
  const box = await hit.boundingBox()
  return box !== null && box.y + box.height <= 667
}

describe('search finds what people type, on the first screen', () => {
  const cases: [string, RegExp][] = [
    ['xzxk', /行政许可/],
    ['xingzhengxuke', /行政许可/],
    ['离政办36', /离政办发〔2022〕36号/],
    ['lzbf36', /离政办发〔2022〕36号/],
    ['36', /离政办发〔2022〕36号/],
    ['zjj', /住建局/],
    ['煤气', /燃气/],
    ['长辈', /大字（长辈版）/],
    ['大字', /大字（长辈版）/],
    ['老年', /大字（长辈版）/],
    ['公报室', /公报室/],
    ['12345', /本期公报没有印/],
    ['dibao', /离政办发〔2022〕34号/],
  ]
  for (const [query, target] of cases) {
    it(`“${query}” → ${target.source}`, async () => {
      const view = await app.newPage()
      await searchFor(view, query)
      assert.ok(await onFirstScreen(view, '.search-hit', target), `${target} is not on the first screen`)
      assert.deepEqual(view.errors, [])
    })
  }

  it('a contact hit opens that office’s card first, with its call bar', async () => {
    const view = await app.newPage()
    await searchFor(view, 'zjj')
    await view.page.locator('.search-hit').filter({ hasText: '住建局' }).first().click()
    await view.page.waitForURL(/contacts\/index\?phone=0358-8226197/)
    assert.match(await view.page.locator('#contact-focus').innerText(), /吕梁市离石区住建局[\s\S]*0358-8226197/)
    assert.ok(await onFirstScreen(view, '#contact-focus', /住建局/))
    assert.equal(await view.telOf(() => view.page.locator('#call-bar').click()), 'tel:03588226197')
    assert.deepEqual(view.errors, [])
  })

  it('the 大字 hit turns 大字 on', async () => {
    const view = await app.newPage()
    await searchFor(view, '长辈')
    await view.page.locator('.search-hit').filter({ hasText: '大字（长辈版）' }).click()
    await view.page.locator('#search-action-done').waitFor()
    assert.match(await view.bodyText(), /大字：开/)
    assert.deepEqual(view.errors, [])
  })
})

describe('a damaged code', () => {
  it('lzbf2022-3 reads back as 离政办发〔2022〕3号, offers the nearest documents and the 公报室', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-3')
    assert.equal(await view.page.locator('#not-found-docno').innerText(), '您扫的是：离政办发〔2022〕3号')
    assert.match(await view.page.locator('#not-found-nearest').innerText(), /您要找的是不是[\s\S]*离政办发〔2022〕25号/)
    assert.equal(await view.telOf(() => view.page.getByText('📞 打电话问公报室').click()), 'tel:03588222862')
    assert.match(await view.page.locator('#not-found').innerText(), /打电话问公报室\s*0358-8222862/)
    await view.screenshot('notfound-damaged-code')
    await view.page.locator('#not-found-nearest [role=button]').first().click()
    await view.page.waitForURL(/doc\/index\?id=lzbf2022-25/)
    assert.deepEqual(view.errors, [])
  })

  it('an id in capitals opens the document', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=LZBF2022-34')
    assert.equal(await view.page.locator('#doc-no').innerText(), '离政办发〔2022〕34号')
    assert.deepEqual(view.errors, [])
  })
})

describe('结果不对？', () => {
  it('a calculator result composes a message with the page, the inputs and the versions, to copy or call', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=yibao')
    await view.page.locator('#field-ordinary input').click()
    await view.page.keyboard.type('2')
    await view.page.locator('#calc-answer').click()
    await view.page.locator('#report-problem').click()
    const message = await view.page.locator('#report-text').innerText()
    assert.match(message, /页面：计算器：城乡居民医保：全家交多少钱/)
    assert.match(message, /我填的：普通居民：2人/)
    assert.match(message, /版本：小程序 \d+\.\d+\.\d+，公报内容 2022-03/)
    assert.equal(await view.telOf(() => view.page.getByText('📞 打电话问公报室').click()), 'tel:03588222862')
    assert.deepEqual(view.errors, [])
  })
})
