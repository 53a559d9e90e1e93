// 我能领什么 in Chromium never states what the resident did not say: the households residents tried (an ordinary
// family counting 养老 payers, a farmer outside the 托管 pilot), 详细算法 with the household's own figures, and a
// saved answer that could not be kept. Answered as a person would: tap, then type.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'
import { field, fieldError, pick, type } from './form'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

const next = (view: AppPage) => view.page.locator('#check-next').click()
const text = (view: AppPage, selector: string) => view.page.locator(selector).innerText()
const progress = (view: AppPage) => text(view, '#check-progress')

/** From the 打工 question on: nothing but what is given. */
async function answerTheRest(view: AppPage, farm?: { township: string; area: string }): Promise<void> {
  await pick(view, 'destination', '没有务工')
  await next(view)
  await pick(view, 'caregiver', '没有')
  await next(view)
  if (farm) {
    await pick(view, 'farm', '种')
    await pick(view, 'crop', '玉米')
    await type(view, 'area', farm.area)
    await next(view)
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
  } else await pick(view, 'farm', '不种')
  await next(view)
  await pick(view, 'zone', '在禁煤区内')
  await pick(view, 'heating', '集中供热')
  await next(view)
  await pick(view, 'restaurant', '否')
  await next(view)
  await pick(view, 'houseBusiness', '否')
  await next(view)
  await pick(view, 'township', farm?.township ?? '不说 / 不清楚')
  await next(view)
  await view.page.locator('#check-answer').waitFor()
}

describe('我能领什么 states only what was answered', () => {
  it('3 普通居民 answering 2 养老 payers are stopped at the question with who counts; the result claims no 养老代缴', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '都不是 / 不清楚')
    await next(view)
    await type(view, 'ordinary', '3')
    await next(view)
    assert.match(await view.bodyText(), /家里的低保对象、特困人员、返贫致贫人口、重度残疾人中，有几人还在交城乡居民养老保险费？/)
    await type(view, 'pensionPayers', '2')
    await next(view)
    assert.match(await fieldError(view, 'pensionPayers').innerText(), /您家没有填低保对象、特困人员、返贫致贫人口，也没有重度残疾人/)
    assert.match(await progress(view), /第3题/)
    await view.screenshot('check-pension-bounded')
    await type(view, 'pensionPayers', '')
    await next(view)
    await next(view) // no student
    await answerTheRest(view)
    const body = await view.bodyText()
    assert.doesNotMatch(body, /养老保险代缴|600元/)
    assert.match(await text(view, '#check-nothing'), /没有找到您家能领的补助/)
    assert.deepEqual(view.errors, [])
  })

  it('a 枣林乡 farmer (120亩 玉米, 机耕+机播+机收) gets no 托管 claim; 还可以问问 names the pilot townships', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '都不是 / 不清楚')
    await next(view)
    await type(view, 'ordinary', '1')
    await next(view)
    await next(view) // 养老: nobody
    await next(view) // no student
    await answerTheRest(view, { township: '枣林乡', area: '120' })
    assert.equal(await view.page.locator('#check-benefits').count(), 0)
    assert.doesNotMatch(await view.bodyText(), /农业生产托管补助/)
    const near = await text(view, '#check-near')
    assert.match(near, /吴城镇、信义镇、田家会街道、城北街道/) // 离政办发〔2022〕33号 三、
    assert.match(near, /您填的枣林乡不在其中/)
    await view.screenshot('check-outside-pilot')
    assert.deepEqual(view.errors, [])
  })
})

describe('详细算法 opens the calculator with the household’s own figures', () => {
  it('a 重度残疾人 still paying: 养老代缴 300元, and 详细算法 shows the same 300元 with what was assumed', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '脱贫户')
    await next(view)
    await type(view, 'ordinary', '2')
    await next(view)
    await type(view, 'severeDisabled', '1')
    await type(view, 'pensionPayers', '1')
    await next(view)
    await next(view)
    await answerTheRest(view)
    const card = view.page.locator('.benefit', { hasText: '城乡居民养老保险代缴' })
    assert.match(await card.innerText(), /300元/) // 26号 四、（四）12: 100元 + 200元
    assert.match(await card.innerText(), /您填了家里有重度残疾人1人，其中1人还在交/)
    await card.getByText('详细算法').click()
    await view.page.locator('#calc-prefill').waitFor()
    assert.match(await text(view, '#calc-prefill'), /已按您在“我能领什么”里的回答填好/)
    assert.match(await text(view, '#calc-prefill'), /返乡后自己创业：否/)
    assert.equal(await field(view, 'status').locator('.chip--on').innerText(), '脱贫户')
    await view.page.locator('#calc-result').waitFor()
    assert.match(await text(view, '#calc-result'), /300元/)
    await view.page.locator('#calc-prefill').scrollIntoViewIfNeeded()
    await view.page.waitForTimeout(500) // the page's slide-in animation
    await view.screenshot('calc-from-check')
    assert.deepEqual(view.errors, [])
  })

  it('a calculator opened with a benefit the answers do not give (or garbage) starts empty', async () => {
    const view = await app.newPage()
    for (const benefit of ['yulu', '%E0%A4%A', '<b>']) {
      await view.open(`/packages/tools/pages/calc/index?id=yibao&benefit=${benefit}`)
      await view.page.locator('#calc-answer').waitFor()
      assert.equal(await view.page.locator('#calc-prefill').count(), 0)
      assert.equal(await field(view, 'ordinary').locator('input').inputValue(), '')
    }
    assert.deepEqual(view.errors, [])
  })
})

describe('a saved answer that could not be kept', () => {
  it('reopens at its question, keeps the rest, and the result is one tap away once it is answered again', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    const values = {
      householdType: 'tuopin',
      ordinary: '3',
      students: 'NaN',
      destination: 'none',
      caregiver: 'none',
      farm: 'no',
      zone: 'inside',
      heating: 'central',
      restaurant: false,
      houseBusiness: false,
      township: 'unknown',
    }
    await view.page.evaluate(
      (state) => localStorage.setItem('lishi-answers', JSON.stringify({ data: JSON.stringify({ state, version: 2 }) })),
      { values, completed: true },
    )
    await view.open('/packages/tools/pages/check/index')
    assert.match(await text(view, '#storage-notice'), /“在读中职中技、高职高专的孩子”的回答读不出来，没有保留，请重新填；其他内容都保留了/)
    assert.match(await view.bodyText(), /家里有孩子在读中职中技、高职高专吗？/)
    await type(view, 'students', '1')
    await view.page.locator('#check-result').click()
    await view.page.locator('#check-answer').waitFor()
    assert.match(await text(view, '#check-benefits'), /雨露计划助学补助\s*3000元/) // 33号 附件第33项
    assert.match(await view.bodyText(), /普通居民：3人/)
    assert.deepEqual(view.errors, [])
  })
})
