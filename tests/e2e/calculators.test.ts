// Calculators in Chromium: one full flow per calculator, filled as a person would, reading the total on screen.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'
import { BROKEN_WORDS, field, fieldError, pick, plus, type } from './form'
import { param } from '#src/content/rules-in-force'
import { calculators } from '#src/domain/calculators'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

async function openCalculator(id: string): Promise<AppPage> {
  const view = await app.newPage()
  await view.open(`/packages/tools/pages/calc/index?id=${id}`)
  return view
}
const ask = (view: AppPage) => view.page.locator('#calc-answer').click()

async function totalOnScreen(view: AppPage, label: string): Promise<string> {
  const row = view.page.locator('#calc-result .total').filter({ hasText: label })
  return row.locator('.total__amount').innerText()
}

describe('one full flow per calculator, every field starting empty', () => {
  it('城乡居民医保: a household of 4 (普通2, 低保1, 返贫致贫1) pays 805元 and is subsidised 595元', async () => {
    const view = await openCalculator('yibao')
    await type(view, 'ordinary', '2')
    await type(view, 'dibao', '1')
    await plus(view, 'fanpin')
    await ask(view)
    assert.equal(await totalOnScreen(view, '全家个人要交'), '805元') // 34号 二、三（二）（四）: 2×350 + 70 + 35
    assert.equal(await totalOnScreen(view, '政府资助合计'), '595元') // 280 + 315
    assert.match(
      await view.page.locator('#calc-inputs').innerText(),
      /普通居民：2人、特困人员（含孤儿、事实无人抚养儿童）：0人、低保对象：1人/,
    )
    assert.match(await view.bodyText(), /依据：离政办发〔2022〕34号 三、（二）/)
    await view.screenshot('calc-yibao')
    assert.deepEqual(view.errors, [])
  })

  it('冬季清洁煤: 2.5吨 costs 1500元; switching to 集中供热 removes the offer', async () => {
    const view = await openCalculator('qingjiemei')
    await pick(view, 'zone', '在禁煤区以外')
    await pick(view, 'heating', '自己烧煤')
    await type(view, 'tons', '2.5')
    await ask(view)
    assert.equal(await totalOnScreen(view, '到供煤点要付'), '1500元') // 36号 一、（三）: 600元/吨 × 2.5
    await pick(view, 'heating', '集中供热')
    await view.page.getByText('✗ 没有实施集中供热、煤改气、煤改电').waitFor()
    assert.equal(await view.page.locator('#calc-result .total').count(), 0)
    assert.deepEqual(view.errors, [])
  })

  it('吕梁山护工: certificate and a job outside the district make 1300元', async () => {
    const view = await openCalculator('hugong')
    await pick(view, 'selected', '是')
    await pick(view, 'certificate', '是')
    await pick(view, 'outside', '是')
    await ask(view)
    assert.equal(await totalOnScreen(view, '一共能领'), '1300元') // 29号 二、（一）900 + （二）400
    assert.deepEqual(view.errors, [])
  })

  it('就业帮扶（个人）: 8 months across provinces at 3000元/月 makes 2700元', async () => {
    const view = await openCalculator('jiuye-geren')
    await pick(view, 'status', '脱贫户')
    await pick(view, 'destination', '外省（跨省）')
    await type(view, 'monthsAway', '8')
    await type(view, 'wage', '3000')
    for (const key of ['startup', 'insured', 'pensionGroup']) await pick(view, key, '否')
    await ask(view)
    assert.equal(await totalOnScreen(view, '可以领的补贴合计'), '最多2700元') // 26号 四、（一）1: 最多1500 + 200×6
    assert.deepEqual(view.errors, [])
  })

  it('就业帮扶（单位）: a 小微企业 hiring 51 people gets 76500元 and sees the reading it rests on', async () => {
    const view = await openCalculator('jiuye-danwei')
    await pick(view, 'kind', '小微企业')
    await type(view, 'smallBizHires', '51')
    await pick(view, 'riskArea', '否')
    await ask(view)
    assert.equal(await totalOnScreen(view, '合计'), '76500元（7.65万元）') // 26号 四、（二）8: 51 × 1500
    assert.match(await view.bodyText(), /按本计算器理解/)
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（农户）: 10亩 机耕+机播+机收 gets 1040元, the farmer pays 1560元; services start unselected', async () => {
    const view = await openCalculator('tuoguan-nonghu')
    assert.equal(await view.page.locator('#field-plough .chip--on').count(), 0)
    assert.equal(await view.page.locator('#field-township .chip--on').count(), 0)
    await pick(view, 'township', '信义镇') // 33号(办) 三、: a pilot township
    await pick(view, 'crop', '玉米')
    await type(view, 'area', '10')
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
    await ask(view)
    assert.equal(await totalOnScreen(view, '财政补助'), '1040元') // 33号 四、（四）: (30+18+56) × 10
    assert.equal(await totalOnScreen(view, '农户要付'), '1560元')
    await view.screenshot('calc-tuoguan')
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（农户）outside the pilot: a 枣林乡 farmer is told the pilot townships, with no subsidy computed', async () => {
    const view = await openCalculator('tuoguan-nonghu')
    await pick(view, 'township', '枣林乡')
    await pick(view, 'crop', '玉米')
    await type(view, 'area', '120')
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
    await ask(view)
    const body = await view.bodyText()
    assert.match(body, /这里算不出金额/)
    assert.match(body, /✗ 地块在托管试点乡镇（街道）：吴城镇、信义镇、田家会街道、城北街道（枣林乡不是试点乡镇（街道））/) // 33号(办) 三、
    assert.doesNotMatch(await view.page.locator('#calc-result').innerText(), /财政补助|9360/)
    await view.screenshot('calc-tuoguan-outside-pilot')
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（服务组织）: 500亩 contiguous and 8000亩 in the year make 14000元', async () => {
    const view = await openCalculator('tuoguan-zhuti')
    await type(view, 'contiguous', '500')
    await type(view, 'cumulative', '8000')
    await pick(view, 'federation', '否')
    await pick(view, 'village', '否')
    await ask(view)
    assert.equal(await totalOnScreen(view, '奖补合计'), '14000元（1.4万元）') // 33号 六、（一）4000 + （二）10000
    assert.deepEqual(view.errors, [])
  })

  it('农业生产托管（服务组织）: changing only 集中连片 gives a result, saying 累计 was not counted', async () => {
    const view = await openCalculator('tuoguan-zhuti')
    await type(view, 'contiguous', '600')
    await pick(view, 'federation', '否')
    await pick(view, 'village', '否')
    await ask(view)
    assert.equal(await totalOnScreen(view, '奖补合计'), '4000元') // 33号 六、（一）500-1000亩
    assert.match(await view.bodyText(), /您没有填累计面积，这一项没有算/)
    assert.deepEqual(view.errors, [])
  })

  it('雨露计划: two students of a 脱贫户 make 6000元', async () => {
    const view = await openCalculator('yulu-gaice')
    await pick(view, 'tuopin', '是')
    await plus(view, 'students', 2)
    await ask(view)
    assert.equal(await totalOnScreen(view, '合计'), '6000元') // 33号 附件第33项: 3000 × 2
    assert.deepEqual(view.errors, [])
  })

  it('涉农项目补助标准: 100头 能繁母猪 × 70元 = 7000元', async () => {
    const view = await openCalculator('xiangmu-biaozhun')
    await pick(view, 'standard', '规模猪场能繁母猪补贴（70元/头）')
    await type(view, 'quantity', '100')
    await ask(view)
    assert.equal(await totalOnScreen(view, '按标准计算的金额'), '7000元')
    assert.deepEqual(view.errors, [])
  })
})

