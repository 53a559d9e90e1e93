// 城乡居民医保缴费 — 离政办发〔2022〕34号 二、缴费标准; 三、资助标准 (一)–(四); 四、缴费时间.
import { FormReader } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

const MAX_MEMBERS = 30

const categories = [
  { key: 'ordinary', name: '普通居民', personal: 'yibao.premium', subsidy: undefined },
  { key: 'tekun', name: '特困人员（含孤儿、事实无人抚养儿童）', personal: 'yibao.tekun.personal', subsidy: 'yibao.premium' },
  { key: 'dibao', name: '低保对象', personal: 'yibao.dibao.personal', subsidy: 'yibao.dibao.subsidy' },
  { key: 'yifanpin', name: '易返贫致贫人口', personal: 'yibao.yifanpin.personal', subsidy: 'yibao.yifanpin.subsidy' },
  { key: 'fanpin', name: '返贫致贫人口', personal: 'yibao.fanpin.personal', subsidy: 'yibao.fanpin.subsidy' },
] as const

const fields: Field[] = categories.map((category) => ({
  kind: 'count' as const,
  key: category.key,
  label: category.name,
  unit: '人',
  max: MAX_MEMBERS,
  // plausibleMax is ours: a household with more than 12 people of one kind is asked to confirm (a slip of the finger).
  plausibleMax: 12,
  optional: true,
  help: category.key === 'yifanpin' ? '包括脱贫不稳定人口和边缘易致贫人口' : undefined,
}))

export const medicalInsuranceCalculator: Calculator = {
  id: 'yibao',
  title: '城乡居民医保：全家交多少钱',
  intro: '按家里每个人的身份，算出居民医保每人交多少、政府资助多少。',
  paramPrefixes: ['yibao.'],
  fields: () => fields,
  example: { ordinary: '1', tekun: '0', dibao: '0', yifanpin: '0', fanpin: '0' },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const counts = categories.map((category) => ({ category, n: form.count(category.key) }))
    if (!form.ok) return invalid(form.errors)
    const members = counts.reduce((sum, { n }) => sum + n, 0)
    if (members === 0) return invalid({ ordinary: '请至少填一位要参保的家庭成员' })

    const r = new ResultBuilder(param)
    const premium = r.v('yibao.premium')
    for (const { category, n } of counts) {
      if (n === 0) continue
      const personal = r.v(category.personal)
      r.line({
        label: `${category.name} ${n}人：个人缴费`,
        amount: personal * n,
        unit: '元',
        how: category.key === 'tekun' ? `全额资助，个人不用交：0元 × ${n}人` : `${r.show(category.personal)} × ${n}人`,
        paramIds: [category.personal],
      })
      if (category.subsidy) {
        const subsidy = r.v(category.subsidy)
        r.line({
          label: `${category.name} ${n}人：政府资助`,
          amount: subsidy * n,
          unit: '元',
          how: `${subsidy}元/人 × ${n}人`,
          paramIds: category.key === 'tekun' ? ['yibao.tekun.personal', 'yibao.premium'] : [category.subsidy],
        })
      }
    }
    const personalTotal = r.sum((line) => line.label.endsWith('个人缴费'))
    r.total({ label: '全家个人要交', amount: personalTotal, unit: '元' })
    r.total({ label: '政府资助合计', amount: r.sum((line) => line.label.endsWith('政府资助')), unit: '元' })
    r.total({ label: `全家${members}人保费合计（每人${premium}元）`, amount: premium * members, unit: '元' })
    r.note('原则上以户为单位参保，每人按年度一次性足额缴纳。')
    r.note(
      '每个人只按一类填写。特困、低保以民政部门核实的名单为准，易返贫致贫、返贫致贫以乡村振兴部门核实的名单为准；拿不准属于哪一类，请打医保局电话问。',
    )
    r.note('新生儿出生当年内参保登记的，从出生之日起享受当年医保待遇。')
    r.note(`因劳动关系终止、职工医保断保的，断保${r.v('yibao.gapDays')}天内凭职工医保参保凭证可随时参加居民医保，自参保之日起享受待遇。`)
    r.note(
      '缴费渠道：微信“支付—城市服务—社保综合—山西省城乡居民社保缴纳”；农行、建行、农商行、邮储银行、工行、招商银行、民生银行网点和网上渠道；山西省电子税务局；村（社区）社保协办员集中缴费（区税务局办税厅为老年、残疾等特殊群体提供现金缴费）；支付宝“山西社保”小程序。',
    )
    return r.done()
  },
}
