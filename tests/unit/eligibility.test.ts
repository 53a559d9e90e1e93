// 我能领什么: matching rules, each expected list worked out by hand from the gazette.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '#src/content/rules-in-force'
import { checkEligibility, type Eligibility } from '#src/domain/eligibility/match'
import { readSavedAnswers } from '#src/domain/eligibility/saved-answers'
import type { FormValues } from '#src/domain/calculators/types'
import { currentEdition } from '#src/domain/tools/editions'
import { employmentWorkerCalculator } from '#src/domain/calculators/employment-worker'

const employmentPeriodLabel = currentEdition(employmentWorkerCalculator)!.window.label

// A household that answers every question with its “nothing” choice (the form itself starts empty).
const NOTHING: FormValues = {
  householdType: 'none',
  ordinary: '1',
  destination: 'none',
  caregiver: 'none',
  farm: 'no',
  zone: 'unknown',
  heating: 'coal',
  restaurant: false,
  houseBusiness: false,
  township: 'unknown',
}
const DEFAULT_ANSWERS = NOTHING

function check(answers: FormValues): Eligibility {
  const outcome = checkEligibility({ ...DEFAULT_ANSWERS, ...answers }, param)
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return outcome.result
}

const all = (result: Eligibility) => [...result.benefits, ...result.payments, ...result.tasks]
const amounts = (result: Eligibility) => Object.fromEntries(all(result).map((b) => [b.id, [b.kind, b.amount]]))
// Hints every 脱贫户 or 监测户 gets about 就业帮扶 the questions do not ask about (26号 四（二）5、7，（三）9).
const EMPLOYMENT_HINTS = ['training', 'workshop', 'startup']
const specificMisses = (result: Eligibility) => result.nearMisses.filter((m) => !EMPLOYMENT_HINTS.includes(m.id))

// The household of the issue: 4 people (3 普通, 1 低保), a 中职 student, one member 8 months in another
// province at 3000元/月, 10亩 maize with 机耕+机播+机收, outside the 禁煤区, burning coal; a 脱贫户.
const family: FormValues = {
  householdType: 'tuopin',
  ordinary: '3',
  dibao: '1',
  pensionPayers: '1',
  students: '1',
  destination: 'crossProvince',
  workersAway: '1',
  monthsAway: '8',
  wage: '3000',
  farm: 'yes',
  crop: 'corn',
  area: '10',
  plough: 'jigeng',
  sow: 'jibo',
  harvest: 'jishou',
  zone: 'outside',
  heating: 'coal',
  township: '信义镇',
}

