// 我能领什么 never states what the resident did not say: for every benefit, households that must NOT get it, each
// worked by hand from the clause that limits it. Same shape as the positive cases in eligibility.test.ts.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '#src/content/rules-in-force'
import { checkEligibility, questionErrors, resumeStep, type Eligibility } from '#src/domain/eligibility/match'
import { questions } from '#src/domain/eligibility/questions'
import { prefillFromCheck } from '#src/domain/eligibility/prefill'
import { findCalculator } from '#src/domain/calculators'
import { currentEdition } from '#src/domain/tools/editions'
import type { FormValues } from '#src/domain/calculators/types'
import type { BenefitId } from '#src/domain/eligibility/guides'

// Every question answered with its “nothing” choice (the form itself starts empty).
const NOTHING: FormValues = {
  householdType: 'none',
  ordinary: '1',
  destination: 'none',
  caregiver: 'none',
  farm: 'no',
  zone: 'inside',
  heating: 'central',
  restaurant: false,
  houseBusiness: false,
  township: 'unknown',
}

function result(answers: FormValues): Eligibility {
  const outcome = checkEligibility({ ...NOTHING, ...answers }, param)
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return outcome.result
}

const listed = (eligibility: Eligibility) => [...eligibility.benefits, ...eligibility.payments, ...eligibility.tasks].map((b) => b.id)

const farmer = { farm: 'yes', crop: 'corn', area: '120', plough: 'jigeng', sow: 'jibo', harvest: 'jishou' }
const worker = { householdType: 'tuopin', destination: 'crossProvince', workersAway: '1', monthsAway: '8', wage: '3000' }

// [benefit, household, answers, the clause that leaves it out]
const NEGATIVES: [BenefitId, string, FormValues, string][] = [
  ['yibao-subsidy', '2 普通居民 only', { ordinary: '2' }, '34号 三、: 资助 only for 特困、低保、易返贫致贫、返贫致贫'],
  [
    'pension',
    '低保 member who already draws the pension (0 still paying)',
    { ordinary: '0', dibao: '1', pensionPayers: '0' },
    '26号 四（四）12: 代缴 the premium of those paying',
  ],
  [
    'pension',
    '易返贫致贫 member only, question left empty',
    { ordinary: '0', yifanpin: '2' },
    '26号 四（四）12 does not name 易返贫致贫人口',
  ],
  ['yulu', '监测户 with a 中职 student', { householdType: 'jiance', students: '1' }, '33号 附件第33项: 建档立卡脱贫家庭'],
  ['yulu', 'ordinary household with a 高职 student', { students: '1' }, '33号 附件第33项: 建档立卡脱贫家庭'],
  [
    'transport',
    'ordinary household working in another province',
    { ...worker, householdType: 'none' },
    '26号 四（一）1: 脱贫劳动力、监测户',
  ],
  ['transport', '脱贫户 working inside the district', { ...worker, destination: 'local' }, '26号 四（一）1: 跨省、省内县外'],
  ['stable', '脱贫户 away 5 months', { ...worker, monthsAway: '5' }, '26号 四（一）1: 连续务工6个月以上'],
  ['stable', '脱贫户 away 8 months at 900元/月', { ...worker, wage: '900' }, '26号 四（一）1: 月工资1000元以上'],
  ['hugong', 'nobody in the 护工 training', { caregiver: 'none' }, '29号 二、: 培训合格'],
  [
    'tuoguan',
    '枣林乡 farmer, 120亩 玉米, all three services',
    { ...farmer, township: '枣林乡' },
    '33号(办) 三、: 试点 in 吴城镇、信义镇、田家会街道、城北街道',
  ],
  ['tuoguan', 'farmer who did not say where', { ...farmer, township: 'unknown' }, '33号(办) 三、: 试点乡镇'],
  [
    'tuoguan',
    'pilot farmer who hands over nothing',
    { ...farmer, township: '吴城镇', plough: 'none', sow: 'none', harvest: 'none' },
    '33号(办) 四（四）: per service',
  ],
  ['coal', 'household inside the 禁煤区', { zone: 'inside', heating: 'coal' }, '36号 二、供煤范围: 禁煤区以外'],
  ['coal', 'household on 煤改电', { zone: 'outside', heating: 'electric' }, '36号 二、: 自己烧煤取暖的'],
  ['gas-check', 'no restaurant', { restaurant: false }, '32号: 餐饮场所'],
  ['house-check', 'self-built house not in business', { houseBusiness: false }, '31号: 经营性自建房'],
]

