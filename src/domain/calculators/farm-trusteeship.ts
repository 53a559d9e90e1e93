// 农业生产托管（农户）— 离政办发〔2022〕33号 四、（二）补助作物; 四、（四）补助标准 1–3; 四、（五）补助方式;
// 五、托管改造撂荒地、盐碱地.
import type { ParamLookup } from '#src/content/rules-in-force'
import type { RuleList } from '#src/content/load'
import { FormReader, yuan } from './input'
import { invalid, ResultBuilder } from './result'
import { townshipField, UNKNOWN_TOWNSHIP } from './township'
import type { Calculator, ChoiceField, Field } from './types'

// 离政办发〔2022〕33号 三、: the 乡镇（街道） where the 托管 pilot is carried out.
const PILOT_LIST = 'tuoguan.pilotTownships'

export function trusteeshipPilot(param: ParamLookup): RuleList {
  return param.list(PILOT_LIST)
}

export function isPilotTownship(township: string, param: ParamLookup): boolean {
  return trusteeshipPilot(param).values.includes(township)
}

/** 吴城镇、信义镇、田家会街道、城北街道 */
export function pilotNames(param: ParamLookup): string {
  return trusteeshipPilot(param).values.join('、')
}

const SERVICES: Record<string, string> = {
  jigeng: '机耕',
  xuangeng: '旋耕',
  jibo: '机播（含铺膜）',
  xuanbo: '旋播',
  jishou: '机收',
  jishouJiegan: '机收+秸秆粉碎收贮',
  qingzhu: '青贮',
}

const none = { value: 'none', label: '不托管' }
// 四、（二）补助作物: 玉米、马铃薯、谷子、杂粮.
export const GRAIN_CROPS = [
  { value: 'corn', label: '玉米' },
  { value: 'potato', label: '马铃薯' },
  { value: 'millet', label: '谷子' },
  { value: 'grains', label: '杂粮' },
]
export const cropField: ChoiceField = {
  kind: 'choice',
  key: 'crop',
  label: '种的作物',
  options: [...GRAIN_CROPS, { value: 'other', label: '其他' }],
}
// plausibleMax is ours, not the gazette's: above it the page asks 您填的是…，对吗？ to catch a slip of the finger.
export const areaField: Field = { kind: 'amount', key: 'area', label: '托管面积', unit: '亩', max: 100000, plausibleMax: 1000, decimals: 1 }
/** The services a farmer can hand over, one choice per stage (四、（四）1–3). */
export const serviceFields: Field[] = [
  {
    kind: 'choice',
    key: 'plough',
    label: '耕地',
    options: [none, { value: 'jigeng', label: '机耕' }, { value: 'xuangeng', label: '旋耕' }],
  },
  {
    kind: 'choice',
    key: 'sow',
    label: '播种',
    options: [none, { value: 'jibo', label: '机播（含铺膜）' }, { value: 'xuanbo', label: '旋播' }],
  },
  {
    kind: 'choice',
    key: 'harvest',
    label: '收获',
    options: [
      none,
      { value: 'jishou', label: '机收' },
      { value: 'jishouJiegan', label: '机收+秸秆粉碎收贮' },
      { value: 'qingzhu', label: '青贮' },
    ],
  },
]

const fields: Field[] = [
  { ...townshipField, label: '地块在哪个乡镇（街道）', help: '托管补助只在试点乡镇（街道）实施' },
  cropField,
  areaField,
  ...serviceFields,
  {
    kind: 'amount',
    key: 'wasteland',
    label: '其中撂荒地、盐碱地改造',
    unit: '亩',
    max: 100000,
    decimals: 1,
    optional: true,
    help: '没有就不用填',
  },
]

