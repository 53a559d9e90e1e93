// Self-check tools: each finding names the rule and clause of its document.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '#src/content/rules-in-force'
import { findSelfCheck, selfChecks } from '#src/domain/selfcheck'
import { CLEAR, FOUND, openQuestions, type SelfCheckResult } from '#src/domain/selfcheck/types'
import { UNSURE } from '#src/domain/calculators/input'
import { isFieldShown, type FormValues } from '#src/domain/calculators/types'

function evaluate(id: string, values: FormValues): SelfCheckResult {
  const check = findSelfCheck(id)!
  const outcome = check.evaluate({ ...check.example, ...values }, param)
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return outcome.result
}
const clauses = (result: SelfCheckResult) => result.findings.map((f) => f.clause)

describe('餐饮场所燃气安全自查 (离政办发〔2022〕32号 四、整治内容)', () => {
  it('a compliant 液化石油气 user has nothing to fix', () => {
    assert.equal(evaluate('canyin-ranqi', {}).level, 'none')
  })
  const cases: [string, FormValues, string[]][] = [
    ['（一）软管2.5米超过2米', { hoseLength: '2.5' }, ['四、（一）']],
    ['（一）软管正好2米不算超过', { hoseLength: '2' }, []],
    ['（一）私接三通', { tee: FOUND }, ['四、（一）']],
    ['（四）没有燃气泄漏报警器', { alarm: FOUND }, ['四、（四）']],
    ['（五）气瓶放在就餐场所', { cylinderPlace: 'dining' }, ['四、（五）']],
    ['（五）气瓶放在地下室', { cylinderPlace: 'basement' }, ['四、（五）']],
    ['（五）气瓶总重150千克没有专用气瓶间', { cylinderWeight: '150', cylinderRoom: FOUND }, ['四、（五）']],
    ['（五）气瓶总重100千克不算超过', { cylinderWeight: '100', cylinderRoom: FOUND }, []],
    ['（五）超过100千克但有专用气瓶间', { cylinderWeight: '150', cylinderRoom: CLEAR }, []],
    ['（六）餐桌用卡式炉', { tableStove: FOUND }, ['四、（六）']],
    ['（七）LNG 2立方米离建筑11米，不足12米', { lng: 'yes', lngVolume: '2', lngDistance: '11' }, ['四、（七）']],
    ['（七）LNG 2立方米离建筑12米', { lng: 'yes', lngVolume: '2', lngDistance: '12' }, []],
    ['（七）LNG 3立方米离建筑14米，不足15米', { lng: 'yes', lngVolume: '3', lngDistance: '14' }, ['四、（七）']],
    ['（一）管道燃气没装自闭阀门', { gasType: 'pipeline', autoValve: FOUND }, ['四、（一）']],
    ['（三）使用工业丙烷气瓶', { cylinders: FOUND }, ['四、（三）']],
  ]
  for (const [name, values, expected] of cases) {
    it(name, () => assert.deepEqual(clauses(evaluate('canyin-ranqi', values)), expected))
  }
  it('LNG over 4立方米 is not covered by the text and says so', () => {
    assert.ok(evaluate('canyin-ranqi', { lng: 'yes', lngVolume: '5', lngDistance: '20' }).notes.some((n) => n.includes('没有写防火间距')))
  })
})

describe('自建房安全自查 (离政办发〔2022〕31号)', () => {
  it('四、（三）2: every 经营性自建房 must have a 安全鉴定', () => {
    const result = evaluate('zijianfang', { use: 'business' })
    assert.equal(result.level, 'required')
    assert.deepEqual(clauses(result), ['四、（三）2', '四、（四）1'])
  })
  it('四、（二）: a 3-storey business house is a 百日行动 target', () => {
    assert.ok(clauses(evaluate('zijianfang', { use: 'business', floors: '3' })).includes('四、（二）'))
    assert.ok(!clauses(evaluate('zijianfang', { use: 'business', floors: '2' })).includes('四、（二）'))
  })
  it('a home with no risk factor is never called safe', () => {
    const result = evaluate('zijianfang', {})
    assert.equal(result.level, 'none')
    assert.doesNotMatch(result.verdict, /是安全的|没有隐患|安全$/)
    assert.ok(result.notes.some((n) => n.includes('不能判断房子是否安全')))
  })
  it('四、（三）4 and 四、（一）2: 切坡 and no design are flagged', () => {
    assert.deepEqual(clauses(evaluate('zijianfang', { cutSlope: FOUND, design: FOUND })), ['四、（三）4', '四、（一）2（2）'])
  })
  it('0 floors is an input error', () => {
    const check = findSelfCheck('zijianfang')!
    const outcome = check.evaluate({ ...check.example, floors: '0' }, param)
    assert.ok(!outcome.ok)
  })
})

describe('液化气打非治违 (离政办发〔2022〕30号 三、)', () => {
  it('a non-owned cylinder will be confiscated; an illegal offer is to be reported', () => {
    assert.deepEqual(clauses(evaluate('yehuaqi', { ownCylinder: FOUND })), ['三、（三）'])
    assert.equal(evaluate('yehuaqi', { illegalOffer: FOUND }).level, 'report')
    assert.equal(evaluate('yehuaqi', {}).level, 'none')
  })
})