describe('我能领什么: households that must not get a benefit', () => {
  for (const [id, household, answers, clause] of NEGATIVES) {
    it(`${id}: not for ${household} (${clause})`, () => {
      assert.ok(!listed(result(answers)).includes(id), `${id} listed for ${household}`)
    })
  }

  it('the payment of 医保 is never a benefit, whoever the household is', () => {
    for (const answers of [{ ordinary: '3' }, { ordinary: '0', tekun: '1' }, { dibao: '2' }] as FormValues[]) {
      assert.ok(!result(answers).benefits.some((b) => b.id === 'yibao-payment'))
    }
  })
})

describe('养老代缴 is bounded by the members the household gave (26号 四（四）12)', () => {
  const pension = questions.find((question) => question.id === 'pension')!
  it('3 普通居民 answering 2 payers are stopped at the question, and no result claims 养老代缴', () => {
    const answers = { ...NOTHING, ordinary: '3', pensionPayers: '2' }
    assert.match(questionErrors(pension, answers).pensionPayers, /没有填低保对象、特困人员、返贫致贫人口，也没有重度残疾人/)
    assert.ok(!checkEligibility(answers, param).ok)
  })
  it('1 低保 member answering 5 payers is told there is 1 such member', () => {
    assert.match(questionErrors(pension, { ...NOTHING, ordinary: '0', dibao: '1', pensionPayers: '5' }).pensionPayers, /一共1人/)
  })
  it('a 重度残疾人 among 普通居民 counts: 1 payer, 300元, and the reason names only what was given', () => {
    const found = result({ ordinary: '3', severeDisabled: '1', pensionPayers: '1' })
    const benefit = found.benefits.find((b) => b.id === 'pension')!
    assert.equal(benefit.amount, 300) // 26号 四（四）12: 100元 + 200元 档次
    assert.match(benefit.reason, /您填了家里有重度残疾人1人，其中1人还在交/)
    assert.doesNotMatch(benefit.reason, /低保|特困|返贫/)
  })
  it('低保 1 and 特困 1, both paying: 2 × 300元, reason lists both as given', () => {
    const benefit = result({ ordinary: '0', dibao: '1', tekun: '1', pensionPayers: '2' }).benefits.find((b) => b.id === 'pension')!
    assert.equal(benefit.amount, 600)
    assert.match(benefit.reason, /低保对象1人、特困人员1人，其中2人/)
  })
})

describe('托管 only in the pilot 乡镇（街道） (33号(办) 三、)', () => {
  it('the 枣林乡 farmer is pointed to the pilot, named, under 还可以问问, with no amount claimed as his', () => {
    const found = result({ ...farmer, township: '枣林乡' })
    assert.equal(found.savingTotal, 0)
    const miss = found.nearMisses.find((m) => m.id === 'tuoguan')!
    assert.match(miss.text, /吴城镇、信义镇、田家会街道、城北街道/)
    assert.match(miss.text, /您填的枣林乡不在其中/)
  })
  it('the 托管 calculator asks the place and computes no subsidy outside the pilot, citing the list', () => {
    const calculator = findCalculator('tuoguan-nonghu')!
    const outcome = calculator.compute(
      { township: '枣林乡', crop: 'corn', area: '120', plough: 'jigeng', sow: 'jibo', harvest: 'jishou' },
      param,
    )
    assert.ok(outcome.ok)
    assert.deepEqual(outcome.result.totals, [])
    assert.deepEqual(outcome.result.conditions[0].met, false)
    assert.match(outcome.result.readings[0].text, /主要在/)
    assert.equal(outcome.result.readings[0].cite.clause, '三、')
    const unanswered = calculator.compute({ crop: 'corn', area: '120', plough: 'jigeng', sow: 'jibo', harvest: 'jishou' }, param)
    assert.ok(!unanswered.ok && unanswered.errors.township)
  })
})

