// Calculators, case by case. Every expected figure is worked out by hand from the gazette in this file;
// each case names the clause it checks.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { param } from '#src/content/rules-in-force'
import { currentEdition } from '#src/domain/tools/editions'
import { findCalculator } from '#src/domain/calculators'
import type { CalcResult, FormValues } from '#src/domain/calculators/types'

function run(id: string, values: FormValues) {
  const calculator = findCalculator(id)
  assert.ok(calculator, id)
  return calculator.compute({ ...calculator.example, ...values }, param)
}

function result(id: string, values: FormValues): CalcResult {
  const outcome = run(id, values)
  assert.ok(outcome.ok, `expected a result, got ${JSON.stringify(!outcome.ok && outcome.errors)}`)
  return outcome.result
}

function total(r: CalcResult, label: string): number {
  const found = r.totals.find((t) => t.label.startsWith(label))
  assert.ok(found, `no total “${label}” in ${r.totals.map((t) => t.label).join(' / ')}`)
  return found.amount
}

function errorOf(id: string, values: FormValues, key: string): string {
  const outcome = run(id, values)
  assert.ok(!outcome.ok, 'expected an input error')
  assert.ok(outcome.errors[key], `no error on ${key}: ${JSON.stringify(outcome.errors)}`)
  return outcome.errors[key]
}

type Case = { name: string; values: FormValues; totals: Record<string, number> }

function table(id: string, cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const r = result(id, c.values)
      for (const [label, amount] of Object.entries(c.totals)) assert.equal(total(r, label), amount, label)
    })
  }
}

const none = { ordinary: '0', tekun: '0', dibao: '0', yifanpin: '0', fanpin: '0' }

describe('城乡居民医保 (离政办发〔2022〕34号)', () => {
  table('yibao', [
    {
      name: '二、缴费标准：普通居民每人350元',
      values: { ...none, ordinary: '1' },
      totals: { 全家个人要交: 350, 政府资助合计: 0, 全家1人保费合计: 350 },
    },
    {
      name: '三、（一）特困人员全额资助：个人0元，资助350元',
      values: { ...none, tekun: '1' },
      totals: { 全家个人要交: 0, 政府资助合计: 350 },
    },
    {
      name: '三、（二）低保对象2人：个人70×2=140元，资助280×2=560元',
      values: { ...none, dibao: '2' },
      totals: { 全家个人要交: 140, 政府资助合计: 560, 全家2人保费合计: 700 },
    },
    {
      name: '三、（三）易返贫致贫人口：个人70元，资助280元',
      values: { ...none, yifanpin: '1' },
      totals: { 全家个人要交: 70, 政府资助合计: 280 },
    },
    {
      name: '三、（四）返贫致贫人口3人：个人35×3=105元，资助315×3=945元',
      values: { ...none, fanpin: '3' },
      totals: { 全家个人要交: 105, 政府资助合计: 945 },
    },
    {
      name: '二、三：4口之家（普通2、低保1、返贫致贫1）个人350×2+70+35=805元，资助280+315=595元，保费4×350=1400元',
      values: { ...none, ordinary: '2', dibao: '1', fanpin: '1' },
      totals: { 全家个人要交: 805, 政府资助合计: 595, 全家4人保费合计: 1400 },
    },
  ])
  it('四、缴费时间 2022-09-01 ~ 12-25, with 新生儿 and 断保90天 notes', () => {
    const { window } = currentEdition(findCalculator('yibao')!)!
    assert.deepEqual([window.start, window.end, window.source], ['2022-09-01', '2022-12-25', '原则上为9月1日至12月25日'])
    const r = result('yibao', {})
    assert.ok(r.notes.some((note) => note.includes('新生儿')))
    assert.ok(r.notes.some((note) => note.includes('断保90天')))
  })
  it('bad input: nobody, empty, negative, letters, a fraction of a person, absurdly many', () => {
    assert.match(errorOf('yibao', none, 'ordinary'), /至少填一位/)
    assert.match(errorOf('yibao', { ordinary: '', tekun: '', dibao: '', yifanpin: '', fanpin: '' }, 'ordinary'), /至少填一位/)
    assert.match(errorOf('yibao', { ordinary: '-1' }, 'ordinary'), /负数/)
    assert.match(errorOf('yibao', { dibao: 'abc' }, 'dibao'), /数字/)
    assert.match(errorOf('yibao', { ordinary: '1.5' }, 'ordinary'), /整数/)
    assert.match(errorOf('yibao', { ordinary: '31' }, 'ordinary'), /最多30人/)
    assert.equal(total(result('yibao', { ...none, ordinary: '２' }), '全家个人要交'), 700, 'full-width digits are read')
  })
})

