// Per-unit standards in the 涉农资金 plans: 离政发〔2022〕25号 (第1页) and its adjustment 离政发〔2022〕33号 (第42页).
// The tables are tab-separated in the source; clauses name the row (序号) of the annex table.
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const plan = { from: '2022-04-01', to: '2022-11-30' }

export const agriFundParams: RuleParameter[] = [
  { id: 'nongzi.yulu', label: '雨露计划：中职中技、高职高专脱贫家庭学生', value: 3000, unit: '元/人·年', period: { from: '2022-04-01', to: '2022-08-31' }, cite: cite('lzf2022-33', '附件 第33、34项（雨露计划）', '每名补助3000元/年') },
  { id: 'nongzi.toilet.ordinary', label: '农村改厕：普通厕', value: 2000, unit: '元/座', period: plan, cite: cite('lzf2022-33', '附件 第43项（农改厕）', '2000元/座(普通)、3500元/座(特)') },
  { id: 'nongzi.toilet.seco', label: '农村改厕：S-ECO特种生物方便器', value: 3500, unit: '元/座', period: plan, cite: cite('lzf2022-33', '附件 第43项（农改厕）', '2000元/座(普通)、3500元/座(特)') },
  { id: 'nongzi.walnut', label: '核桃经济林提质增效修剪管护', value: 60, unit: '元/亩', period: { from: '2022-04-01', to: '2022-10-31' }, cite: cite('lzf2022-33', '附件 第25项（核桃经济林提质增效）', '30000亩核桃经济林进行提质增效修剪管护,每亩补助60元') },
  { id: 'nongzi.wastelandTrusteeship', label: '通过农业生产托管改造撂荒地、盐碱地', value: 60, unit: '元/亩', period: { from: '2022-06-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第23项（托管改造撂荒地、盐碱地）', '60元/亩') },
  { id: 'nongzi.sow', label: '规模猪场能繁母猪补贴', value: 70, unit: '元/头', period: { from: '2022-06-01', to: '2022-12-31' }, cite: cite('lzf2022-33', '附件 第17项（能繁母猪补贴）', '对1971头能繁母猪进行补贴(每头补贴70元') },
  { id: 'nongzi.farm.five', label: '市级家庭农场：五星级', value: 80000, unit: '元/家', period: { from: '2022-06-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第24项（家庭农场奖补）', '5星级农场6家(补助8万元/家)') },
  { id: 'nongzi.farm.four', label: '市级家庭农场：四星级', value: 60000, unit: '元/家', period: { from: '2022-06-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第24项（家庭农场奖补）', '4星级农场2家(补助6万元/家)') },
  { id: 'nongzi.afforestation', label: '人工造林、植被恢复造林', value: 800, unit: '元/亩', period: { from: '2022-09-01', to: '2022-12-31' }, cite: cite('lzf2022-33', '附件 第26、28项（防护林、植被恢复）', '800元/亩') },
  { id: 'nongzi.forestTending', label: '森林抚育', value: 200, unit: '元/亩', period: { from: '2022-09-01', to: '2022-12-31' }, cite: cite('lzf2022-33', '附件 第27项（森林抚育）', '200元/亩') },
  { id: 'nongzi.youngForest', label: '未成林地管护', value: 10, unit: '元/亩', period: { from: '2022-05-01', to: '2023-04-30' }, cite: cite('lzf2022-33', '附件 第29项（未成林地管护）', '10元/亩') },
  { id: 'nongzi.villageGreening', label: '村庄绿化', value: 300000, unit: '元/个', period: { from: '2022-09-01', to: '2022-10-31' }, cite: cite('lzf2022-33', '附件 第30项（村庄绿化）', '30万元/个') },
  { id: 'nongzi.manure', label: '畜禽粪污治理（堆粪场、污水池）', value: 50000, unit: '元/个', period: { from: '2022-06-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第48项（畜禽粪污治理）', '5万元/个') },
  { id: 'nongzi.industryAid', label: '村集体产业帮扶资金', value: 370000, unit: '元/村', period: { from: '2022-04-01', to: '2022-10-31' }, cite: cite('lzf2022-25', '附件 第1–8项（产业帮扶资金）', '37万元/村') },
  { id: 'nongzi.leaderTraining', label: '致富带头人、脱贫劳动力培训', value: 350, unit: '元/人·天', period: { from: '2022-04-01', to: '2022-12-31' }, cite: cite('lzf2022-33', '附件 第35、36项（培训）', '350元/人·天') },
  { id: 'nongzi.transport.outProvince', label: '外出务工交通补贴：省外', value: 1500, unit: '元/人', period: { from: '2022-04-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第32项（就业帮扶）', '1500元/人(省外)、600元/人(区内省外)') },
  { id: 'nongzi.transport.inProvince', label: '外出务工交通补贴：省内区外', value: 600, unit: '元/人', period: { from: '2022-04-01', to: '2022-11-30' }, cite: cite('lzf2022-33', '附件 第32项（就业帮扶）', '1500元/人(省外)、600元/人(区内省外)') },
]