describe('every self-check starts unanswered and never says “nothing found” for questions left open', () => {
  for (const check of selfChecks) {
    it(`${check.id}: no answers → the unanswered questions are listed, never 没有发现`, () => {
      const outcome = check.evaluate({}, param)
      assert.ok(outcome.ok)
      assert.equal(outcome.result.level, 'incomplete')
      assert.ok(outcome.result.unanswered.length > 0)
      assert.doesNotMatch(outcome.result.verdict, /没有发现/)
    })
    it(`${check.id}: one 不清楚 among compliant answers → 需要核实, never 没有发现`, () => {
      const unsureField = check.fields.find((field) => field.kind === 'choice' && isFieldShown(field, check.example))!
      const outcome = check.evaluate({ ...check.example, [unsureField.key]: 'unsure' }, param)
      assert.ok(outcome.ok)
      assert.equal(outcome.result.level, 'verify')
      assert.deepEqual(outcome.result.unsure, [unsureField.label])
      assert.doesNotMatch(outcome.result.verdict, /没有发现/)
    })
    it(`${check.id}: the compliant example answered in full is the only way to “nothing found”`, () => {
      const outcome = check.evaluate(check.example, param)
      assert.ok(outcome.ok)
      assert.deepEqual([outcome.result.unanswered, outcome.result.unsure], [[], []])
    })
  }
  it('a problem found is reported even while other questions are unanswered, and says how many are left', () => {
    const outcome = findSelfCheck('canyin-ranqi')!.evaluate({ tee: FOUND }, param)
    assert.ok(outcome.ok)
    assert.equal(outcome.result.level, 'fix')
    assert.match(outcome.result.verdict, /有1项要整改；还有\d+题没回答/)
  })
})

describe('every question offers 不清楚, asked plainly, with answers that say what they mean', () => {
  for (const check of selfChecks) {
    it(`${check.id}: every question, number questions included, offers 不清楚`, () => {
      for (const field of check.fields) {
        const offers =
          field.kind === 'choice'
            ? field.options.some((option) => option.value === UNSURE && option.label === '不清楚')
            : field.kind !== 'toggle' && field.unsure === true
        assert.ok(offers, `${field.label} offers no 不清楚`)
      }
    })
    it(`${check.id}: yes/no questions are asked without a negative and answered in words, one answer meaning the problem`, () => {
      for (const field of check.fields) {
        assert.notEqual(field.kind, 'toggle', `${field.label}: a bare 是/否 toggle`)
        if (field.kind !== 'choice' || !field.options.some((option) => option.value === FOUND)) continue
        assert.doesNotMatch(field.label, /^(没|不|未|无)/, `${field.label} starts with a negative`)
        assert.match(field.label, /？$/, `${field.label} is not asked as a question`)
        assert.deepEqual(field.options.map((option) => option.value).sort(), [CLEAR, FOUND, UNSURE].sort(), field.label)
        assert.ok(!field.options.some((option) => option.label === '否'), `${field.label} is answered 否`)
      }
    })
  }
  it('a number answered 不清楚 is to be checked (需要核实), with whom to ask, never 没有发现', () => {
    const result = evaluate('canyin-ranqi', { hoseLength: UNSURE })
    assert.equal(result.level, 'verify')
    assert.deepEqual(result.unsure, ['连接软管长度'])
    assert.doesNotMatch(result.verdict, /没有发现/)
    assert.match(findSelfCheck('canyin-ranqi')!.askWhom, /问/)
  })
  it('自建房: 层数 不清楚 is to be checked, not an error', () => {
    const result = evaluate('zijianfang', { floors: UNSURE })
    assert.deepEqual([result.level, result.unsure], ['verify', ['房子有几层']])
  })
  it('灶前装了燃气自闭阀门吗？ 装了 is fine, 没装 is the problem of 四、（一）', () => {
    const valve = findSelfCheck('canyin-ranqi')!.fields.find((field) => field.key === 'autoValve')!
    assert.ok(valve.kind === 'choice')
    assert.deepEqual(
      valve.options.map((option) => option.label),
      ['装了', '没装', '不清楚'],
    )
    const meaning = (label: string) => valve.options.find((option) => option.label === label)!.value
    assert.deepEqual(clauses(evaluate('canyin-ranqi', { gasType: 'pipeline', autoValve: meaning('没装') })), ['四、（一）'])
    assert.deepEqual(clauses(evaluate('canyin-ranqi', { gasType: 'pipeline', autoValve: meaning('装了') })), [])
  })
})

describe('查一查 takes the person to the first question still open', () => {
  const check = findSelfCheck('canyin-ranqi')!
  it('nothing answered: the first question', () => {
    assert.equal(openQuestions(check.fields, {})[0].key, 'gasType')
  })
  it('不知道 typed in the hose length, everything else answered: the hose length, with why', () => {
    const open = openQuestions(check.fields, { ...check.example, hoseLength: '不知道' })
    assert.deepEqual(
      open.map((question) => question.key),
      ['hoseLength'],
    )
    assert.match(open[0].message, /只能填数字/)
  })
  it('open questions come in the order asked; hidden questions are skipped; 不清楚 is an answer', () => {
    const values = { ...check.example, tee: '', hoseLength: 'abc', lng: 'no', lngVolume: 'x', cylinderWeight: UNSURE }
    assert.deepEqual(
      openQuestions(check.fields, values).map((question) => question.key),
      ['hoseLength', 'tee'],
    )
    assert.deepEqual(
      openQuestions(check.fields, { ...check.example, cylinderPlace: '' }).map((question) => question.key),
      ['cylinderPlace'],
    )
  })
  it('a number the evaluation refuses (0 floors) is where the page goes, with its message', () => {
    const house = findSelfCheck('zijianfang')!
    const values = { ...house.example, floors: '0' }
    const outcome = house.evaluate(values, param)
    assert.ok(!outcome.ok)
    assert.deepEqual(openQuestions(house.fields, values, outcome.errors), [{ key: 'floors', message: '房子层数至少是1层' }])
  })
})
