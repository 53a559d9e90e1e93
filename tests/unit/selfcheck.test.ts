// Self-check tools: each finding names the rule and clause of its document.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '../../src/content/rules'
import { findSelfCheck } from '../../src/domain/selfcheck'
import type { SelfCheckResult } from '../../src/domain/selfcheck/types'
import type { FormValues } from '../../src/domain/calculators/types'

function evaluate(id: string, values: FormValues): SelfCheckResult {
  const check = findSelfCheck(id)!
  const outcome = check.evaluate({ ...check.defaults, ...values }, param)
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
    ['（一）私接三通', { tee: true }, ['四、（一）']],
    ['（四）没有燃气泄漏报警器', { alarm: false }, ['四、（四）']],
    ['（五）气瓶放在就餐场所', { cylinderPlace: 'dining' }, ['四、（五）']],
    ['（五）气瓶放在地下室', { cylinderPlace: 'basement' }, ['四、（五）']],
    ['（五）气瓶总重150千克没有专用气瓶间', { cylinderWeight: '150', cylinderRoom: false }, ['四、（五）']],
    ['（五）气瓶总重100千克不算超过', { cylinderWeight: '100', cylinderRoom: false }, []],
    ['（五）超过100千克但有专用气瓶间', { cylinderWeight: '150', cylinderRoom: true }, []],
    ['（六）餐桌用卡式炉', { tableStove: true }, ['四、（六）']],
    ['（七）LNG 2立方米离建筑11米，不足12米', { lng: true, lngVolume: '2', lngDistance: '11' }, ['四、（七）']],
    ['（七）LNG 2立方米离建筑12米', { lng: true, lngVolume: '2', lngDistance: '12' }, []],
    ['（七）LNG 3立方米离建筑14米，不足15米', { lng: true, lngVolume: '3', lngDistance: '14' }, ['四、（七）']],
    ['（一）管道燃气没装自闭阀门', { gasType: 'pipeline', autoValve: false }, ['四、（一）']],
    ['（三）使用工业丙烷气瓶', { badCylinder: true }, ['四、（三）']],
  ]
  for (const [name, values, expected] of cases) {
    it(name, () => assert.deepEqual(clauses(evaluate('canyin-ranqi', values)), expected))
  }
  it('LNG over 4立方米 is not covered by the text and says so', () => {
    assert.ok(evaluate('canyin-ranqi', { lng: true, lngVolume: '5', lngDistance: '20' }).notes.some((n) => n.includes('没有写防火间距')))
  })
})

describe('自建房安全自查 (离政办发〔2022〕31号)', () => {
  it('四、（三）2: every 经营性自建房 must have a 安全鉴定', () => {
    const result = evaluate('zijianfang', { business: true })
    assert.equal(result.level, 'required')
    assert.deepEqual(clauses(result), ['四、（三）2', '四、（四）1'])
  })
  it('四、（二）: a 3-storey business house is a 百日行动 target', () => {
    assert.ok(clauses(evaluate('zijianfang', { business: true, floors: '3' })).includes('四、（二）'))
    assert.ok(!clauses(evaluate('zijianfang', { business: true, floors: '2' })).includes('四、（二）'))
  })
  it('a home with no risk factor is never called safe', () => {
    const result = evaluate('zijianfang', {})
    assert.equal(result.level, 'none')
    assert.doesNotMatch(result.verdict, /是安全的|没有隐患|安全$/)
    assert.ok(result.notes.some((n) => n.includes('不能判断房子是否安全')))
  })
  it('四、（三）4 and 四、（一）2: 切坡 and no design are flagged', () => {
    assert.deepEqual(clauses(evaluate('zijianfang', { cutSlope: true, design: false })), ['四、（三）4', '四、（一）2（2）'])
  })
  it('0 floors is an input error', () => {
    const check = findSelfCheck('zijianfang')!
    const outcome = check.evaluate({ ...check.defaults, floors: '0' }, param)
    assert.ok(!outcome.ok)
  })
})

describe('液化气打非治违 (离政办发〔2022〕30号 三、)', () => {
  it('a non-owned cylinder will be confiscated; an illegal offer is to be reported', () => {
    assert.deepEqual(clauses(evaluate('yehuaqi', { ownCylinder: 'no' })), ['三、（三）'])
    assert.equal(evaluate('yehuaqi', { illegalOffer: true }).level, 'report')
    assert.equal(evaluate('yehuaqi', {}).level, 'none')
  })
})
