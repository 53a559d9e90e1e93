// 我能领什么 and the self-checks in Chromium, answered as a person would.
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

const field = (view: AppPage, key: string) => view.page.locator(`#field-${key}`)
const pick = (view: AppPage, key: string, label: string) => field(view, key).getByText(label, { exact: true }).click()
const fill = (view: AppPage, key: string, value: string) => field(view, key).locator('input').fill(value)
const plus = async (view: AppPage, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await field(view, key).getByText('＋').click()
}
const next = (view: AppPage) => view.page.locator('#check-next').click()
const text = (view: AppPage, selector: string) => view.page.locator(selector).innerText()

describe('我能领什么', () => {
  it('a household of 4 gets the right list and amounts; one changed answer updates it; 清除 empties storage', async () => {
    const view = await app.newPage()
    await view.open('/pages/check/index')
    await pick(view, 'householdType', '脱贫户')
    await next(view)
    await plus(view, 'ordinary', 2) // 3 普通居民
    await plus(view, 'dibao') // 1 低保对象
    await next(view)
    await plus(view, 'students')
    await next(view)
    await pick(view, 'destination', '外省（跨省）')
    await fill(view, 'monthsAway', '8')
    await fill(view, 'wage', '3000')
    await next(view)
    await next(view) // 护工: 没有
    await pick(view, 'farm', '种')
    await pick(view, 'crop', '玉米')
    await fill(view, 'area', '10')
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
    await next(view)
    await pick(view, 'zone', '在禁煤区以外')
    await pick(view, 'heating', '自己烧煤')
    await next(view)
    await next(view) // 生意: 否
    await pick(view, 'township', '信义镇')
    await next(view)

    await view.page.locator('#check-answer').waitFor()
    assert.equal(await text(view, '#cash-total'), '5700元')
    assert.equal(await text(view, '#saving-total'), '1620元')
    const body = await view.bodyText()
    for (const expected of [/城乡居民医保资助\s*280元/, /雨露计划助学补助\s*3000元/, /跨省务工一次性交通补贴\s*1500元/, /外出务工稳岗奖补\s*1200元/, /农业生产托管补助\s*1040元/, /冬季清洁煤：约2吨按补贴价购买\s*1200元/, /城乡居民养老保险代缴（每年）\s*300元/]) {
      assert.match(body, expected)
    }
    assert.match(body, /因为家中有低保对象1人/)
    await view.screenshot('check-result')

    // Change one answer: 5 months away instead of 8.
    await view.page.getByText('家里有人出去打工吗？').click()
    await fill(view, 'monthsAway', '5')
    await view.page.locator('#check-result').click()
    await view.page.locator('#check-answer').waitFor()
    assert.equal(await text(view, '#cash-total'), '4500元')
    assert.match(await view.bodyText(), /差一点就能领[\s\S]*若连续外出务工满6个月、月工资达到1000元以上，每人还可领稳岗奖补1200元/)

    // The answers stay on the phone across visits.
    await view.open('/pages/check/index')
    await view.page.locator('#check-answer').waitFor()
    assert.equal(await text(view, '#cash-total'), '4500元')
    assert.ok(await view.page.evaluate(() => localStorage.getItem('lishi-answers') !== null))

    await view.page.getByText('清除我的回答').click()
    await view.page.getByText('确定清除').click()
    await view.page.locator('#check-progress').waitFor()
    assert.equal(await view.page.evaluate(() => localStorage.getItem('lishi-answers')), null)
    assert.match(await text(view, '#check-progress'), /第1题/)
    assert.deepEqual(view.errors, [])
  })

  it('damaged saved answers give a clear message and the questions start again', async () => {
    const view = await app.newPage()
    await view.open('/pages/check/index')
    await view.page.evaluate(() => localStorage.setItem('lishi-answers', JSON.stringify({ data: '{"state":{"values":"x"},"version":1}' })))
    await view.open('/pages/check/index')
    assert.match(await view.bodyText(), /手机里保存的回答读不出来，已恢复成默认回答/)
    assert.match(await text(view, '#check-progress'), /第1题/)
    assert.deepEqual(view.errors, [])
  })

  it('a bad answer keeps you on the question with a message', async () => {
    const view = await app.newPage()
    await view.open('/pages/check/index')
    await next(view)
    await fill(view, 'ordinary', '2.5')
    await next(view)
    await field(view, 'ordinary').getByText('普通居民要填整数').waitFor()
    assert.match(await text(view, '#check-progress'), /第2题/)
    assert.deepEqual(view.errors, [])
  })
})

describe('self-checks', () => {
  it('餐饮燃气: a 2.5 m hose and a cylinder in the dining room are two things to fix, each with its rule', async () => {
    const view = await app.newPage()
    await view.open('/pages/selfcheck/index?id=canyin-ranqi')
    await fill(view, 'hoseLength', '2.5')
    await pick(view, 'cylinderPlace', '就餐的地方')
    await view.page.locator('#selfcheck-run').click()
    assert.equal(await text(view, '#selfcheck-verdict'), '有2项要整改')
    const body = await view.bodyText()
    assert.match(body, /软管2.5米，超过2米，要缩短/)
    assert.match(body, /依据：离政办发〔2022〕32号 四、（一）/)
    assert.match(body, /气瓶不能放在就餐场所内/)
    await view.screenshot('selfcheck-gas')
    assert.deepEqual(view.errors, [])
  })

  it('自建房: a house used for business must have a 安全鉴定, and the 住建局 line can be called', async () => {
    const view = await app.newPage()
    await view.open('/pages/selfcheck/index?id=zijianfang')
    await pick(view, 'business', '是')
    await view.page.locator('#selfcheck-run').click()
    assert.equal(await text(view, '#selfcheck-verdict'), '用作经营的自建房：必须做房屋安全鉴定')
    assert.match(await view.bodyText(), /不能判断房子是否安全/)
    const tel = await view.telOf(() => view.page.getByText('拨打 0358-8226197').first().click())
    assert.equal(tel, 'tel:03588226197')
    assert.deepEqual(view.errors, [])
  })

  it('the 餐饮燃气 document links to its self-check; an unknown self-check id lists them all', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-32')
    await view.page.getByText('🔍 餐饮场所燃气安全自查').click()
    await view.page.waitForURL(/selfcheck\/index\?id=canyin-ranqi/)
    await view.open('/pages/selfcheck/index?id=zzz')
    const body = await view.bodyText()
    assert.match(body, /没有找到这个自查/)
    assert.match(body, /液化气“打非治违”/)
    assert.deepEqual(view.errors, [])
  })
})