describe('checkEligibility', () => {
  it('an ordinary family inside the 禁煤区 with nothing else matches no benefit, only the 医保 payment', () => {
    const result = check({ ordinary: '2', zone: 'inside' })
    // 离政办发〔2022〕34号 二: 2 × 350 = 700元 to pay; no 资助.
    assert.deepEqual(amounts(result), { 'yibao-payment': ['pay', 700] })
    assert.equal(result.cashTotal, 0)
    assert.equal(result.savingTotal, 0)
    assert.deepEqual(result.nearMisses, [])
  })

  it('the issue’s household of 4 gets every matching benefit with its amount', () => {
    const result = check(family)
    assert.deepEqual(amounts(result), {
      'yibao-subsidy': ['saving', 280], // 34号 三（二）: 低保对象资助280元
      'yibao-payment': ['pay', 1120], // 34号 二、三（二）: 3×350 + 70
      pension: ['saving', 300], // 26号 四（四）12: 100 + 200
      yulu: ['cash', 3000], // 33号 附件第33项: 3000元/人·年 × 1
      transport: ['cash', 1500], // 26号 四（一）1: 跨省1500元
      stable: ['cash', 1200], // 26号 四（一）1: 200元 × 6个月
      tuoguan: ['saving', 1040], // 33号(办) 四（四）: (30+18+56) × 10亩
      coal: ['pay', 1200], // 36号 四（五）: 2吨 × 600元
    })
    assert.equal(result.cashTotal, 5700)
    // 26号 四（一）1 gives the 交通补贴 as a raised ceiling: the card and the cash total say 最多.
    assert.equal(result.benefits.find((b) => b.id === 'transport')?.atMost, true)
    assert.equal(result.cashTotalAtMost, true)
    assert.equal(result.savingTotal, 1620)
    assert.match(result.benefits.find((b) => b.id === 'yibao-subsidy')!.reason, /低保对象1人/)
    assert.match(result.benefits.find((b) => b.id === 'tuoguan')!.reason, /住在信义镇（托管试点乡镇）/)
  })

  it('changing one answer changes the result: 5 months away loses the 稳岗奖补 and says what is missing', () => {
    const result = check({ ...family, monthsAway: '5' })
    assert.ok(!result.benefits.some((b) => b.id === 'stable'))
    assert.equal(result.cashTotal, 4500)
    assert.deepEqual(
      specificMisses(result).map((m) => m.text),
      ['若连续外出务工满6个月、月工资达到1000元以上，每人还可领稳岗奖补1200元。'],
    )
  })

  it('a 监测户 working in the province outside the district at 900元/月: 600元 and a near miss on the wage', () => {
    const result = check({ householdType: 'jiance', destination: 'inProvince', workersAway: '1', monthsAway: '7', wage: '900' })
    assert.deepEqual(amounts(result).transport, ['cash', 600])
    const stable = result.nearMisses.filter((m) => m.id === 'stable')
    assert.equal(stable.length, 1)
    assert.match(stable[0].text, /1200元/)
  })

  it('two workers away double the per-person amounts', () => {
    const result = check({ ...family, workersAway: '2' })
    assert.deepEqual(amounts(result).transport, ['cash', 3000])
    assert.deepEqual(amounts(result).stable, ['cash', 2400])
  })

  it('a household that is neither 脱贫户 nor 监测户 sees 雨露计划 and 交通补贴 as near misses, not benefits', () => {
    const result = check({ ...family, householdType: 'none' })
    assert.ok(!result.benefits.some((b) => ['yulu', 'transport', 'stable'].includes(b.id)))
    assert.deepEqual(result.nearMisses.map((m) => m.id).sort(), ['transport', 'yulu'])
  })

  it('护工 with a certificate: 900元, and 400元 more if working outside the district', () => {
    const certified = check({ caregiver: 'certified' })
    assert.deepEqual(amounts(certified).hugong, ['cash', 900])
    assert.match(certified.nearMisses.find((m) => m.id === 'hugong')!.text, /还可再领400元/)
    assert.deepEqual(amounts(check({ caregiver: 'certifiedOutside' })).hugong, ['cash', 1300])
  })

  it('a farmer in a pilot township who chose no 托管 service is shown what 机耕+机播+机收 would bring', () => {
    const result = check({ farm: 'yes', crop: 'corn', area: '20', plough: 'none', sow: 'none', harvest: 'none', township: '吴城镇' })
    assert.ok(!result.benefits.some((b) => b.id === 'tuoguan'))
    // 33号(办) 四（四）: (30 + 18 + 56) × 20亩 = 2080元
    assert.match(
      result.nearMisses.find((m) => m.id === 'tuoguan')!.text,
      /吴城镇是试点乡镇：若20亩交给服务组织机耕、机播、机收，可补助约2080元/,
    )
  })

  it('many matches at once: 特困 and 返贫致贫 members, a restaurant and a self-built house in business', () => {
    const result = check({
      ordinary: '0',
      tekun: '1',
      fanpin: '2',
      pensionPayers: '3',
      restaurant: true,
      houseBusiness: true,
      zone: 'unknown',
    })
    // 34号 三（一）全额资助350 + 三（四）315×2 = 980; personal 0 + 35×2 = 70; 26号 四（四）12: 3 people × 300.
    assert.deepEqual(amounts(result)['yibao-subsidy'], ['saving', 980])
    assert.deepEqual(amounts(result)['yibao-payment'], ['pay', 70])
    assert.deepEqual(amounts(result).pension, ['saving', 900])
    assert.deepEqual(
      result.tasks.map((b) => b.selfCheckId),
      ['canyin-ranqi', 'zijianfang'],
    )
    assert.ok(result.nearMisses.some((m) => m.id === 'coal'))
  })

  it('bad answers give messages; answers to skipped questions do not count', () => {
    const bad = checkEligibility({ ...DEFAULT_ANSWERS, farm: 'yes', area: '' }, param)
    assert.ok(!bad.ok && /面积/.test(bad.errors.area))
    const hidden = checkEligibility({ ...DEFAULT_ANSWERS, farm: 'no', area: 'abc', destination: 'none', wage: 'x' }, param)
    assert.ok(hidden.ok)
  })
})

