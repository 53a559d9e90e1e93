// 原文 in the browser (375×667): from a calculator's figure to the sentence it comes from, clause deep links,
// search inside the text, wide tables that never move the page sideways, 大字, and every document's 原文.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fullIssues } from '../../scripts/build/content/issues'
import { AppBrowser, type AppPage } from './app-browser'
import { pick, plus, type } from './form'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

const ORIGINAL = '/packages/issue-2022-03/pages/original/index'

/** The highlighted words on the page in front (H5 keeps earlier pages hidden), once scrolled to: text, on screen. */
async function highlighted(view: AppPage): Promise<{ text: string; visible: boolean }> {
  const hit = view.page.locator('.taro_page:not(.taro_page_shade) .o-hit').first()
  await hit.waitFor()
  // The page scrolls to the words once laid out, and again a moment later; a busy machine lays out later, so the
  // position is read until it settles on screen (or 3 s have passed).
  // The call bar covers the bottom 70 px of the screen.
  const onScreen = async () => {
    const box = await hit.boundingBox()
    return box !== null && box.y >= 0 && box.y + box.height <= 667 - 70
  }
  const until = Date.now() + 3000
  let visible = await onScreen()
  while (!visible && Date.now() < until) {
    await view.page.waitForTimeout(100)
    visible = await onScreen()
  }
  return { text: await hit.innerText(), visible }
}

/** Neither the page nor the document scrolls sideways at this width. */
async function noSidewaysScroll(view: AppPage): Promise<boolean> {
  return view.page.evaluate(
    `[...document.querySelectorAll('.taro_page')].concat([document.documentElement]).every((el) => el.scrollWidth <= el.clientWidth + 1)`,
  ) as Promise<boolean>
}

/** Polls until the condition holds (what happens between two screens is not awaited by any locator). */
async function expectEventually(condition: () => boolean, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout
  while (!condition()) {
    if (Date.now() > until) assert.fail('the expected navigation did not happen')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('from a figure to the sentence it comes from', () => {
  it('a calculator result line’s citation opens the 原文 at 三（二） with the cited words highlighted and visible', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=yibao')
    await type(view, 'ordinary', '1')
    await plus(view, 'dibao')
    await view.page.locator('#calc-answer').click()
    await view.page.locator('.citation').filter({ hasText: '三、（二）' }).first().click()
    await view.page.waitForURL(/pages\/original\/index\?id=lzbf2022-34/)
    const hit = await highlighted(view)
    assert.match(hit.text.replace(/\s/g, ''), /低保对象个人缴纳70元/)
    assert.ok(hit.visible, 'the cited words are not on the screen')
    assert.match(
      await view.page.locator('.taro_page:not(.taro_page_shade) .o-block--selected').innerText(),
      /^\(二\)低保对象个人缴纳70元,定额资助280元。/,
    )
    await view.screenshot('original-from-citation')
    assert.deepEqual(view.errors, [])
  })

  it('托管 calculator: the reading’s citation with “30%” opens the 原文 with those words highlighted', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=tuoguan-nonghu')
    await pick(view, 'township', '吴城镇') // 离政办发〔2022〕33号 三、: a pilot township
    await pick(view, 'crop', '玉米')
    await type(view, 'area', '200')
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
    await view.page.locator('#calc-answer').click()
    await view.page.locator('.notice .citation').filter({ hasText: '不超过30%' }).click()
    await view.page.waitForURL(/pages\/original\/index\?id=lzbf2022-33/)
    const hit = await highlighted(view)
    assert.equal(
      hit.text.replace(/\s/g, ''),
      '100亩以上的种粮大户、家庭农场等农业适度规模经营主体每个服务环节财政补助占服务价格的比例不超过30%，单季作物亩均补助不超过100元',
    )
    assert.ok(hit.visible, 'the cited words are not on the screen')
    await view.screenshot('original-from-percent-citation')
    assert.deepEqual(view.errors, [])
  })

  it('补助标准一览: the 清洁煤 row “硫份低于1%、灰份低于16%” opens the 原文 with those words highlighted', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/rates/index')
    await view.page.locator('.citation').filter({ hasText: '硫份低于1%' }).first().click()
    await view.page.waitForURL(/pages\/original\/index\?id=lzbf2022-36/)
    const hit = await highlighted(view)
    assert.equal(hit.text.replace(/\s/g, ''), '硫份低于1%、灰份低于16%')
    assert.ok(hit.visible, 'the cited words are not on the screen')
    assert.deepEqual(view.errors, [])
  })

  it('a key point of the document opens the 原文 at its source words', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-34')
    await view.page.locator('.point').filter({ hasText: '断保90天内' }).click()
    await view.page.waitForURL(/pages\/original\/index/)
    const hit = await highlighted(view)
    assert.match(hit.text, /断保90天内凭职工医保参保凭证/)
    assert.ok(hit.visible)
    assert.deepEqual(view.errors, [])
  })

  it('a date’s gazette words open the 原文 there', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-32')
    await view.page.locator('.date-row__source--link').filter({ hasText: '排查整治阶段' }).click()
    const hit = await highlighted(view)
    assert.match(hit.text, /排查整治阶段（9月16日至10月7日）/)
    assert.ok(hit.visible)
    assert.deepEqual(view.errors, [])
  })

  it('补助标准一览: a row’s citation opens the 原文 of its document', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/rates/index')
    await view.page.locator('.citation').filter({ hasText: '离政办发〔2022〕29号' }).first().click()
    await view.page.waitForURL(/pages\/original\/index\?id=lzbf2022-29/)
    const hit = await highlighted(view)
    assert.ok(hit.visible)
    assert.deepEqual(view.errors, [])
  })
})

