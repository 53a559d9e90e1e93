// 涉农资金里居民能碰到的补助标准 — 离政发〔2022〕25号、离政发〔2022〕33号 附件计划表.
import type { ParamLookup } from '#src/content/rules-in-force'
import { FormReader, yuan } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

const householdFields: Field[] = [
  { kind: 'toggle', key: 'tuopin', label: '家里是建档立卡脱贫户' },
  { kind: 'count', key: 'students', label: '在读中职中技、高职高专的孩子', unit: '人', max: 10, optional: true },
  { kind: 'count', key: 'toiletsOrdinary', label: '新改户厕：普通厕', unit: '座', max: 5, optional: true },
  { kind: 'count', key: 'toiletsSeco', label: '新改户厕：S-ECO特种生物方便器', unit: '座', max: 5, optional: true },
]

export const yuluToiletCalculator: Calculator = {
  id: 'yulu-gaice',
  title: '雨露计划和农村改厕：家里能补多少',
  intro: '脱贫家庭孩子读中职中技、高职高专每年有雨露计划补助；农村新改户厕按座补。',
  paramPrefixes: ['nongzi.yulu', 'nongzi.toilet.'],
  fields: () => householdFields,
  example: { tuopin: true, students: '1', toiletsOrdinary: '0', toiletsSeco: '0' },
  compute: (values, param) => {
    const form = new FormReader(householdFields, values)
    const tuopin = form.toggle('tuopin')
    const students = form.count('students')
    const ordinary = form.count('toiletsOrdinary')
    const seco = form.count('toiletsSeco')
    if (!form.ok) return invalid(form.errors)
    if (students + ordinary + seco === 0) return invalid({ students: '请至少填一项：在读学生或新改户厕' })

    const r = new ResultBuilder(param)
    if (students > 0) {
      const eligible = r.condition('家里是建档立卡脱贫户（雨露计划只补脱贫家庭学生）', tuopin).met
      if (eligible)
        r.line({
          label: `雨露计划（${students}人，一学年）`,
          amount: students * r.v('nongzi.yulu'),
          unit: '元',
          how: `${r.show('nongzi.yulu')} × ${students}人`,
          paramIds: ['nongzi.yulu'],
        })
    }
    if (ordinary > 0)
      r.line({
        label: `农村改厕：普通厕${ordinary}座`,
        amount: ordinary * r.v('nongzi.toilet.ordinary'),
        unit: '元',
        how: `${r.show('nongzi.toilet.ordinary')} × ${ordinary}座`,
        paramIds: ['nongzi.toilet.ordinary'],
      })
    if (seco > 0)
      r.line({
        label: `农村改厕：S-ECO特种生物方便器${seco}座`,
        amount: seco * r.v('nongzi.toilet.seco'),
        unit: '元',
        how: `${r.show('nongzi.toilet.seco')} × ${seco}座`,
        paramIds: ['nongzi.toilet.seco'],
      })
    r.total({ label: '合计（估算）', amount: r.sum(), unit: '元' })
    if (ordinary + seco > 0) {
      r.reading(
        '改厕的每座金额是项目计划表里的补助标准，由区农业农村局和乡镇、村委会组织建设，不一定直接发现金给农户。',
        'nongzi.toilet.ordinary',
      )
    }
    if (students > 0) r.note('雨露计划找区教科局，按项目计划表里写的那一学年的学生名单补助。')
    return r.done()
  },
}

// 项目标准速算: every per-unit standard of the plan tables in force, times a quantity.
const STANDARDS = 'nongzi.'
const standardFields = (param: ParamLookup): Field[] => [
  {
    kind: 'choice',
    key: 'standard',
    label: '补助项目',
    options: param.matching(STANDARDS).map((p) => ({ value: p.id, label: `${p.label}（${p.value}${p.unit}）` })),
  },
  { kind: 'amount', key: 'quantity', label: '数量', unit: '（按所选项目的单位）', max: 1000000, decimals: 1 },
]

export const agriStandardsCalculator: Calculator = {
  id: 'xiangmu-biaozhun',
  title: '涉农项目补助标准：按数量算一算',
  intro: '项目计划表里的每亩、每头、每座、每村标准，选一项填数量就能算出金额。',
  paramPrefixes: [STANDARDS],
  fields: standardFields,
  example: { standard: 'nongzi.walnut', quantity: '10' },
  compute: (values, param) => {
    const form = new FormReader(standardFields(param), values)
    const id = form.choice('standard')
    const quantity = form.amount('quantity')
    if (!form.ok) return invalid(form.errors)
    if (quantity === 0) return invalid({ quantity: '请填写数量' })
    const r = new ResultBuilder(param)
    const standard = param(id)
    const unit = standard.unit.replace(/^元\//, '')
    r.line({
      label: standard.label,
      amount: yuan(quantity * standard.value),
      unit: '元',
      how: `${r.show(id)} × ${quantity}${unit.replace(/·.*/, '')}`,
      paramIds: [id],
    })
    r.total({ label: '按标准计算的金额', amount: r.sum(), unit: '元' })
    r.note('这些是项目计划表里的补助标准，钱通过项目发给实施单位或符合条件的对象，具体以项目责任单位的安排为准。')
    return r.done()
  },
}
