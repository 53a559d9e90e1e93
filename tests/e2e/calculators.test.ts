// Calculators in Chromium: one full flow per calculator, filled as a person would, reading the total on screen.
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

async function openCalculator(id: string): Promise<AppPage> {
  const view = await app.newPage()
  await view.open(`/pages/calc/index?id=${id}`)
  return view
}
const field = (view: AppPage, key: string) => view.page.locator(`#field-${key}`)
const fill = (view: AppPage, key: string, value: string) => field(view, key).locator('input').fill(value)
const pick = (view: AppPage, key: string, label: string) => field(view, key).getByText(label, { exact: true }).click()
const plus = (view: AppPage, key: string) => field(view, key).getByText('＋').click()
const ask = (view: AppPage) => view.page.locator('#calc-answer').click()

async function totalOnScreen(view: AppPage, label: string): Promise<string> {
  const row = view.page.locator('#calc-result .total').filter({ hasText: label })
  return row.locator('.total__amount').innerText()
}

describe('one full flow per calculator', () => {
  it('城乡居民医保: a household of 4 (普通2, 低保1, 返贫致贫1) pays 805元 and is subsidised 595元', async () => {
    const view = await openCalculator('yibao')
    await plus(view, 'ordinary')
    await plus(view, 'dibao')
    await plus(view, 'fanpin')
    await ask(view)
    assert.equal(await totalOnScreen(view, '全家个人要交'), '805元')
    assert.equal(await totalOnScreen(view, '政府资助合计'), '595元')
    assert.match(await view.bodyText(), /依据：离政办发〔2022〕34号 三、（二）/)
    await view.screenshot('calc-yibao')
    assert.deepEqual(view.errors, [])
  })

  it('冬季清洁煤: 2.5吨 costs 1500元; switching to 集中供热 removes the offer', async () => {
    const view = await openCalculator('qingjiemei')
    await fill(view, 'tons', '2.5')
    await ask(view)
    assert.equal(await totalOnScreen(view, '到供煤点要付'), '1500元')
    await pick(view, 'heating', '集中供热')
    await view.page.getByText('✗ 没有实施集中供热、煤改气、煤改电').waitFor()
    assert.equal(await view.page.locator('#calc-result .total').count(), 0)
    assert.deepEqual(view.errors, [])
  })

  it('吕梁山护工: certificate and a job outside the district make 1300元', async () => {
    const view = await openCalculator('hugong')
    await pick(view, 'outside', '是')
    await ask(view)
    assert.equal(await totalOnScreen(view, '一共能领'), '1300元')
    assert.deepEqual(view.errors, [])
  })

  it('就业帮扶（个人）: 8 months across provinces at 3000元/月 makes 2700元', async () => {
    const view = await openCalculator('jiuye-geren')
    await pick(view, 'destination', '外省（跨省）')
    await fill(view, 'monthsAway', '8')
    await fill(view, 'wage', '3000')
    await ask(view)
    assert.equal(await totalOnScreen(view, '可以领的补贴合计'), '2700元')
    assert.deepEqual(view.errors, [])
  })

  it('就业帮扶（单位）: a 小微企业 hiring 51 people gets 76500元 and sees the reading it rests on', async () => {
    const view = await openCalculator('jiuye-danwei')
    await pick(view, 'kind', '小微企业')
    await fill(view, 'smallBizHires', '51')
    await ask(view)
    assert.equal(await totalOnScreen(view, '合计'), '76500元（7.65万元）')
    assert.match(await view.bodyText(), /按本计算器理解/)
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（农户）: 10亩 机耕+机播+机收 gets 1040元, the farmer pays 1560元', async () => {
    const view = await openCalculator('tuoguan-nonghu')
    await fill(view, 'area', '10')
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
    await ask(view)
    assert.equal(await totalOnScreen(view, '财政补助'), '1040元')
    assert.equal(await totalOnScreen(view, '农户要付'), '1560元')
    await view.screenshot('calc-tuoguan')
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（服务组织）: 500亩 contiguous and 8000亩 in the year make 14000元', async () => {
    const view = await openCalculator('tuoguan-zhuti')
    await fill(view, 'contiguous', '500')
    await fill(view, 'cumulative', '8000')
    await ask(view)
    assert.equal(await totalOnScreen(view, '奖补合计'), '14000元（1.4万元）')
    assert.deepEqual(view.errors, [])
  })

  it('雨露计划: two students of a 脱贫户 make 6000元', async () => {
    const view = await openCalculator('yulu-gaice')
    await plus(view, 'students')
    await ask(view)
    assert.equal(await totalOnScreen(view, '合计'), '6000元')
    assert.deepEqual(view.errors, [])
  })

  it('涉农项目补助标准: 100头 能繁母猪 × 70元 = 7000元', async () => {
    const view = await openCalculator('xiangmu-biaozhun')
    await pick(view, 'standard', '规模猪场能繁母猪补贴（70元/头）')
    await fill(view, 'quantity', '100')
    await ask(view)
    assert.equal(await totalOnScreen(view, '按标准计算的金额'), '7000元')
    assert.deepEqual(view.errors, [])
  })
})

describe('bad input shows a message, never a crash', () => {
  it('a fraction of a person, an empty field and an absurd area each get a Chinese message and no result', async () => {
    const view = await openCalculator('yibao')
    await fill(view, 'ordinary', '1.5')
    await ask(view)
    await field(view, 'ordinary').getByText('普通居民要填整数').waitFor()
    assert.equal(await view.page.locator('#calc-result').count(), 0)

    const farm = await openCalculator('tuoguan-nonghu')
    await fill(farm, 'area', '')
    await ask(farm)
    await field(farm, 'area').getByText('请填写托管面积').waitFor()
    await fill(farm, 'area', '100001')
    await field(farm, 'area').getByText(/最多100000亩/).waitFor()
    await fill(farm, 'area', '-3')
    await field(farm, 'area').getByText('托管面积不能是负数').waitFor()
    await fill(farm, 'area', '10')
    assert.equal(await totalOnScreen(farm, '财政补助'), '1040元')
    await farm.screenshot('calc-bad-input-fixed')
    assert.deepEqual([...view.errors, ...farm.errors], [])
  })

  it('an unknown calculator id says so and lists every calculator', async () => {
    const view = await openCalculator('no-such-thing')
    const text = await view.bodyText()
    assert.match(text, /没有找到这个计算器/)
    assert.match(text, /城乡居民医保：全家交多少钱/)
    assert.deepEqual(view.errors, [])
  })
})

describe('links into the calculators', () => {
  it('the 医保 document links to its calculator', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-34')
    await view.page.getByText('🧮 城乡居民医保：全家交多少钱').click()
    await view.page.waitForURL(/pages\/calc\/index\?id=yibao/)
    await field(view, 'ordinary').waitFor()
    assert.deepEqual(view.errors, [])
  })

  it('补助标准一览 lists every amount with its citation and links to the document', async () => {
    const view = await app.newPage()
    await view.open('/pages/rates/index')
    const text = await view.bodyText()
    assert.match(text, /补助标准一览（\d+项）/)
    assert.match(text, /低保对象个人缴纳\s*70元\/人/)
    assert.match(text, /依据：离政办发〔2022〕33号 四、（四）1.（1） · 公报第107页/)
    await view.screenshot('rates')
    await view.page.getByText('离政办发〔2022〕36号', { exact: true }).click()
    await view.page.waitForURL(/pages\/doc\/index\?id=lzbf2022-36/)
    assert.deepEqual(view.errors, [])
  })
})
