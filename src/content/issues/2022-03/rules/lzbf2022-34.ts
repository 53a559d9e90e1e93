// 离政办发〔2022〕34号 城乡居民基本医疗保险缴费 (公报第115页).
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const payment = { from: '2022-09-01', to: '2022-12-25' }
const doc = 'lzbf2022-34'

export const medicalInsuranceParams: RuleParameter[] = [
  { id: 'yibao.premium', label: '城乡居民个人缴费标准', value: 350, unit: '元/人', period: payment, cite: cite(doc, '二、缴费标准', '2022年预收2023年城乡居民个人缴费为每人350元') },
  { id: 'yibao.tekun.personal', label: '特困人员（含孤儿和事实无人抚养儿童）个人缴费', value: 0, unit: '元/人', period: payment, cite: { ...cite(doc, '三、（一）', '特困人员(含孤儿和事实无人抚养儿童)由医疗救助资金全额资助'), valueWords: '全额资助' } },
  { id: 'yibao.dibao.personal', label: '低保对象个人缴纳', value: 70, unit: '元/人', period: payment, cite: cite(doc, '三、（二）', '低保对象个人缴纳70元,定额资助280元') },
  { id: 'yibao.dibao.subsidy', label: '低保对象定额资助', value: 280, unit: '元/人', period: payment, cite: cite(doc, '三、（二）', '低保对象个人缴纳70元,定额资助280元') },
  { id: 'yibao.yifanpin.personal', label: '易返贫致贫人口个人缴纳', value: 70, unit: '元/人', period: payment, cite: cite(doc, '三、（三）', '易返贫致贫人口(包括脱贫不稳定人口和边缘易致贫人口)个人缴纳70元,定额资助280元') },
  { id: 'yibao.yifanpin.subsidy', label: '易返贫致贫人口定额资助', value: 280, unit: '元/人', period: payment, cite: cite(doc, '三、（三）', '易返贫致贫人口(包括脱贫不稳定人口和边缘易致贫人口)个人缴纳70元,定额资助280元') },
  { id: 'yibao.fanpin.personal', label: '返贫致贫人口个人缴纳', value: 35, unit: '元/人', period: payment, cite: cite(doc, '三、（四）', '返贫致贫人口个人缴纳35元,定额资助315元') },
  { id: 'yibao.fanpin.subsidy', label: '返贫致贫人口定额资助', value: 315, unit: '元/人', period: payment, cite: cite(doc, '三、（四）', '返贫致贫人口个人缴纳35元,定额资助315元') },
  { id: 'yibao.gapDays', label: '职工医保断保后可参加居民医保的期限', value: 90, unit: '天', period: payment, cite: cite(doc, '四、（三）', '在断保90天内凭职工医保参保凭证可随时参加居民医保') },
]
