// 离政办发〔2022〕26号 就业帮扶助推乡村振兴实施方案 (公报第65页). Clauses as numbered in 四、政策措施.
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const doc = 'lzbf2022-26'
const fromIssue = { from: '2022-08-05' }
// 第8条、第10条: 执行期限至2022年底.
const until2022 = { from: '2022-08-05', to: '2022-12-31' }

export const employmentParams: RuleParameter[] = [
  // (一) 推进有组织劳务输出
  { id: 'jiuye.transport.crossProvince', label: '跨省务工一次性交通补贴', value: 1500, unit: '元/人·年', period: fromIssue, cite: cite(doc, '四、（一）1', '跨省务工的补贴标准从最高不超过800元提高到1500元') },
  { id: 'jiuye.transport.inProvince', label: '省内县外务工一次性交通补贴', value: 600, unit: '元/人·年', period: fromIssue, cite: cite(doc, '四、（一）1', '省内县外务工的补贴标准从最高不超过300元提高到600元') },
  { id: 'jiuye.stable.minMonths', label: '稳岗奖补：连续外出务工至少', value: 6, unit: '个月', period: fromIssue, cite: cite(doc, '四、（一）1', '对连续外出务工6个月以上、月工资达到1000元以上的脱贫户和监测户劳动力') },
  { id: 'jiuye.stable.minWage', label: '稳岗奖补：月工资至少', value: 1000, unit: '元/月', period: fromIssue, cite: cite(doc, '四、（一）1', '对连续外出务工6个月以上、月工资达到1000元以上的脱贫户和监测户劳动力') },
  { id: 'jiuye.stable.monthly', label: '外出务工稳岗奖补', value: 200, unit: '元/人·月', period: fromIssue, cite: cite(doc, '四、（一）1', '按照每人每月200元的标准给予一次性稳岗奖补，连续补助6个月') },
  { id: 'jiuye.stable.months', label: '稳岗奖补连续补助', value: 6, unit: '个月', period: fromIssue, cite: cite(doc, '四、（一）1', '按照每人每月200元的标准给予一次性稳岗奖补，连续补助6个月') },
  { id: 'jiuye.agency.local', label: '职业介绍补贴：区内就业（半年以上合同）', value: 300, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（一）2', '在我区范围内实现就业且签订半年以上劳动合同的，每人不超过300元') },
  { id: 'jiuye.agency.inProvince', label: '职业介绍补贴：省内区外（一年以上合同）', value: 500, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（一）2', '向省内区外用人单位介绍成功且签订一年以上劳动合同的，每人不超过500元') },
  { id: 'jiuye.agency.outProvince', label: '职业介绍补贴：省外（一年以上合同）', value: 800, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（一）2', '向省外介绍成功且签订一年以上劳动合同的，每人不超过800元') },
  // (二) 促进就地就近就业
  { id: 'jiuye.workshop.hire', label: '帮扶车间一次性吸纳就业补助', value: 1500, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（二）5', '一次性吸纳就业补助标准从每人1200元提高到1500元') },
  { id: 'jiuye.workshop.minShare', label: '帮扶车间吸纳脱贫户、监测户、易地搬迁户劳动力比例不低于', value: 60, unit: '%', period: fromIssue, cite: cite(doc, '四、（二）5', '吸纳脱贫户、监测户、易地搬迁户劳动力比例应不低于务工就业人员规模的60%') },
  { id: 'jiuye.workshop.monthly', label: '帮扶车间稳岗补贴（半年以上合同）', value: 200, unit: '元/人·月', period: fromIssue, cite: cite(doc, '四、（二）5', '按照实际工作月数给予每人每月200元的一次性稳岗补贴') },
  { id: 'jiuye.base.tier1.people', label: '就业帮扶基地一档：吸纳人数达到', value: 30, unit: '人', period: fromIssue, cite: cite(doc, '四、（二）6', '对吸纳人数达到30人及以上的，给予5万元的一次性奖励') },
  { id: 'jiuye.base.tier1.award', label: '就业帮扶基地一档奖励', value: 50000, unit: '元', period: fromIssue, cite: cite(doc, '四、（二）6', '对吸纳人数达到30人及以上的，给予5万元的一次性奖励') },
  { id: 'jiuye.base.tier2.people', label: '就业帮扶基地二档：吸纳人数达到', value: 50, unit: '人', period: fromIssue, cite: cite(doc, '四、（二）6', '达到50人及以上的，给予10万元的一次性奖励') },
  { id: 'jiuye.base.tier2.award', label: '就业帮扶基地二档奖励', value: 100000, unit: '元', period: fromIssue, cite: cite(doc, '四、（二）6', '达到50人及以上的，给予10万元的一次性奖励') },
  { id: 'jiuye.base.tier3.people', label: '就业帮扶基地三档：吸纳人数达到', value: 100, unit: '人', period: fromIssue, cite: cite(doc, '四、（二）6', '达到100人及以上的，给予25万元的一次性奖励') },
  { id: 'jiuye.base.tier3.award', label: '就业帮扶基地三档奖励', value: 250000, unit: '元', period: fromIssue, cite: cite(doc, '四、（二）6', '达到100人及以上的，给予25万元的一次性奖励') },
  { id: 'jiuye.startup.grant', label: '返乡自主创业一次性创业补贴', value: 5000, unit: '元', period: fromIssue, cite: cite(doc, '四、（二）7', '一次性创业补贴总额提高到5000元，创业场租补贴提高到每年3000元') },
  { id: 'jiuye.startup.rent', label: '创业场租补贴', value: 3000, unit: '元/年', period: fromIssue, cite: cite(doc, '四、（二）7', '一次性创业补贴总额提高到5000元，创业场租补贴提高到每年3000元') },
  { id: 'jiuye.smallBiz.base', label: '小微企业吸纳就业一次性补助', value: 1000, unit: '元/人', period: until2022, cite: cite(doc, '四、（二）8', '每人给予1000元一次性补助，超过50人的每人1500元；超过100人的每人2000元') },
  { id: 'jiuye.smallBiz.tier2.over', label: '小微企业补助二档：吸纳人数超过', value: 50, unit: '人', period: until2022, cite: cite(doc, '四、（二）8', '每人给予1000元一次性补助，超过50人的每人1500元；超过100人的每人2000元') },
  { id: 'jiuye.smallBiz.tier2', label: '小微企业补助二档（超过50人）', value: 1500, unit: '元/人', period: until2022, cite: cite(doc, '四、（二）8', '每人给予1000元一次性补助，超过50人的每人1500元；超过100人的每人2000元') },
  { id: 'jiuye.smallBiz.tier3.over', label: '小微企业补助三档：吸纳人数超过', value: 100, unit: '人', period: until2022, cite: cite(doc, '四、（二）8', '每人给予1000元一次性补助，超过50人的每人1500元；超过100人的每人2000元') },
  { id: 'jiuye.smallBiz.tier3', label: '小微企业补助三档（超过100人）', value: 2000, unit: '元/人', period: until2022, cite: cite(doc, '四、（二）8', '每人给予1000元一次性补助，超过50人的每人1500元；超过100人的每人2000元') },
  // (三) 强化职业技能培训帮扶
  { id: 'jiuye.training.living', label: '职业技能培训生活费补贴', value: 15, unit: '元/人·天', period: fromIssue, cite: cite(doc, '四、（三）9', '培训期间每人每天给予15元生活费补贴') },
  { id: 'jiuye.order.minEmploymentRate', label: '订单式培训：培训后就业率至少', value: 80, unit: '%', period: fromIssue, cite: cite(doc, '四、（三）9', '对培训结束后就业率达到80%的给予培训补贴') },
  { id: 'jiuye.order.firstDays', label: '订单式培训：较高标准的天数', value: 10, unit: '天', period: fromIssue, cite: cite(doc, '四、（三）9', '培训期间前10天每人每天150元，之后每人每天100元，补贴额度每人不超过4000元') },
  { id: 'jiuye.order.firstDaily', label: '订单式培训补贴（前10天）', value: 150, unit: '元/人·天', period: fromIssue, cite: cite(doc, '四、（三）9', '培训期间前10天每人每天150元，之后每人每天100元，补贴额度每人不超过4000元') },
  { id: 'jiuye.order.laterDaily', label: '订单式培训补贴（10天之后）', value: 100, unit: '元/人·天', period: fromIssue, cite: cite(doc, '四、（三）9', '培训期间前10天每人每天150元，之后每人每天100元，补贴额度每人不超过4000元') },
  { id: 'jiuye.order.cap', label: '订单式培训补贴每人上限', value: 4000, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（三）9', '培训期间前10天每人每天150元，之后每人每天100元，补贴额度每人不超过4000元') },
  { id: 'jiuye.inclusive.daily', label: '普惠制培训补贴', value: 150, unit: '元/人·天', period: fromIssue, cite: cite(doc, '四、（三）9', '培训补贴每人每天150元，每人最高补贴1000元') },
  { id: 'jiuye.inclusive.cap', label: '普惠制培训补贴每人上限', value: 1000, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（三）9', '培训补贴每人每天150元，每人最高补贴1000元') },
  { id: 'jiuye.enterpriseTraining', label: '企业组织职工培训补贴', value: 300, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（三）9', '按每人300元的标准给予企业补贴') },
  { id: 'jiuye.skill.junior', label: '技能提升补贴：初级', value: 1000, unit: '元/次', period: until2022, cite: cite(doc, '四、（三）10', '按照初级1000元、中级1500元、高级2000元的标准申请技能提升补贴') },
  { id: 'jiuye.skill.middle', label: '技能提升补贴：中级', value: 1500, unit: '元/次', period: until2022, cite: cite(doc, '四、（三）10', '按照初级1000元、中级1500元、高级2000元的标准申请技能提升补贴') },
  { id: 'jiuye.skill.senior', label: '技能提升补贴：高级', value: 2000, unit: '元/次', period: until2022, cite: cite(doc, '四、（三）10', '按照初级1000元、中级1500元、高级2000元的标准申请技能提升补贴') },
  { id: 'jiuye.skill.maxTimes', label: '技能提升补贴每人每年最多', value: 3, unit: '次', period: until2022, cite: cite(doc, '四、（三）10', '每人每年享受补贴次数最多不超过3次') },
  // (四) 强化社保帮扶
  { id: 'jiuye.pension.basic', label: '城乡居民养老保险代缴基本保费', value: 100, unit: '元/人·年', period: fromIssue, cite: cite(doc, '四、（四）12', '按照每人每年100元缴费档次代缴基本保费，按照每人每年200元缴费档次代缴补充养老保险费') },
  { id: 'jiuye.pension.supplement', label: '城乡居民养老保险代缴补充养老保险费', value: 200, unit: '元/人·年', period: fromIssue, cite: cite(doc, '四、（四）12', '按照每人每年100元缴费档次代缴基本保费，按照每人每年200元缴费档次代缴补充养老保险费') },
  { id: 'jiuye.retention', label: '一次性留工培训补助（疫情中高风险地区）', value: 500, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（四）14', '按每名参保职工500元的标准发放一次性留工培训补助') },
  { id: 'jiuye.expansion', label: '招用毕业年度高校毕业生一次性扩岗补助', value: 1500, unit: '元/人', period: fromIssue, cite: cite(doc, '四、（四）14', '按照每人1500元标准发放一次性扩岗补助') },
]