describe('冬季清洁煤 (离政办发〔2022〕36号)', () => {
  table('qingjiemei', [
    {
      name: '一、（三）/四、（五）禁煤区外烧煤：2吨 × 600元 = 1200元',
      values: { zone: 'outside', heating: 'coal', tons: '2' },
      totals: { 到供煤点要付: 1200 },
    },
    { name: '一、（三）2.5吨 × 600元 = 1500元', values: { tons: '2.5' }, totals: { 到供煤点要付: 1500 } },
  ])
  it('四、（五）“每户按照2吨左右供应”: more than 2 吨 gets a note', () => {
    assert.ok(result('qingjiemei', { tons: '3' }).notes.some((note) => note.includes('2吨左右')))
    assert.ok(!result('qingjiemei', { tons: '2' }).notes.some((note) => note.includes('多买')))
  })
  for (const [name, values] of [
    ['二、禁煤区内不在范围', { zone: 'inside' }],
    ['二、集中供热的不在范围', { heating: 'central' }],
    ['二、煤改气的不在范围', { heating: 'gas' }],
    ['二、煤改电的不在范围', { heating: 'electric' }],
  ] as const) {
    it(name, () => {
      const r = result('qingjiemei', values)
      assert.equal(r.lines.length, 0)
      assert.ok(r.conditions.some((c) => !c.met))
    })
  }
  it('bad input: 0 吨, 21 吨, two decimals', () => {
    assert.match(errorOf('qingjiemei', { tons: '0' }, 'tons'), /多少吨/)
    assert.match(errorOf('qingjiemei', { tons: '21' }, 'tons'), /最多20吨/)
    assert.match(errorOf('qingjiemei', { tons: '1.25' }, 'tons'), /1位小数/)
  })
})

describe('吕梁山护工 (离政办发〔2022〕29号)', () => {
  table('hugong', [
    { name: '二、（一）取得培训合格证书：900元', values: { selected: true, certificate: true, outside: false }, totals: { 一共能领: 900 } },
    {
      name: '二、（二）区外上岗再奖补400元：900+400=1300元',
      values: { selected: true, certificate: true, outside: true },
      totals: { 一共能领: 1300 },
    },
    { name: '二、没有合格证书：0元', values: { selected: true, certificate: false, outside: true }, totals: { 一共能领: 0 } },
    {
      name: '一、不是2022年度乡镇（街道）选送：0元',
      values: { selected: false, certificate: true, outside: true },
      totals: { 一共能领: 0 },
    },
  ])
  it('三、（二）lists the materials and the 3-day publicity', () => {
    const r = result('hugong', {})
    assert.ok(r.notes.some((note) => note.includes('身份证、户口本、社保卡')))
    assert.ok(r.notes.some((note) => note.includes('不少于3天')))
  })
})