describe('typing cannot mislead', () => {
  it('tap 托管面积, type 12: the result says 12亩 and 1248元 (nothing merges with a pre-filled value)', async () => {
    const view = await openCalculator('tuoguan-nonghu')
    assert.equal(await field(view, 'area').locator('input').inputValue(), '')
    await pick(view, 'township', '吴城镇')
    await pick(view, 'crop', '玉米')
    await field(view, 'area').locator('input').click()
    await view.page.keyboard.type('12')
    for (const [key, label] of [
      ['plough', '机耕'],
      ['sow', '机播（含铺膜）'],
      ['harvest', '机收'],
    ])
      await pick(view, key, label)
    await ask(view)
    assert.match(await view.page.locator('#calc-inputs').innerText(), /托管面积：12亩/)
    assert.equal(await totalOnScreen(view, '财政补助'), '1248元') // 33号 四、（四）: 104元/亩 × 12
    assert.match(await view.bodyText(), /满100亩就按适度规模经营主体的标准，补助比例从40%降为30%/)
    assert.deepEqual(view.errors, [])
  })

  it('1120亩 asks 您填的是 1120 亩，对吗？ before computing, and computes once confirmed', async () => {
    const view = await openCalculator('tuoguan-nonghu')
    await pick(view, 'township', '城北街道')
    await pick(view, 'crop', '玉米')
    await type(view, 'area', '1120')
    await pick(view, 'plough', '机耕')
    for (const key of ['sow', 'harvest']) await pick(view, key, '不托管')
    await ask(view)
    assert.match(await view.page.locator('#calc-doubts').innerText(), /您填的是 1120 亩，对吗？/)
    assert.equal(await view.page.locator('#calc-result').count(), 0)
    await view.page.locator('#calc-confirm').click()
    await view.page.locator('#calc-result').waitFor()
    assert.match(await view.bodyText(), /满100亩按适度规模经营主体的标准/)
    assert.deepEqual(view.errors, [])
  })

  it('letters give 只能填数字; full-width １２ typed on a Chinese keyboard is read as 12', async () => {
    const view = await openCalculator('qingjiemei')
    await pick(view, 'zone', '在禁煤区以外')
    await pick(view, 'heating', '自己烧煤')
    await type(view, 'tons', '2abc')
    await ask(view)
    assert.equal(await fieldError(view, 'tons').innerText(), '⚠ 想买多少煤只能填数字')
    await type(view, 'tons', '１２')
    assert.equal(await field(view, 'tons').locator('input').inputValue(), '１２')
    assert.equal(await totalOnScreen(view, '到供煤点要付'), '7200元') // 36号 一、（三）: 600 × 12
    assert.deepEqual(view.errors, [])
  })
})

