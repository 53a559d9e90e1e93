// 离政办发〔2022〕36号 2022年冬季清洁煤供应 (公报第130页).
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

// 原文只写“2022年冬季取暖期”，没有起止日期；这里从印发之日算起，不写截止。
const winter = { from: '2022-09-16' }
const doc = 'lzbf2022-36'

export const cleanCoalParams: RuleParameter[] = [
  { id: 'coal.price', label: '供煤点清洁煤售价', value: 600, unit: '元/吨', period: winter, cite: cite(doc, '一、（三）', '各供煤点以每吨600元的价格向村民供给清洁煤') },
  { id: 'coal.perHousehold', label: '每户供应量（左右）', value: 2, unit: '吨/户', period: winter, cite: cite(doc, '四、（五）', '每户按照2吨左右供应') },
  { id: 'coal.maxSulfur', label: '硫份低于', value: 1, unit: '%', period: winter, cite: cite(doc, '一、（一）', '硫份低于1%、灰份低于16%') },
  { id: 'coal.maxAsh', label: '灰份低于', value: 16, unit: '%', period: winter, cite: cite(doc, '一、（一）', '硫份低于1%、灰份低于16%') },
  { id: 'coal.minSize', label: '块煤粒径下限', value: 3, unit: 'cm', period: winter, cite: cite(doc, '一、（一）', '粒径在3-8cm之间的块煤') },
  { id: 'coal.maxSize', label: '块煤粒径上限', value: 8, unit: 'cm', period: winter, cite: cite(doc, '一、（一）', '粒径在3-8cm之间的块煤') },
  { id: 'coal.minHeat', label: '发热量不低于', value: 5500, unit: '大卡', period: winter, cite: cite(doc, '一、（一）', '发热量不低于5500大卡') },
]