describe('就业帮扶：个人 (离政办发〔2022〕26号)', () => {
  const away = { status: 'tuopin', destination: 'crossProvince', monthsAway: '6', wage: '3000', trainingDays: '0' }
  table('jiuye-geren', [
    {
      name: '四、（一）1 跨省1500元 + 稳岗奖补200×6=1200元（满6个月、月薪3000元）= 2700元',
      values: away,
      totals: { 可以领的补贴合计: 2700 },
    },
    {
      name: '四、（一）1 省内县外600元；外出5个月不够6个月，无稳岗奖补',
      values: { ...away, destination: 'inProvince', monthsAway: '5' },
      totals: { 可以领的补贴合计: 600 },
    },
    { name: '四、（一）1 月工资999元不到1000元：只有交通补贴1500元', values: { ...away, wage: '999' }, totals: { 可以领的补贴合计: 1500 } },
    { name: '四、（一）1 月工资正好1000元：1500+1200=2700元', values: { ...away, wage: '1000' }, totals: { 可以领的补贴合计: 2700 } },
    {
      name: '四、（一）1 监测户同样适用：跨省8个月3000元/月 = 2700元',
      values: { ...away, status: 'jiance', monthsAway: '8' },
      totals: { 可以领的补贴合计: 2700 },
    },
    {
      name: '四、（二）5 帮扶车间半年以上合同，工作8个月：200×8=1600元',
      values: { ...away, destination: 'local', workshop: true, workshopMonths: '8' },
      totals: { 可以领的补贴合计: 1600 },
    },
    {
      name: '四、（三）9 培训20天生活费：15×20=300元',
      values: { ...away, destination: 'none', trainingDays: '20' },
      totals: { 可以领的补贴合计: 300 },
    },
    {
      name: '四、（二）7 返乡创业：5000元 + 场租3000元/年 = 8000元',
      values: { ...away, destination: 'none', startup: true },
      totals: { 可以领的补贴合计: 8000 },
    },
    {
      name: '四、（三）10 技能提升：高级1、中级2、初级1，每年最多3次 → 2000+1500+1500=5000元',
      values: { ...away, destination: 'none', insured: true, seniorCerts: '1', middleCerts: '2', juniorCerts: '1' },
      totals: { 可以领的补贴合计: 5000 },
    },
    {
      name: '四、（四）12 养老保险代缴100+200=300元/年，不计入现金',
      values: { ...away, destination: 'none', pensionGroup: true },
      totals: { 可以领的补贴合计: 0, 政府每年替您交的养老保险费: 300 },
    },
    {
      name: '四、（一）1 不是脱贫户或监测户：跨省务工也没有交通补贴和稳岗奖补',
      values: { ...away, status: 'other' },
      totals: { 可以领的补贴合计: 0 },
    },
  ])
  it('四、（一）1 "从最高不超过800元提高到1500元" does not say 1500元 is fixed: the line and the total are ceilings, and the reading says why', () => {
    const r = result('jiuye-geren', away)
    const transport = r.lines.find((line) => line.label === '跨省务工一次性交通补贴')
    assert.equal(transport?.atMost, true)
    assert.equal(r.totals.find((total) => total.label === '可以领的补贴合计')?.atMost, true)
    assert.ok(
      r.readings.some(
        (reading) =>
          reading.text.includes('没有写明1500元/人·年是固定发还是最多发') && reading.cite.words.includes('最高不超过800元提高到1500元'),
      ),
    )
    const stayHome = result('jiuye-geren', { ...away, destination: 'none', trainingDays: '20' })
    assert.notEqual(stayHome.totals[0].atMost, true, 'no ceiling summed: an exact total')
  })
  it('a worker 1 month short of 6 is told what is missing', () => {
    const r = result('jiuye-geren', { ...away, monthsAway: '5' })
    assert.ok(r.notes.some((note) => note.includes('再连续外出务工1个月')))
  })
  it('bad input: months with a fraction, wage in letters, 13 months in a workshop', () => {
    assert.match(errorOf('jiuye-geren', { ...away, monthsAway: '6.5' }, 'monthsAway'), /整数/)
    assert.match(errorOf('jiuye-geren', { ...away, wage: '三千' }, 'wage'), /数字/)
    assert.match(
      errorOf('jiuye-geren', { ...away, destination: 'local', workshop: true, workshopMonths: '13' }, 'workshopMonths'),
      /最多12个月/,
    )
  })
  it('hidden questions do not count: wage is ignored for work inside the district', () => {
    assert.ok(run('jiuye-geren', { ...away, destination: 'local', wage: 'abc' }).ok)
  })
})