describe('deep links to a clause', () => {
  it('pages/doc/index?id=lzbf2022-34&at=四（三） opens the 原文 at that clause', async () => {
    const view = await app.newPage()
    await view.open(`/pages/doc/index?id=lzbf2022-34&at=${encodeURIComponent('四（三）')}`)
    await view.page.waitForURL(/pages\/original\/index/)
    const block = view.page.locator('.taro_page:not(.taro_page_shade) .o-block--selected')
    await block.waitFor()
    await view.page.waitForTimeout(300)
    assert.match(await block.innerText(), /^\(三\)因劳动关系终止导致职工医保断保的人员/)
    const box = await block.boundingBox()
    assert.ok(box && box.y >= 0 && box.y < 600, `the clause is at y=${box?.y}`)
    assert.deepEqual(view.errors, [])
  })

  it('a clause this document does not have (九（九）) goes back to the document, at its top, without an error', async () => {
    const view = await app.newPage()
    const visited: string[] = []
    view.page.on('framenavigated', (frame) => visited.push(frame.url()))
    await view.open(`/pages/doc/index?id=lzbf2022-34&at=${encodeURIComponent('九（九）')}`)
    await view.page.waitForURL(/pages\/doc\/index\?id=lzbf2022-34/)
    await expectEventually(() => visited.some((url) => /pages\/original\/index/.test(url)) && /pages\/doc\/index/.test(view.page.url()))
    await view.page.locator('#doc-no').waitFor()
    assert.equal(
      await view.page.evaluate(`document.querySelector('.taro_page_show') && document.querySelector('.taro_page_show').scrollTop`),
      0,
    )
    assert.match(await view.page.locator('.taro_page:not(.taro_page_shade) #doc-no').innerText(), /离政办发〔2022〕34号/)
    assert.deepEqual(view.errors, [])
  })

  for (const at of ['<script>', 'x'.repeat(60), '%E4%B8', '']) {
    it(`a garbage anchor (${at.slice(0, 12) || 'bare'}) is ignored: the document at its top, without an error`, async () => {
      const view = await app.newPage()
      await view.open(`/pages/doc/index?id=lzbf2022-34&at${at ? `=${encodeURIComponent(at)}` : ''}`)
      await view.page.waitForTimeout(800)
      assert.match(view.page.url(), /pages\/doc\/index\?id=lzbf2022-34/)
      assert.match(await view.page.locator('#doc-no').innerText(), /离政办发〔2022〕34号/)
      assert.deepEqual(view.errors, [])
    })
  }

  it('an unknown document id on the 原文 page says so kindly', async () => {
    const view = await app.newPage()
    await view.open(`${ORIGINAL}?id=lzbf2099-1`)
    assert.match(await view.bodyText(), /这份文件的原文还没有收进小程序/)
    assert.deepEqual(view.errors, [])
  })
})

