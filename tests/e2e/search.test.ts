// Search and the annex tables in Chromium: typed queries give grouped results; 权责 items and projects open.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { powerLists, projectPlans } from '../../scripts/build/content/annex-tables'
import { filterPowers, filterProjects, sumAmount } from '#src/domain/tables'
import { AppBrowser, type AppPage } from './app-browser'
import { fullIssues, latestFullIssue } from '../../scripts/build/content/issues'
import { buildEntries } from '../../scripts/build/search-entries'
import { searchSuggestions } from '#src/domain/search/suggestions'
import { consultationDirectory } from '#src/domain/issue-views'
import { dialString } from '#src/domain/phone'
import { FIRST_SCREEN, QUESTIONS } from '../unit/search-questions'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

async function type(view: AppPage, query: string): Promise<void> {
  await view.page.locator('#search-input input').fill(query)
}
const firstTitle = (view: AppPage, kind: string) =>
  view.page.locator(`#group-${kind} .search-hit`).first().locator('taro-text-core').first().innerText()

describe('search', () => {
  it('is reachable from the top of the home page and finds 文件, 权责事项, 项目, 电话 and 计算器', async () => {
    const view = await app.newPage()
    await view.open('/')
    await view.page.locator('#search-bar').click()
    await view.page.locator('#search-input input').waitFor()
    await type(view, '医保')
    assert.match(await firstTitle(view, 'doc'), /城乡居民基本医疗保险缴费/)
    assert.match(await firstTitle(view, 'calc'), /城乡居民医保/)
    await type(view, 'yibao')
    assert.match(await firstTitle(view, 'doc'), /城乡居民基本医疗保险缴费/)
    await type(view, '8222401')
    assert.match(await firstTitle(view, 'phone'), /人社局/)
    await type(view, '上王营庄')
    assert.match(await firstTitle(view, 'project'), /上王营庄/)
    await type(view, '34号')
    assert.equal(await view.page.locator('#group-doc .search-hit').count(), 2)
    await view.screenshot('search-34')
    assert.deepEqual(view.errors, [])
  })

  it('the empty page offers the newest issue’s own words to try; tapping one searches it', async () => {
    const view = await app.newPage()
    await view.open(`/packages/issue-${latestFullIssue.id}/pages/search/index`)
    const offered = searchSuggestions(latestFullIssue.documents, buildEntries(latestFullIssue.id))
    const chips = view.page.locator('#search-help .chip')
    assert.deepEqual(await chips.allInnerTexts(), offered)
    await chips.nth(offered.length - 1).click()
    assert.equal(await view.page.locator('#search-input input').inputValue(), offered[offered.length - 1])
    await view.page.locator('.search-hit').first().waitFor()
    assert.deepEqual(view.errors, [])
  })

  it('highlights the match, opens a 权责 item with its legal basis, and says so when nothing matches', async () => {
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/search/index')
    await type(view, 'zhaijidi')
    assert.equal(await view.page.locator('#group-power .hl').first().innerText(), '宅基地')
    await view.page.locator('#group-power .search-hit').first().click()
    await view.page.waitForURL(/powers\/index\?no=4/)
    await view.page.getByText('职权依据', { exact: true }).waitFor()
    const text = await view.bodyText()
    assert.match(text, /对农村宅基地和建房规划的审批/)
    assert.match(text, /《中华人民共和国土地管理法》/)
    assert.match(text, /第六十二条第四款/)
    await view.screenshot('power-item')
    await view.open('/packages/issue-2022-03/pages/search/index?kw=%E7%81%AB%E6%98%9F%E7%A7%BB%E6%B0%91')
    assert.match(await view.bodyText(), /没有找到“火星移民”/)
    assert.deepEqual(view.errors, [])
  })
})