export const farmTrusteeshipCalculator: Calculator = {
  id: 'tuoguan-nonghu',
  title: '农业生产托管：托管一季要付多少、补多少',
  intro: '把耕地、播种、收割交给托管服务组织，政府按亩补一部分，农户只付差价。',
  paramPrefixes: ['tuoguan.'],
  fields: () => fields,
  example: { township: '信义镇', crop: 'corn', area: '10', plough: 'jigeng', sow: 'jibo', harvest: 'jishou', wasteland: '0' },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const township = form.choice('township')
    const crop = form.choice('crop')
    const area = form.amount('area')
    const chosen = [form.choice('plough'), form.choice('sow'), form.choice('harvest')].filter((service) => service !== 'none')
    const wasteland = form.amount('wasteland')
    if (!form.ok) return invalid(form.errors)
    if (area === 0) return invalid({ area: '请填写托管面积' })
    if (chosen.length === 0) return invalid({ plough: '请至少选一项托管服务' })
    if (wasteland > area) return invalid({ wasteland: '撂荒地、盐碱地面积不能比托管面积大' })

    const r = new ResultBuilder(param)
    const pilot = isPilotTownship(township, param)
    const place = township === UNKNOWN_TOWNSHIP ? '您没有选地块所在的乡镇（街道）' : `${township}${pilot ? '是' : '不是'}试点乡镇（街道）`
    r.condition(`地块在托管试点乡镇（街道）：${pilotNames(param)}（${place}）`, pilot)
    if (!pilot) {
      r.citedReading(
        `公报写的是托管试点“主要在”${pilotNames(param)}实施，没有写别的乡镇（街道）能不能补、补多少，所以这里不算补助金额。${township === UNKNOWN_TOWNSHIP ? '先问清楚地块属于哪个乡镇（街道）；' : ''}想托管的，请先打下面的电话问。`,
        trusteeshipPilot(param).cite,
      )
      return r.done()
    }
    r.condition('作物是玉米、马铃薯、谷子或杂粮', crop !== 'other')
    if (crop === 'other') {
      r.note('托管补助主要支持玉米、马铃薯、谷子、杂粮等粮食作物，其他作物请先问区现代农业发展服务中心。')
      r.total({ label: '财政补助', amount: 0, unit: '元' })
      return r.done()
    }
    const large = area >= r.v('tuoguan.large.minArea')
    const ratioId = large ? 'tuoguan.large.maxRatio' : 'tuoguan.small.maxRatio'
    const perMuCapId = large ? 'tuoguan.large.maxPerMu' : 'tuoguan.small.maxPerMu'
    const threshold = r.v('tuoguan.large.minArea')
    r.condition(
      large ? `面积${area}亩，达到${threshold}亩以上，按适度规模经营主体的标准` : `面积${area}亩，不到${threshold}亩，按小农户的标准`,
      true,
    )

    let pricePerMu = 0
    let subsidyPerMu = 0
    for (const key of chosen) {
      const price = r.v(`tuoguan.${key}.price`)
      const listed = r.v(`tuoguan.${key}.subsidy`)
      const perMu = yuan(Math.min(listed, (price * r.v(ratioId)) / 100))
      pricePerMu += price
      subsidyPerMu += perMu
      r.line({
        label: `${SERVICES[key]}补助`,
        amount: yuan(perMu * area),
        unit: '元',
        how: large
          ? `服务价${price}元/亩的${r.v(ratioId)}% = ${perMu}元/亩 × ${area}亩`
          : `${perMu}元/亩（服务价${price}元/亩）× ${area}亩`,
        paramIds: [`tuoguan.${key}.price`, `tuoguan.${key}.subsidy`, ratioId],
      })
    }
    const perMuCap = r.v(perMuCapId)
    if (subsidyPerMu > perMuCap) {
      r.line({
        label: `亩均补助上限${perMuCap}元`,
        amount: -yuan((subsidyPerMu - perMuCap) * area),
        unit: '元',
        how: `每亩合计${yuan(subsidyPerMu)}元，超过单季亩均${perMuCap}元，多出的${yuan(subsidyPerMu - perMuCap)}元/亩 × ${area}亩不补`,
        paramIds: [perMuCapId],
      })
    }
    let subsidy = r.sum()
    if (large && subsidy > r.v('tuoguan.large.maxTotal')) {
      r.line({
        label: `单个经营户补助上限${r.v('tuoguan.large.maxTotal')}元`,
        amount: -yuan(subsidy - r.v('tuoguan.large.maxTotal')),
        unit: '元',
        how: `补助${subsidy}元，超过${r.v('tuoguan.large.maxTotal')}元的部分不补`,
        paramIds: ['tuoguan.large.maxTotal'],
      })
      subsidy = r.sum()
    }
    const serviceCost = yuan(pricePerMu * area)
    r.total({ label: '托管服务费', amount: serviceCost, unit: '元' })
    r.total({ label: '财政补助', amount: subsidy, unit: '元' })
    r.total({ label: '农户要付（服务费减补助）', amount: yuan(serviceCost - subsidy), unit: '元' })

    if (wasteland > 0) {
      const perMu = r.v('tuoguan.wasteland.plough') + r.v('tuoguan.wasteland.sow')
      r.total({ label: '撂荒地、盐碱地改造：另奖补服务组织', amount: yuan(perMu * wasteland), unit: '元' })
      r.reading(
        `撂荒地、盐碱地改造的奖补（耕${r.v('tuoguan.wasteland.plough')}元/亩 + 播${r.v('tuoguan.wasteland.sow')}元/亩）直接发给服务组织，不减少农户要付的钱。`,
        'tuoguan.wasteland.plough',
      )
    }
    // 四、（四）: the listed subsidies are for 小农户 at 40% of the price; 适度规模经营主体 (100亩以上) get at most 30%.
    r.note(
      large
        ? `满${threshold}亩按适度规模经营主体的标准，补助比例从${r.show('tuoguan.small.maxRatio')}降为${r.show('tuoguan.large.maxRatio')}，所以每亩补得比小农户少。`
        : `满${threshold}亩就按适度规模经营主体的标准，补助比例从${r.show('tuoguan.small.maxRatio')}降为${r.show('tuoguan.large.maxRatio')}，每亩补得会比现在少。`,
    )
    if (large) {
      r.reading(
        `${threshold}亩以上的经营主体，每个环节的补助按服务价格的${r.show('tuoguan.large.maxRatio')}算（方案所列各环节补助是按${r.show('tuoguan.small.maxRatio')}定的），再受每亩${r.show('tuoguan.large.maxPerMu')}、每户${r.v('tuoguan.large.maxTotal')}元两个上限。`,
        'tuoguan.large.maxRatio',
      )
    }
    r.note('服务组织只向农户（或通过村集体经济组织）收取补助后的差价；补助按验收合格的面积算。已享受相同项目补贴的不再重复享受。')
    r.note('机收、机收+秸秆粉碎收贮、青贮的价格不含运输。')
    return r.done()
  },
}