describe('search inside the text', () => {
  it('上面千条线 → the 原文 paragraph that says it, highlighted', async () => {
    const view = await app.newPage()
    await view.open(`/packages/issue-2022-03/pages/search/index?kw=${encodeURIComponent('上面千条线')}`)
    const hit = view.page.locator('.search-hit--text').first()
    await hit.waitFor()
    assert.match(await hit.innerText(), /条款 四（三）[\s\S]*上面千条线，下面一根针/)
    await hit.click()
    await view.page.waitForURL(/pages\/original\/index/)
    const words = await highlighted(view)
    assert.equal(words.text, '上面千条线')
    assert.ok(words.visible, 'the words are not on the screen')
    assert.match(
      await view.page.locator('.taro_page:not(.taro_page_shade) .o-block--selected').innerText(),
      /发挥好“上面千条线，下面一根针”的管控作用/,
    )
    assert.deepEqual(view.errors, [])
  })

  it('full-text hits come after the document hits', async () => {
    const view = await app.newPage()
    await view.open(`/packages/issue-2022-03/pages/search/index?kw=${encodeURIComponent('医保')}`)
    await view.page.locator('#group-fulltext').waitFor()
    const order = await view.page.evaluate(`[...document.querySelectorAll('.search-group')].map((group) => group.id)`)
    assert.equal((order as string[]).at(-1), 'group-fulltext')
    assert.ok((order as string[]).includes('group-doc'))
  })
})

describe('reading it on a 375 px phone', () => {
  it('a wide table scrolls inside its own box; the page never scrolls sideways', async () => {
    const view = await app.newPage()
    await view.open(`${ORIGINAL}?id=lzbf2022-34&at=${encodeURIComponent('附件3')}`)
    const box = view.page.locator('.o-table-box').filter({ hasText: '动态调整类型' })
    await box.waitFor()
    assert.ok(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 50), 'the 9-column table should be wider than the screen')
    assert.ok(await noSidewaysScroll(view))
    await view.screenshot('original-wide-table')
  })

  it('大字: the text of the 原文 is at least 18 px (22 px body), headings larger', async () => {
    const view = await app.newPage()
    await view.open(`${ORIGINAL}?id=lzbf2022-34`)
    await view.page.getByText('大字：关').click()
    await view.page.getByText('大字：开').waitFor()
    const sizes = (await view.page.evaluate(
      `[...document.querySelectorAll('.o-text, .o-row-card__field, .o-grid__cell')].map((el) => parseFloat(getComputedStyle(el).fontSize))`,
    )) as number[]
    assert.ok(sizes.length > 20)
    assert.ok(Math.min(...sizes) >= 18, `smallest 原文 text ${Math.min(...sizes)} px`)
    assert.ok(await noSidewaysScroll(view))
    await view.screenshot('original-large-text')
    assert.deepEqual(view.errors, [])
  })

  it('目录 jumps to an annex further down, rendering what lies before it', async () => {
    const view = await app.newPage()
    await view.open(`${ORIGINAL}?id=lzf2022-32`)
    await view.page.locator('#outline-toggle').click()
    await view.page
      .locator('.o-outline__item')
      .filter({ hasText: /^附件$/ })
      .first()
      .click()
      .catch(async () => {
        await view.page.locator('.o-outline__item').last().click()
      })
    await view.page.waitForTimeout(400)
    assert.ok((await view.page.locator('.o-row-card').count()) > 0)
    assert.deepEqual(view.errors, [])
  })

  it('复制这段 copies the selected paragraph with its 文号', async () => {
    const view = await app.newPage()
    await view.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await view.open(`${ORIGINAL}?id=lzbf2022-34&at=${encodeURIComponent('二')}`)
    await view.page.locator('.o-block').filter({ hasText: '2022年预收2023年城乡居民个人缴费为每人350元' }).click()
    await view.page.getByText('复制这段').click()
    const copied = (await view.page.evaluate('navigator.clipboard.readText()')) as string
    assert.match(copied, /^2022年预收2023年城乡居民个人缴费为每人350元，由参保人员按年度一次性足额缴纳。\n——离政办发〔2022〕34号$/)
    assert.deepEqual(view.errors, [])
  })

  for (const doc of fullIssues.find((issue) => issue.id === '2022-03')!.documents) {
    it(`${doc.docNo}: the whole 原文 opens and reads to the end, with the call bar and 原文说明`, async () => {
      const view = await app.newPage()
      await view.open(`${ORIGINAL}?id=${doc.id}`)
      for (let more = view.page.locator('#original-more'); (await more.count()) > 0;) await more.click()
      const text = await view.bodyText()
      assert.match(text.replace(/\s/g, ''), new RegExp(doc.docNo.replace(/[〔〕]/g, '.')))
      assert.match(text, /原文说明/)
      assert.match(await view.page.locator('#call-bar').innerText(), new RegExp(doc.consultation.phone))
      assert.ok(await noSidewaysScroll(view))
      if (['lzbf2022-34', 'lzf2022-34', 'lzf2022-32'].includes(doc.id)) await view.screenshot(`original-${doc.id}`)
      assert.deepEqual(view.errors, [])
    })
  }
})