describe('就业帮扶：单位 (离政办发〔2022〕26号)', () => {
  const workshop = (n: number) => ({ kind: 'workshop', workshopHires: String(n) })
  table('jiuye-danwei', [
    { name: '四、（二）5 帮扶车间吸纳29人：1500×29=43500元（不到30人，不是基地）', values: workshop(29), totals: { 合计: 43500 } },
    { name: '四、（二）6 吸纳30人：基地奖励5万元高于1500×30=45000元，取5万元', values: workshop(30), totals: { 合计: 50000 } },
    { name: '四、（二）5/6 吸纳49人：1500×49=73500元高于5万元，取73500元', values: workshop(49), totals: { 合计: 73500 } },
    { name: '四、（二）6 吸纳50人：10万元高于75000元', values: workshop(50), totals: { 合计: 100000 } },
    { name: '四、（二）5 吸纳99人：148500元高于10万元', values: workshop(99), totals: { 合计: 148500 } },
    { name: '四、（二）6 吸纳100人：25万元高于150000元', values: workshop(100), totals: { 合计: 250000 } },
    { name: '四、（二）8 小微企业吸纳50人：1000×50=50000元', values: { kind: 'smallBiz', smallBizHires: '50' }, totals: { 合计: 50000 } },
    {
      name: '四、（二）8 小微企业吸纳51人（超过50人）：1500×51=76500元',
      values: { kind: 'smallBiz', smallBizHires: '51' },
      totals: { 合计: 76500 },
    },
    {
      name: '四、（二）8 小微企业吸纳100人：1500×100=150000元',
      values: { kind: 'smallBiz', smallBizHires: '100' },
      totals: { 合计: 150000 },
    },
    {
      name: '四、（二）8 小微企业吸纳101人（超过100人）：2000×101=202000元',
      values: { kind: 'smallBiz', smallBizHires: '101' },
      totals: { 合计: 202000 },
    },
    {
      name: '四、（一）2 职业介绍：区内2人×300 + 省内区外1人×500 + 省外1人×800 = 1900元',
      values: { kind: 'agency', placedLocal: '2', placedInProvince: '1', placedOutProvince: '1' },
      totals: { 合计: 1900 },
    },
    {
      name: '四、（三）9 订单式培训30天：150×10+100×20=3500元/人 ×10人=35000元',
      values: { kind: 'trainer', orderTrainees: '10', orderDays: '30', employmentRate: '85' },
      totals: { 合计: 35000 },
    },
    {
      name: '四、（三）9 订单式培训35天：1500+2500=4000元/人，正好到上限 ×10人=40000元',
      values: { kind: 'trainer', orderTrainees: '10', orderDays: '35', employmentRate: '80' },
      totals: { 合计: 40000 },
    },
    {
      name: '四、（三）9 订单式培训40天：1500+3000=4500元，封顶4000元/人 ×10人=40000元',
      values: { kind: 'trainer', orderTrainees: '10', orderDays: '40', employmentRate: '90' },
      totals: { 合计: 40000 },
    },
    {
      name: '四、（三）9 订单式培训就业率79.9%不到80%：没有培训补贴',
      values: { kind: 'trainer', orderTrainees: '10', orderDays: '30', employmentRate: '79.9' },
      totals: { 合计: 0 },
    },
    {
      name: '四、（三）9 普惠制培训6天：150×6=900元/人 ×5人=4500元',
      values: { kind: 'trainer', inclusiveTrainees: '5', inclusiveDays: '6' },
      totals: { 合计: 4500 },
    },
    {
      name: '四、（三）9 普惠制培训7天：1050元封顶1000元/人 ×5人=5000元',
      values: { kind: 'trainer', inclusiveTrainees: '5', inclusiveDays: '7' },
      totals: { 合计: 5000 },
    },
    {
      name: '四、（三）9/（四）14 企业：培训10人×300 + 高校毕业生2人×1500 + 留工培训20人×500 = 16000元',
      values: { kind: 'enterprise', trainedStaff: '10', graduates: '2', riskArea: true, insuredStaff: '20' },
      totals: { 合计: 16000 },
    },
  ])
  it('the 小微企业 reading is shown with the words it rests on', () => {
    const r = result('jiuye-danwei', { kind: 'smallBiz', smallBizHires: '60' })
    assert.ok(
      r.readings.some((reading) => reading.text.startsWith('按本计算器理解') && reading.cite.words.includes('超过50人的每人1500元')),
    )
  })
})

