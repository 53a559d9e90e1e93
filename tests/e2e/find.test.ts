// 关怀 in the browser: what people type finds the right thing on the first screen; a contact hit opens that
// office; a damaged code is read back and offers the 公报室.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'
import { latestIssue } from '#src/content/catalogue'

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
  const office = latestIssue.office.phone
  async function openLarge(view: AppPage, path: string): Promise<void> {
    await view.open('/pages/notfound/index')
    await view.page.evaluate(() => {
      localStorage.setItem(
        'lishi-prefs',
        JSON.stringify({ data: JSON.stringify({ state: { largeText: true, recentDocIds: [], largeTextAsked: true }, version: 2 }) }),
      )
    })
    await view.open(path)
  }

  for (const large of [false, true]) {
    it(`lzbf2022-3 (${large ? '大字' : '普通'}) reads back as 离政办发〔2022〕3号, offers 30–36号 first, and the 公报室’s call button is on the first screen`, async () => {
      const view = await app.newPage()
      if (large) await openLarge(view, '/pages/doc/index?id=lzbf2022-3')
      else await view.open('/pages/doc/index?id=lzbf2022-3')
      assert.equal(await view.page.locator('#not-found-docno').innerText(), '您扫的是：离政办发〔2022〕3号')
      const offered = await view.page.locator('#not-found-nearest [role=button]').allInnerTexts()
      assert.deepEqual(
        offered.slice(0, 7).map((label) => /^离政办发〔2022〕(\d+)号/.exec(label)?.[1]),
        ['30', '31', '32', '33', '34', '35', '36'],
      )
      assert.ok(
        offered.every((label) => label.startsWith('离政办发〔2022〕')),
        'only the same series and year',
      )
      // 3号 is not past the newest 离政办发〔2022〕: no advice to close and reopen.
      assert.equal(await view.page.locator('#not-found-newer').count(), 0)
      assert.doesNotMatch(await view.bodyText(), /更新的一期/)
      const call = await view.page.locator('#not-found-office').getByText('📞 打电话问公报室').boundingBox()
      assert.ok(call && call.y >= 0 && call.y + call.height <= 667, `the call button is at ${call?.y}`)
      assert.match(await view.page.locator('#not-found-office').innerText(), new RegExp(`打电话问公报室\\s*${office}`))
      assert.equal(await view.telOf(() => view.page.getByText('📞 打电话问公报室').click()), `tel:${office.replace('-', '')}`)
      await view.screenshot(`notfound-damaged-code-${large ? 'large' : 'normal'}`)
      if (large) {
        await view.page.setViewportSize({ width: 320, height: 667 })
        await view.page.waitForTimeout(200)
        const narrow = await view.page.locator('#not-found-office').getByText('📞 打电话问公报室').boundingBox()
        assert.ok(narrow && narrow.y + narrow.height <= 667, `at 320 px the call button is at ${narrow?.y}`)
        await view.screenshot('notfound-damaged-code-large-320')
      } else {
        await view.page.locator('#not-found-nearest [role=button]').first().click()
        // The app changes the address with the History API (navigateTo, then redirectTo to the full page).
        await view.page.waitForFunction(() => /doc\/index\?id=lzbf2022-30$/.test(location.href), undefined, { polling: 100 })
      }
      assert.deepEqual(view.errors, [])
    })
  }

  it('lzbf2022-37, past the newest 离政办发〔2022〕, may be a newer issue: close and reopen', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-37')
    assert.equal(await view.page.locator('#not-found-newer').innerText(), '它可能属于更新的一期公报，请关掉小程序重新打开后再扫一次。')
    assert.match(await view.page.locator('#not-found-nearest [role=button]').first().innerText(), /^离政办发〔2022〕36号/)
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