describe('详细算法 opens the calculator with what the result used', () => {
  const family = {
    ...NOTHING,
    ordinary: '3',
    dibao: '1',
    severeDisabled: '0',
    pensionPayers: '1',
    ...worker,
    workersAway: '2',
    ...farmer,
    area: '10',
    township: '信义镇',
    zone: 'outside',
    heating: 'coal',
  }
  const cases: [BenefitId, string][] = [
    ['yibao-subsidy', 'yibao'],
    ['pension', 'jiuye-geren'],
    ['transport', 'jiuye-geren'],
    ['tuoguan', 'tuoguan-nonghu'],
    ['coal', 'qingjiemei'],
  ]
  for (const [benefitId, calculatorId] of cases) {
    it(`${benefitId}: the calculator filled from the answers gives the benefit's own figure`, () => {
      const found = result(family)
      const benefit = [...found.benefits, ...found.payments].find((b) => b.id === benefitId)!
      const calculator = findCalculator(calculatorId)!
      const prefill = prefillFromCheck(calculator, currentEdition(calculator)!, benefitId, family, param)!
      assert.ok(prefill, 'filled')
      const outcome = calculator.compute(prefill.values, param)
      assert.ok(outcome.ok)
      const amounts = [...outcome.result.totals, ...outcome.result.lines].map((line) => line.amount)
      const multiplier = benefitId === 'transport' ? 2 : 1
      assert.ok(
        amounts.some((amount) => amount * multiplier === benefit.amount),
        `${benefit.amount} in ${amounts}`,
      )
      assert.match(prefill.notice, /已按您在“我能领什么”里的回答填好/)
    })
  }
  it('what 我能领什么 did not ask is named in the notice; a count of two people says the calculator counts one', () => {
    const prefill = prefillFromCheck(
      findCalculator('jiuye-geren')!,
      currentEdition(findCalculator('jiuye-geren')!)!,
      'transport',
      family,
      param,
    )!
    assert.match(prefill.notice, /没有问的，先这样填了.*返乡后自己创业：否/)
    assert.match(prefill.notice, /计算器按一个人算；您填了2人外出务工/)
  })
  it('a benefit the answers do not give, another calculator, or no saved answers: nothing is filled', () => {
    assert.equal(prefillFromCheck(findCalculator('yibao')!, currentEdition(findCalculator('yibao')!)!, 'yulu', family, param), undefined)
    assert.equal(
      prefillFromCheck(findCalculator('hugong')!, currentEdition(findCalculator('hugong')!)!, 'yibao-subsidy', family, param),
      undefined,
    )
    assert.equal(
      prefillFromCheck(findCalculator('yibao')!, currentEdition(findCalculator('yibao')!)!, 'yibao-subsidy', {}, param),
      undefined,
    )
    assert.equal(prefillFromCheck(findCalculator('yibao')!, currentEdition(findCalculator('yibao')!)!, undefined, family, param), undefined)
  })
})

describe('coming back after an answer could not be kept', () => {
  const complete = { ...NOTHING, householdType: 'tuopin', ordinary: '3', students: '1' }
  it('reopens at the question whose answer was lost, even an optional one, and at the result once it is answered', () => {
    const { students: _lost, ...kept } = complete
    assert.equal(questions[resumeStep(kept, ['students'])].id, 'students')
    assert.equal(resumeStep(complete, ['students']), questions.length)
    assert.equal(resumeStep(complete, []), questions.length)
  })
  it('reopens at a question left incomplete', () => {
    const { ordinary: _lost, ...kept } = complete
    assert.equal(questions[resumeStep(kept, ['ordinary'])].id, 'members')
  })
})