describe('hostile values in every number field', () => {
  const INVALID = ['-1', '1e309', 'NaN', 'Infinity', '99999999999', '12abc', '😀', '一二', '１２.３４５']
  const VALID_OR_EMPTY = ['0', '   ', '１２', '1.5']
  for (const calculator of calculators) {
    const numberFields = calculator.fields(param).filter((f) => (f.kind === 'count' || f.kind === 'amount') && !f.when)
    if (numberFields.length === 0) continue
    it(`${calculator.id}: ${numberFields.map((f) => f.key).join(', ')} — a message for each bad value, never NaN on screen`, async () => {
      const view = await openCalculator(calculator.id)
      for (const f of numberFields) {
        for (const value of [...INVALID, ...VALID_OR_EMPTY]) {
          await type(view, f.key, value)
          await ask(view)
          const body = await view.bodyText()
          assert.doesNotMatch(body.replace(/离政办?发〔\d+〕\d+号/g, ''), BROKEN_WORDS, `${f.key}=${value}`)
          if (INVALID.includes(value))
            assert.match(await fieldError(view, f.key).innerText(), /[\u4e00-\u9fa5]/, `${f.key}=${value} needs a message`)
        }
        await type(view, f.key, '')
      }
      assert.deepEqual(view.errors, [])
    })
  }
})

describe('links into the calculators', () => {
  it('an unknown calculator id says so and lists every calculator', async () => {
    const view = await openCalculator('no-such-thing')
    const text = await view.bodyText()
    assert.match(text, /没有找到这个计算器/)
    assert.match(text, /城乡居民医保：全家交多少钱/)
    assert.deepEqual(view.errors, [])
  })

  it('the 医保 document links to its calculator', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-34')
    await view.page.getByText('🧮 算一算：城乡居民医保：全家交多少钱').click()
    await view.page.waitForURL(/pages\/calc\/index\?id=yibao/)
    await field(view, 'ordinary').waitFor()
    assert.deepEqual(view.errors, [])
  })

  it('补助标准一览 lists every amount with its citation and links to the document', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/rates/index')
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
