// The next issue takes over, in Chromium: the project copy dist/next-issue (tests/support/next-issue-project.ts:
// the tests' next issue imported, reviewed by script and built, no TypeScript changed). What residents see the day
// it is published: the new amounts, 年度, 文号 and phones; the earlier 年度 still there when chosen.
// Figures worked by hand from tests/fixtures/next-issue/gazette-2023-03.txt (离政办发〔2023〕14号 二、三).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'
import { field, pick, type } from './form'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start('next-issue/dist/h5')
})
after(async () => {
  await app?.close()
})

const text = (view: AppPage, selector: string) => view.page.locator(selector).innerText()
const total = (view: AppPage, label: string) =>
  view.page.locator('#calc-result .total').filter({ hasText: label }).locator('.total__amount').innerText()

async function yibaoFor3And1(view: AppPage): Promise<void> {
  await type(view, 'ordinary', '3')
  await type(view, 'dibao', '1')
  await view.page.locator('#calc-answer').click()
  await view.page.locator('#calc-result').waitFor()
}

describe('the next issue takes over the calculators', () => {
  it('医保: the new amounts, 年度, 文号 and phone; 看原文 lands on the new sentence', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=yibao')
    await yibaoFor3And1(view)
    // 二、: 每人380元; 三（二）: 低保对象个人缴纳100元，定额资助280元 → 3 × 380 + 100 = 1240, 资助 280.
    assert.equal(await total(view, '全家个人要交'), '1240元')
    assert.equal(await total(view, '政府资助合计'), '280元')
    const edition = await text(view, '#calc-edition')
    assert.match(edition, /按2024年度居民医保集中缴费期的标准/)
    assert.match(edition, /依据：离政办发〔2023〕14号/)
    // The bar's number (a tel: link in the browser; the WeChat runtime test dials it).
    assert.match(await text(view, '#call-bar'), /0358-8227811/)
    assert.equal(await view.page.locator('#call-bar').getAttribute('href'), 'tel:03588227811')
    await view.screenshot('next-issue-yibao')

    await view.page.locator('#calc-result .citation').first().click()
    await view.page.waitForFunction(
      () => location.pathname.includes('issue-2023-03/pages/original') && location.search.includes('id=lzbf2023-14'),
      undefined,
      { polling: 100 },
    )
    const hit = view.page.locator('.taro_page:not(.taro_page_shade) .o-hit').first()
    await hit.waitFor()
    assert.match(await hit.innerText(), /380/)

    assert.deepEqual(view.errors, [])
  })

  it('医保: choosing the earlier 年度 gives 2022’s figures with 2022’s citation; the call goes to the current line', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=yibao')
    await yibaoFor3And1(view)
    await view.page.locator('#calc-editions').getByText('2023年度居民医保集中缴费期', { exact: true }).click()
    await view.page.locator('#calc-edition', { hasText: '2023年度' }).waitFor()
    assert.equal(await total(view, '全家个人要交'), '1120元') // 离政办发〔2022〕34号: 3 × 350 + 70
    assert.match(await text(view, '#calc-edition'), /按2023年度居民医保集中缴费期的标准[\s\S]*依据：离政办发〔2022〕34号/)
    // The 2022 issue printed 0358-8227879; the office's line is now the next issue's.
    assert.match(await text(view, '#call-bar'), /0358-8227811/)
    assert.match(await text(view, '#calc-result'), /有疑问打电话问[\s\S]*0358-8227811/)
    assert.doesNotMatch(await text(view, '#calc-result'), /0358-8227879/)
    assert.deepEqual(view.errors, [])
  })

  it('the new 医保 document links to its calculator with the new figures; an old printed code opens its own year’s', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2023-14')
    await view.page.getByText(/算一算：城乡居民医保/).click()
    await view.page.waitForURL(/calc\/index\?id=yibao&issue=2023-03/)
    await yibaoFor3And1(view)
    assert.equal(await total(view, '全家个人要交'), '1240元')

    await view.open('/pages/doc/index?id=lzbf2022-34')
    assert.match(await view.bodyText(), /离政办发〔2022〕34号/)
    // The old document dials the office's current line and says which number it printed.
    await view.page.locator('#consultation', { hasText: '0358-8227811' }).waitFor()
    assert.match(
      await text(view, '#consultation'),
      /这份文件印的是 0358-8227879。2023年第3期公报印的这个单位的电话是 0358-8227811，请打这个。/,
    )
    assert.equal(await view.page.locator('#call-bar').getAttribute('href'), 'tel:03588227811')
    await view.page.getByText(/算一算：城乡居民医保/).click()
    await view.page.waitForURL(/calc\/index\?id=yibao&issue=2022-03/)
    await yibaoFor3And1(view)
    assert.equal(await total(view, '全家个人要交'), '1120元')
    assert.match(await text(view, '#calc-edition'), /按2023年度居民医保集中缴费期的标准/)
    assert.deepEqual(view.errors, [])
  })

  it('就业帮扶 and 护工 use the new rates (1600元 跨省, 1000元 合格证)', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/calc/index?id=hugong')
    await pick(view, 'selected', '是')
    await pick(view, 'certificate', '是')
    await pick(view, 'outside', '否')
    await view.page.locator('#calc-answer').click()
    assert.equal(await total(view, '一共能领'), '1000元') // 离政办发〔2023〕9号 二、（一）
    assert.deepEqual(view.errors, [])
  })
})