describe('农业生产托管：农户 (离政办发〔2022〕33号)', () => {
  const services = { plough: 'jigeng', sow: 'jibo', harvest: 'jishou', wasteland: '0', crop: 'corn' }
  const rich = { plough: 'xuangeng', sow: 'xuanbo', harvest: 'jishouJiegan', wasteland: '0', crop: 'corn' }
  table('tuoguan-nonghu', [
    {
      name: '四、（四）1–3 小农户10亩 机耕30+机播18+机收56=104元/亩：补1040元，服务费260×10=2600元，自付1560元',
      values: { ...services, area: '10' },
      totals: { 托管服务费: 2600, 财政补助: 1040, 农户要付: 1560 },
    },
    {
      name: '四、（四）单季亩均不超过130元：旋耕28+旋播32+秸秆120=180元/亩封顶130，10亩补1300元，自付4500-1300=3200元',
      values: { ...rich, area: '10' },
      totals: { 托管服务费: 4500, 财政补助: 1300, 农户要付: 3200 },
    },
    { name: '四、（四）99亩仍是小农户：104×99=10296元', values: { ...services, area: '99' }, totals: { 财政补助: 10296 } },
    {
      name: '四、（四）100亩以上按30%：22.5+13.5+42=78元/亩 ×100=7800元',
      values: { ...services, area: '100' },
      totals: { 财政补助: 7800, 农户要付: 26000 - 7800 },
    },
    {
      name: '四、（四）100亩以上亩均不超过100元：21+24+90=135封顶100 ×100亩=10000元',
      values: { ...rich, area: '100' },
      totals: { 财政补助: 10000 },
    },
    { name: '四、（四）单户不超过5万元：499亩×100=49900元', values: { ...rich, area: '499' }, totals: { 财政补助: 49900 } },
    { name: '四、（四）单户不超过5万元：500亩×100=50000元正好到上限', values: { ...rich, area: '500' }, totals: { 财政补助: 50000 } },
    {
      name: '四、（四）单户不超过5万元：600亩×100=60000元封顶50000元',
      values: { ...rich, area: '600' },
      totals: { 财政补助: 50000, 农户要付: 450 * 600 - 50000 },
    },
    {
      name: '四、（四）3.（3）只托管青贮10亩：补88×10=880元，服务费2200元',
      values: { plough: 'none', sow: 'none', harvest: 'qingzhu', area: '10', wasteland: '0', crop: 'corn' },
      totals: { 财政补助: 880, 农户要付: 1320 },
    },
    {
      name: '五、撂荒地改造10亩：服务组织另得(45+15)×10=600元',
      values: { ...services, area: '10', wasteland: '10' },
      totals: { 财政补助: 1040, '撂荒地、盐碱地改造': 600 },
    },
    { name: '四、（二）其他作物不在补助范围：0元', values: { ...services, area: '10', crop: 'other' }, totals: { 财政补助: 0 } },
  ])
  it('bad input: no area, negative area, letters, no service, wasteland larger than the field', () => {
    assert.match(errorOf('tuoguan-nonghu', { area: '0' }, 'area'), /托管面积/)
    assert.match(errorOf('tuoguan-nonghu', { area: '-3' }, 'area'), /负数/)
    assert.match(errorOf('tuoguan-nonghu', { area: '十亩' }, 'area'), /数字/)
    assert.match(errorOf('tuoguan-nonghu', { plough: 'none', sow: 'none', harvest: 'none' }, 'plough'), /至少选一项/)
    assert.match(errorOf('tuoguan-nonghu', { area: '5', wasteland: '6' }, 'wasteland'), /不能比托管面积大/)
    assert.match(errorOf('tuoguan-nonghu', { area: '100001' }, 'area'), /最多/)
  })
})

describe('农业生产托管：服务组织 (离政办发〔2022〕33号 六、)', () => {
  const org = (contiguous: number, cumulative = contiguous) => ({
    contiguous: String(contiguous),
    cumulative: String(cumulative),
    federation: false,
    village: false,
    monitors: '0',
  })
  table('tuoguan-zhuti', [
    { name: '六、（一）集中连片299亩：不到300亩，0元', values: org(299), totals: { 奖补合计: 0 } },
    { name: '六、（一）300亩（含下限）：3000元', values: org(300), totals: { 奖补合计: 3000 } },
    { name: '六、（一）499亩：3000元', values: org(499), totals: { 奖补合计: 3000 } },
    { name: '六、（一）500亩（不含上限，进下一档）：4000元', values: org(500), totals: { 奖补合计: 4000 } },
    { name: '六、（一）999亩：4000元', values: org(999), totals: { 奖补合计: 4000 } },
    { name: '六、（一）1000亩：5000元', values: org(1000), totals: { 奖补合计: 5000 } },
    { name: '六、（一）1999亩：5000元', values: org(1999), totals: { 奖补合计: 5000 } },
    { name: '六、（一）2000亩以上：6000元', values: org(2000), totals: { 奖补合计: 6000 } },
    { name: '六、（二）累计7999亩：不到8000亩，只有连片6000元', values: org(2000, 7999), totals: { 奖补合计: 6000 } },
    { name: '六、（二）累计8000亩：6000+10000=16000元', values: org(2000, 8000), totals: { 奖补合计: 16000 } },
    {
      name: '六、（三）（四）八、（三）联合会1万 + 整村推进1万 + 监控终端2台×1500 + 连片300亩3000 = 26000元',
      values: { ...org(300), federation: true, village: true, monitors: '2' },
      totals: { 奖补合计: 26000 },
    },
  ])
  it('cumulative area smaller than the contiguous area is an input error', () => {
    assert.match(errorOf('tuoguan-zhuti', org(500, 400), 'cumulative'), /不能比集中连片面积小/)
  })
})