describe('what a household pays is never a benefit, and 养老代缴 only for people still paying', () => {
  it('a household with only the 医保 payment has no benefit and no total, and the payment stands apart', () => {
    const result = check({ ordinary: '2', zone: 'inside' })
    assert.deepEqual(result.benefits, [])
    assert.deepEqual(
      result.payments.map((p) => [p.id, p.amount]),
      [['yibao-payment', 700]],
    ) // 34号 二: 2 × 350
    assert.equal(result.cashTotal + result.savingTotal, 0)
  })
  it('coal bought at the government price is a payment, not a benefit (36号 一、（三）: 600元/吨 × 2吨)', () => {
    const result = check({ zone: 'outside', heating: 'coal' })
    assert.deepEqual(
      result.payments.map((p) => [p.id, p.amount]),
      [
        ['yibao-payment', 350],
        ['coal', 1200],
      ],
    )
    assert.ok(!result.benefits.some((b) => b.id === 'coal'))
  })
  it('an elderly 特困 person who draws the pension (pays no premium) gets no 养老代缴', () => {
    const result = check({ ordinary: '0', tekun: '1', pensionPayers: '0' })
    assert.ok(!all(result).some((b) => b.id === 'pension'))
    assert.deepEqual(amounts(result)['yibao-subsidy'], ['saving', 350]) // 34号 三（一）: 全额资助
    assert.equal(result.savingTotal, 350)
  })
  it('each benefit carries the period of its own standard, as 补助标准一览 shows it', () => {
    const result = check(family)
    const period = (id: string) => all(result).find((b) => b.id === id)!.period
    assert.deepEqual([period('yulu').start, period('yulu').end], ['2022-04-01', '2022-08-31']) // 33号 附件第33、34项: 4月-8月
    assert.equal(period('yulu').end, param('nongzi.yulu').period.to)
    assert.deepEqual([period('pension').start, period('pension').end], [param('jiuye.pension.basic').period.from, undefined])
    assert.notEqual(period('transport').label, employmentPeriodLabel)
  })
  it('a 脱贫户 is told about 培训生活费 15元/天, 帮扶车间 200元/月 and 创业补贴 5000元 (26号 四（三）9、（二）5、（二）7)', () => {
    const texts = check({ householdType: 'tuopin' })
      .nearMisses.map((m) => m.text)
      .join('')
    for (const amount of ['15元', '200元', '5000元']) assert.ok(texts.includes(amount), amount)
    assert.equal(check({ householdType: 'none', heating: 'central' }).nearMisses.length, 0)
  })
})

describe('readSavedAnswers', () => {
  it('keeps every valid answer, names the ones it cannot keep, never keeps NaN', () => {
    const read = readSavedAnswers({
      values: { ordinary: '4', restaurant: true, nonsense: 1, wage: 5, dibao: 'NaN', tekun: 'Infinity' },
      completed: true,
    })
    assert.deepEqual(read.state.values, { ordinary: '4', restaurant: true })
    assert.deepEqual(
      new Set(read.dropped),
      new Set(['“低保对象”的回答', '“特困人员（含孤儿、事实无人抚养儿童）”的回答', '“每月工资大约”的回答']),
    )
    assert.equal(read.state.completed, true, 'one lost answer does not undo having finished')
    assert.deepEqual(new Set(read.state.lost), new Set(['dibao', 'tekun', 'wage']))
    assert.deepEqual(readSavedAnswers(null), { state: { values: {}, completed: false, lost: [] }, dropped: [] })
    assert.deepEqual(readSavedAnswers('garbage').dropped, ['回答'])
  })
})