describe('the next issue takes over everything else', () => {
  it('我能领什么 uses the new figures and the new offices’ phones', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await view.page.evaluate(() => {
      const values = {
        householdType: 'tuopin',
        ordinary: '3',
        dibao: '1',
        destination: 'crossProvince',
        workersAway: '1',
        monthsAway: '8',
        wage: '3000',
        caregiver: 'none',
        farm: 'no',
        zone: 'inside',
        heating: 'central',
        restaurant: false,
        houseBusiness: false,
        township: 'unknown',
      }
      localStorage.setItem('lishi-answers', JSON.stringify({ data: JSON.stringify({ state: { values, completed: true }, version: 2 }) }))
    })
    await view.open('/packages/tools/pages/check/index')
    await view.page.locator('#check-answer').waitFor()
    assert.match(await text(view, '#check-payments'), /城乡居民医保：全家4人要交\s*1240元/)
    assert.match(await text(view, '#check-benefits'), /跨省务工一次性交通补贴\s*最多1600元/)
    assert.match(await text(view, '#check-benefits'), /0358-8227811/)
    assert.deepEqual(view.errors, [])
  })

  it('我能领什么 asks the 护工 trainee’s 年度 (an answer saved before the next issue reopens there) and pays that year’s standard', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await view.page.evaluate(() => {
      const values = {
        householdType: 'none',
        ordinary: '2',
        destination: 'none',
        caregiver: 'certified',
        farm: 'no',
        zone: 'inside',
        heating: 'central',
        restaurant: false,
        houseBusiness: false,
        township: 'unknown',
      }
      localStorage.setItem('lishi-answers', JSON.stringify({ data: JSON.stringify({ state: { values, completed: true }, version: 2 }) }))
    })
    await view.open('/packages/tools/pages/check/index')
    await field(view, 'caregiverYear').waitFor()
    assert.match(await view.bodyText(), /家里有人参加“吕梁山护工”培训吗？[\s\S]*哪一年度参加的培训/)
    await pick(view, 'caregiverYear', '办法执行（2022年度）')
    await view.page.locator('#check-result').click()
    await view.page.locator('#check-answer').waitFor()
    const card = view.page.locator('#check-benefits .benefit', { hasText: '吕梁山护工' })
    // 离政办发〔2022〕29号 二、（一）: 900元 for a 2022 certificate (the next issue's 1000元 is 2023年度's).
    assert.match(await card.innerText(), /吕梁山护工培训就业奖补\s*900元[\s\S]*在办法执行（2022年度）参加护工培训/)
    await card.getByText('详细算法').click()
    await view.page.waitForURL(/calc\/index\?id=hugong&benefit=hugong&issue=2022-03/)
    await view.page.locator('#calc-answer').click()
    assert.equal(await total(view, '一共能领'), '900元')

    await view.page.evaluate(() => {
      const saved = JSON.parse(JSON.parse(localStorage.getItem('lishi-answers')!).data)
      saved.state.values.caregiverYear = 'unknown'
      localStorage.setItem('lishi-answers', JSON.stringify({ data: JSON.stringify(saved) }))
    })
    await view.open('/packages/tools/pages/check/index')
    await view.page.locator('#check-answer').waitFor()
    assert.doesNotMatch(await text(view, '#check-answer'), /吕梁山护工培训就业奖补\s*\d/)
    assert.match(await text(view, '#check-near'), /办法执行（2023年度）培训的能领1000元；办法执行（2022年度）培训的能领900元/)
    assert.deepEqual(view.errors, [])
  })

  it('补助标准一览 lists the new figures first', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/rates/index')
    const body = await view.bodyText()
    assert.ok(body.indexOf('离政办发〔2023〕14号') < body.indexOf('离政办发〔2022〕34号'), 'the new document first')
    assert.match(body, /城乡居民个人缴费标准\s*380元\/人/)
    assert.deepEqual(view.errors, [])
  })

  it('contacts show one current line per office; the old number is said to be the old issue’s, with no button', async () => {
    const view = await app.newPage()
    await view.open('/pages/contacts/index')
    const body = await view.bodyText()
    for (const [old, now] of [
      ['0358-8227879', '0358-8227811'],
      ['0358-8222401', '0358-8222466'],
      ['0358-3383438', '0358-3383500'],
      ['0358-8220931', '0358-8220977'],
    ]) {
      assert.equal(body.split(`拨打 ${now}`).length - 1, 1, `one button for ${now}`)
      assert.doesNotMatch(body, new RegExp(`拨打 ${old}`))
      assert.match(body, new RegExp(`2022年第3期的文件印的是 ${old}`))
    }
    await view.screenshot('next-issue-contacts')
    assert.deepEqual(view.errors, [])
  })

  it('home’s table buttons open the new issue’s tables', async () => {
    const view = await app.newPage()
    await view.open('/pages/index/index')
    await view.page.getByText('乡镇办事清单', { exact: true }).click()
    await view.page.waitForURL(/issue-2023-03\/pages\/powers/)
    assert.deepEqual(view.errors, [])
  })
})