describe('雨露计划和农村改厕 (离政发〔2022〕33号 附件第33、43项)', () => {
  table('yulu-gaice', [
    {
      name: '附件第33项 雨露计划：脱贫家庭2名学生×3000元=6000元',
      values: { tuopin: true, students: '2', toiletsOrdinary: '0', toiletsSeco: '0' },
      totals: { 合计: 6000 },
    },
    {
      name: '附件第33项 不是脱贫户：雨露计划0元',
      values: { tuopin: false, students: '1', toiletsOrdinary: '0', toiletsSeco: '0' },
      totals: { 合计: 0 },
    },
    {
      name: '附件第43项 改厕：普通1座2000元 + S-ECO 1座3500元 = 5500元',
      values: { tuopin: false, students: '0', toiletsOrdinary: '1', toiletsSeco: '1' },
      totals: { 合计: 5500 },
    },
  ])
  it('nothing to compute is an input error', () => {
    assert.match(errorOf('yulu-gaice', { students: '0', toiletsOrdinary: '0', toiletsSeco: '0' }, 'students'), /至少填一项/)
  })
})

describe('涉农项目补助标准 (离政发〔2022〕25号、33号 附件)', () => {
  table('xiangmu-biaozhun', [
    {
      name: '附件第25项 核桃经济林60元/亩 × 10亩 = 600元',
      values: { standard: 'nongzi.walnut', quantity: '10' },
      totals: { 按标准计算的金额: 600 },
    },
    {
      name: '附件第23项 撂荒地托管60元/亩 × 2.5亩 = 150元',
      values: { standard: 'nongzi.wastelandTrusteeship', quantity: '2.5' },
      totals: { 按标准计算的金额: 150 },
    },
    {
      name: '附件第17项 能繁母猪70元/头 × 100头 = 7000元',
      values: { standard: 'nongzi.sow', quantity: '100' },
      totals: { 按标准计算的金额: 7000 },
    },
    {
      name: '附件第24项 五星级家庭农场8万元/家 × 1 = 80000元',
      values: { standard: 'nongzi.farm.five', quantity: '1' },
      totals: { 按标准计算的金额: 80000 },
    },
    {
      name: '附件第24项 四星级家庭农场6万元/家 × 2 = 120000元',
      values: { standard: 'nongzi.farm.four', quantity: '2' },
      totals: { 按标准计算的金额: 120000 },
    },
    {
      name: '附件第26、28项 造林800元/亩 × 2.5亩 = 2000元',
      values: { standard: 'nongzi.afforestation', quantity: '2.5' },
      totals: { 按标准计算的金额: 2000 },
    },
    {
      name: '附件第27项 森林抚育200元/亩 × 3亩 = 600元',
      values: { standard: 'nongzi.forestTending', quantity: '3' },
      totals: { 按标准计算的金额: 600 },
    },
    {
      name: '附件第29项 未成林地管护10元/亩 × 59000亩 = 590000元',
      values: { standard: 'nongzi.youngForest', quantity: '59000' },
      totals: { 按标准计算的金额: 590000 },
    },
    {
      name: '附件第48项 畜禽粪污5万元/个 × 7个 = 350000元',
      values: { standard: 'nongzi.manure', quantity: '7' },
      totals: { 按标准计算的金额: 350000 },
    },
    {
      name: '离政发〔2022〕25号 附件第1项 产业帮扶37万元/村 × 23村 = 851万元',
      values: { standard: 'nongzi.industryAid', quantity: '23' },
      totals: { 按标准计算的金额: 8510000 },
    },
    {
      name: '附件第35项 致富带头人培训350元/人·天 × 3 = 1050元',
      values: { standard: 'nongzi.leaderTraining', quantity: '3' },
      totals: { 按标准计算的金额: 1050 },
    },
    {
      name: '附件第32项 外出务工交通补贴省外1500元/人 × 270人 = 405000元',
      values: { standard: 'nongzi.transport.outProvince', quantity: '270' },
      totals: { 按标准计算的金额: 405000 },
    },
    {
      name: '附件第32项 外出务工交通补贴省内区外600元/人 × 519人 = 311400元',
      values: { standard: 'nongzi.transport.inProvince', quantity: '519' },
      totals: { 按标准计算的金额: 311400 },
    },
    {
      name: '附件第43项 农村改厕普通2000元/座 × 800座 = 160万元',
      values: { standard: 'nongzi.toilet.ordinary', quantity: '800' },
      totals: { 按标准计算的金额: 1600000 },
    },
  ])
  it('an unknown standard is an input error, not a crash', () => {
    assert.match(errorOf('xiangmu-biaozhun', { standard: 'nongzi.nothing' }, 'standard'), /请选择/)
  })
})