describe('search reads a question', () => {
  /** How many results are wholly on the first screen (375×667), without scrolling. */
  async function resultsOnFirstScreen(view: AppPage): Promise<number> {
    const boxes = await view.page
      .locator('.search-group > .card')
      .evaluateAll((hits) => hits.map((hit) => hit.getBoundingClientRect().bottom))
    return boxes.filter((bottom) => bottom <= 667).length
  }

  it('医保局电话 shows the 医疗保障局 line first, with its 拨打 button', async () => {
    const line = consultationDirectory(fullIssues).find((each) => each.unit.includes('医疗保障局'))!
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/search/index')
    await type(view, '医保局电话')
    const first = view.page.locator('.search-group > .card').first()
    assert.match(await first.innerText(), new RegExp(`^${line.unit}\\s`))
    const dial = first.locator('.search-hit__dial')
    assert.match(await dial.innerText(), new RegExp(`^📞 拨打\\s*${line.phone}$`))
    const bottom = await first.evaluate((hit) => hit.getBoundingClientRect().bottom)
    assert.ok(bottom <= 667, 'the line and its button are on the first screen')
    await view.screenshot('search-question-phone')
    assert.equal(await view.telOf(() => dial.click()), `tel:${dialString(line.phone)}`)
    assert.match(view.page.url(), /pages\/search\/index/, '拨打 dials and does not also open the office')
    assert.deepEqual(view.errors, [])
  })

  it('the questions residents reported as 没有找到 show their target wholly on the first screen', async () => {
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/search/index')
    for (const question of QUESTIONS.filter((each) => each.who === '报告')) {
      await type(view, question.query)
      const target = view.page.locator(`#group-${question.kind} > .card`).filter({ hasText: question.title }).first()
      const bottom = await target.evaluate((hit) => hit.getBoundingClientRect().bottom)
      assert.ok(bottom <= 667, `${question.query}: the target ends at ${bottom} px`)
    }
    await view.screenshot('search-question-money')
    assert.deepEqual(view.errors, [])
  })

  it(`the first screen holds at least ${FIRST_SCREEN} results (the share tests/unit/search-questions counts)`, async () => {
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/search/index')
    const counts: string[] = []
    // Queries whose results fill the screen: long titles, several groups, a phone hit with its button.
    for (const query of ['托管', '乡村振兴', '补贴', '医保电话', '交通补贴']) {
      await type(view, query)
      const count = await resultsOnFirstScreen(view)
      counts.push(`${query} ${count}`)
      assert.ok(count >= FIRST_SCREEN, `${query}: ${count} results on the first screen`)
    }
    console.log(`results wholly on the first screen at 375×667: ${counts.join(', ')}`)
    assert.deepEqual(view.errors, [])
  })
})

describe('权责清单 browser', () => {
  it('filters by type and by 乡镇/街道', async () => {
    const items = powerLists[0].items
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/powers/index')
    assert.match(await view.page.locator('#power-count').innerText(), /共104项/)
    await view.page.locator('#filter-type').getByText('行政许可（5）').click()
    assert.match(await view.page.locator('#power-count').innerText(), /共5项/)
    await view.page.locator('#filter-who').getByText('街道', { exact: true }).click()
    assert.match(
      await view.page.locator('#power-count').innerText(),
      new RegExp(`共${filterPowers(items, '行政许可', 'subdistrict').length}项`),
    )
    await view.open('/packages/issue-2022-03/pages/powers/index?no=999')
    assert.match(await view.bodyText(), /没有第“999”项/)
    assert.deepEqual(view.errors, [])
  })
})

describe('涉农资金项目 browser', () => {
  it('shows the totals, narrows to a township by its bar, and opens a project', async () => {
    const adjusted = projectPlans.find((plan) => plan.id === 'adjusted')!
    const view = await app.newPage()
    await view.open('/packages/issue-2022-03/pages/projects/index')
    assert.equal(await view.page.locator('#plan-total').innerText(), '12148.39万元')
    await view.page
      .locator('#township-bars')
      .getByText(/^吴城镇（/)
      .click()
    const wucheng = filterProjects(adjusted, 'all', '吴城镇')
    assert.equal(await view.page.locator('#project-count').innerText(), `吴城镇：共${wucheng.length}项，${sumAmount(wucheng)}万元`)
    await view.page.locator('#filter-village').getByText('上丰村', { exact: true }).click()
    const shangfeng = filterProjects(adjusted, 'all', '吴城镇', '上丰村')
    assert.equal(await view.page.locator('#project-count').innerText(), `上丰村：共${shangfeng.length}项，${sumAmount(shangfeng)}万元`)
    await view.page.locator('#filter-village').getByText('吴城镇全部').click()
    await view.screenshot('projects-wucheng')
    await view.page.getByText('离石区吴城镇上王营庄乡村振兴示范片区上王营庄村文旅一期项目(省级乡村振兴示范村项目)').click()
    await view.page.waitForURL(/projects\/index\?plan=adjusted&no=10/)
    await view.page.locator('#project-amount').waitFor()
    assert.equal(await view.page.locator('#project-amount').innerText(), '3909.16万元')
    await view.open('/packages/issue-2022-03/pages/projects/index?plan=initial')
    assert.equal(await view.page.locator('#plan-total').innerText(), '8509万元')
    assert.deepEqual(view.errors, [])
  })
})
