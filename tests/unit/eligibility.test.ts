// 我能领什么: matching rules, each expected list worked out by hand from the gazette.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '../../src/content/rules'
import { checkEligibility, type Eligibility } from '../../src/domain/eligibility/match'
import { DEFAULT_ANSWERS } from '../../src/domain/eligibility/questions'
import { readSavedAnswers } from '../../src/domain/eligibility/saved-answers'
import type { FormValues } from '../../src/domain/calculators/types'

function check(answers: FormValues): Eligibility {
  const outcome = checkEligibility({ ...DEFAULT_ANSWERS, ...answers }, param)
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return outcome.result
}

const amounts = (result: Eligibility) => Object.fromEntries(result.benefits.map((b) => [b.id, [b.kind, b.amount]]))

// The household of the issue: 4 people (3 普通, 1 低保), a 中职 student, one member 8 months in another
// province at 3000元/月, 10亩 maize with 机耕+机播+机收, outside the 禁煤区, burning coal; a 脱贫户.
const family: FormValues = {
  householdType: 'tuopin',
  ordinary: '3',
  dibao: '1',
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
    assert.equal(result.savingTotal, 1620)
    assert.match(result.benefits.find((b) => b.id === 'yibao-subsidy')!.reason, /低保对象1人/)
    assert.match(result.benefits.find((b) => b.id === 'tuoguan')!.reason, /信义镇是2022年托管试点/)
  })

  it('changing one answer changes the result: 5 months away loses the 稳岗奖补 and says what is missing', () => {
    const result = check({ ...family, monthsAway: '5' })
    assert.ok(!result.benefits.some((b) => b.id === 'stable'))
    assert.equal(result.cashTotal, 4500)
    assert.deepEqual(result.nearMisses.map((m) => m.text), ['若连续外出务工满6个月、月工资达到1000元以上，每人还可领稳岗奖补1200元。'])
  })

  it('a 监测户 working in the province outside the district at 900元/月: 600元 and a near miss on the wage', () => {
    const result = check({ householdType: 'jiance', destination: 'inProvince', monthsAway: '7', wage: '900' })
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

  it('a farmer who chose no 托管 service is shown what 机耕+机播+机收 would bring', () => {
    const result = check({ farm: 'yes', area: '20', plough: 'none', sow: 'none', harvest: 'none', township: '坪头乡' })
    assert.ok(!result.benefits.some((b) => b.id === 'tuoguan'))
    assert.match(result.nearMisses.find((m) => m.id === 'tuoguan')!.text, /20亩可补助约2080元/)
  })

  it('many matches at once: 特困 and 返贫致贫 members, a restaurant and a self-built house in business', () => {
    const result = check({ ordinary: '0', tekun: '1', fanpin: '2', restaurant: true, houseBusiness: true, zone: 'unknown' })
    // 34号 三（一）全额资助350 + 三（四）315×2 = 980; personal 0 + 35×2 = 70; 26号 四（四）12: 3 people × 300.
    assert.deepEqual(amounts(result)['yibao-subsidy'], ['saving', 980])
    assert.deepEqual(amounts(result)['yibao-payment'], ['pay', 70])
    assert.deepEqual(amounts(result).pension, ['saving', 900])
    assert.deepEqual(result.benefits.filter((b) => b.kind === 'info').map((b) => b.selfCheckId), ['canyin-ranqi', 'zijianfang'])
    assert.ok(result.nearMisses.some((m) => m.id === 'coal'))
  })

  it('bad answers give messages; answers to skipped questions do not count', () => {
    const bad = checkEligibility({ ...DEFAULT_ANSWERS, farm: 'yes', area: '' }, param)
    assert.ok(!bad.ok && /面积/.test(bad.errors.area))
    const hidden = checkEligibility({ ...DEFAULT_ANSWERS, farm: 'no', area: 'abc', destination: 'none', wage: 'x' }, param)
    assert.ok(hidden.ok)
  })
})

describe('readSavedAnswers', () => {
  it('keeps known answers of the right type and flags the rest', () => {
    const read = readSavedAnswers({ values: { ordinary: '4', restaurant: true, nonsense: 1, wage: 5 }, completed: true })
    assert.equal(read.values.ordinary, '4')
    assert.equal(read.values.restaurant, true)
    assert.equal(read.values.wage, DEFAULT_ANSWERS.wage)
    assert.equal(read.completed, true)
    assert.equal(read.damaged, true)
    assert.deepEqual(readSavedAnswers(null), { values: DEFAULT_ANSWERS, completed: false, damaged: false })
    assert.equal(readSavedAnswers('garbage').damaged, true)
  })
})
