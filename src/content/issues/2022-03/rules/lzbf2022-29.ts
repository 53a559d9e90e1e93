// 离政办发〔2022〕29号 吕梁山护工培训就业奖励补助办法 (公报第73页).
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const year2022 = { from: '2022-01-01', to: '2022-12-31' }
const doc = 'lzbf2022-29'

export const caregiverParams: RuleParameter[] = [
  { id: 'hugong.certificate', label: '取得培训合格证书奖补', value: 900, unit: '元/人', period: year2022, cite: cite(doc, '二、（一）', '取得培训合格证书的人员，每人奖补900元') },
  { id: 'hugong.outside', label: '在区外就业上岗再奖补', value: 400, unit: '元/人', period: year2022, cite: cite(doc, '二、（二）', '在区外就业上岗的，再给予奖补400元') },
  { id: 'hugong.publicityDays', label: '乡镇（街道）公示不少于', value: 3, unit: '天', period: year2022, cite: cite(doc, '三、（二）2', '公示（不少于3天）') },
]
