// 离政办发〔2022〕33号 2022年农业生产托管试点项目实施方案 (公报第107页).
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const doc = 'lzbf2022-33'
const year2022 = { from: '2022-01-01', to: '2022-12-31' }

function service(key: string, name: string, clause: string, price: number, subsidy: number, words: string): RuleParameter[] {
  return [
    { id: `tuoguan.${key}.price`, label: `${name}服务价格`, value: price, unit: '元/亩', period: year2022, cite: cite(doc, clause, words) },
    { id: `tuoguan.${key}.subsidy`, label: `${name}财政补助`, value: subsidy, unit: '元/亩', period: year2022, cite: cite(doc, clause, words) },
  ]
}

const capsWords = '原则上每个服务环节财政补助占服务价格的比例不超过40%，单季作物亩均补助不超过130元'
const largeWords = '100亩以上的种粮大户、家庭农场等农业适度规模经营主体每个服务环节财政补助占服务价格的比例不超过30%，单季作物亩均补助不超过100元'
const tiersWords = '对集中连片经营面积达到300-500亩、500-1000亩、1000-2000亩、2000亩以上（包含下限不包括上限）的分别奖补3000元、4000元、5000元、6000元'

export const trusteeshipParams: RuleParameter[] = [
  ...service('jigeng', '机耕', '四、（四）1.（1）', 75, 30, '机耕作业服务价格75元/亩，财政补助资金30元/亩'),
  ...service('xuangeng', '旋耕', '四、（四）1.（2）', 70, 28, '旋耕作业服务价格70元/亩，财政补助资金28元/亩'),
  ...service('jibo', '机播（含铺膜）', '四、（四）2.（1）', 45, 18, '机播服务作业价格45元/亩（含铺膜），财政补助资金18元/亩'),
  ...service('xuanbo', '旋播', '四、（四）2.（2）', 80, 32, '旋播服务作业价格80元/亩，财政补助资金32元/亩'),
  ...service('jishou', '机收', '四、（四）3.（1）', 140, 56, '机收服务作业价格140元/亩（不含运输），财政补助资金56元/亩'),
  ...service('jishouJiegan', '机收+秸秆粉碎收贮', '四、（四）3.（2）', 300, 120, '机收+秸秆粉碎收贮服务作业价格300元/亩（不含运输），财政补助资金120元/亩'),
  ...service('qingzhu', '青贮', '四、（四）3.（3）', 220, 88, '青贮服务价格220元/亩，财政补助资金88元/亩'),
  { id: 'tuoguan.small.maxRatio', label: '小农户：每个环节补助占服务价格不超过', value: 40, unit: '%', period: year2022, cite: cite(doc, '四、（四）', capsWords) },
  { id: 'tuoguan.small.maxPerMu', label: '小农户：单季作物亩均补助不超过', value: 130, unit: '元/亩', period: year2022, cite: cite(doc, '四、（四）', capsWords) },
  { id: 'tuoguan.large.minArea', label: '适度规模经营主体：面积', value: 100, unit: '亩以上', period: year2022, cite: cite(doc, '四、（四）', largeWords) },
  { id: 'tuoguan.large.maxRatio', label: '适度规模经营主体：每个环节补助占服务价格不超过', value: 30, unit: '%', period: year2022, cite: cite(doc, '四、（四）', largeWords) },
  { id: 'tuoguan.large.maxPerMu', label: '适度规模经营主体：单季作物亩均补助不超过', value: 100, unit: '元/亩', period: year2022, cite: cite(doc, '四、（四）', largeWords) },
  { id: 'tuoguan.large.maxTotal', label: '适度规模经营户单个补助金额不得高于', value: 50000, unit: '元', period: year2022, cite: cite(doc, '四、（四）', '适度规模经营户单个补助金额不得高于5万元') },
  { id: 'tuoguan.wasteland.plough', label: '托管改造撂荒地、盐碱地：耕地奖补服务主体', value: 45, unit: '元/亩', period: year2022, cite: cite(doc, '五、（一）', '通过托管形式改造撂荒地、盐碱地机（旋）耕作业市级奖补服务主体45元/亩') },
  { id: 'tuoguan.wasteland.sow', label: '托管改造撂荒地、盐碱地：播种奖补服务主体', value: 15, unit: '元/亩', period: year2022, cite: cite(doc, '五、（二）', '通过托管形式改造撂荒地、盐碱地农作物的播种服务作业市级奖补服务主体15元/亩') },
  { id: 'tuoguan.wasteland.cap', label: '托管改造撂荒地、盐碱地：每亩不超过', value: 60, unit: '元/亩', period: year2022, cite: cite(doc, '五、', '按每亩不超60元进行补助') },
  { id: 'tuoguan.award.tier1.area', label: '集中连片一档：面积达到', value: 300, unit: '亩', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier1', label: '集中连片300-500亩奖补', value: 3000, unit: '元', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier2.area', label: '集中连片二档：面积达到', value: 500, unit: '亩', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier2', label: '集中连片500-1000亩奖补', value: 4000, unit: '元', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier3.area', label: '集中连片三档：面积达到', value: 1000, unit: '亩', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier3', label: '集中连片1000-2000亩奖补', value: 5000, unit: '元', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier4.area', label: '集中连片四档：面积达到', value: 2000, unit: '亩', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.tier4', label: '集中连片2000亩以上奖补', value: 6000, unit: '元', period: year2022, cite: cite(doc, '六、（一）', tiersWords) },
  { id: 'tuoguan.award.cumulative.area', label: '全年累计托管服务面积达到', value: 8000, unit: '亩', period: year2022, cite: cite(doc, '六、（二）', '对全年累计托管服务面积达到8000亩以上的奖补1万元') },
  { id: 'tuoguan.award.cumulative', label: '全年累计托管8000亩以上奖补', value: 10000, unit: '元', period: year2022, cite: cite(doc, '六、（二）', '对全年累计托管服务面积达到8000亩以上的奖补1万元') },
  { id: 'tuoguan.award.federation', label: '依法成立托管服务联合会、联盟协会奖补', value: 10000, unit: '元', period: year2022, cite: cite(doc, '六、（三）', '原则上奖补数量1个，奖补资金1万元') },
  { id: 'tuoguan.award.federation.count', label: '联合会、联盟协会奖补数量（原则上）', value: 1, unit: '个', period: year2022, cite: cite(doc, '六、（三）', '原则上奖补数量1个，奖补资金1万元') },
  { id: 'tuoguan.award.village.count', label: '整村推进奖补数量不超过（原则上）', value: 3, unit: '个', period: year2022, cite: cite(doc, '六、（四）', '原则上奖补不超过3个，每个奖补1万元') },
  { id: 'tuoguan.award.village', label: '农村集体经济组织整村推进托管奖补', value: 10000, unit: '元/个', period: year2022, cite: cite(doc, '六、（四）', '原则上奖补不超过3个，每个奖补1万元') },
  { id: 'tuoguan.monitor', label: '安装农机作业智能监控终端仪补贴', value: 1500, unit: '元/台', period: year2022, cite: cite(doc, '八、（三）', '服务组织每安装1台农机作业智能监控终端仪财政补贴1500元') },
]

// 三、实施的内容: 2022年主要在4个乡镇（街道办）实施托管（吴城镇1.02万亩、信义镇1万亩、田家会街道办0.1万亩、城北街道办0.05万亩）.
export const TRUSTEESHIP_PILOT_TOWNSHIPS = ['吴城镇', '信义镇', '田家会街道', '城北街道']
