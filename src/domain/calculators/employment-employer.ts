// 就业帮扶（单位）— 离政办发〔2022〕26号 四、（一）2 职业介绍补贴; （二）5 帮扶车间吸纳; （二）6 就业帮扶基地;
// （二）8 小微企业吸纳; （三）9 订单式、普惠制、企业培训; （四）14 留工培训、扩岗补助.
import { FormReader, yuan } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

const MAX_PEOPLE = 10000

const fields: Field[] = [
  {
    kind: 'choice',
    key: 'kind',
    label: '您是',
    options: [
      { value: 'workshop', label: '帮扶车间' },
      { value: 'smallBiz', label: '小微企业' },
      { value: 'agency', label: '人力资源、职业中介机构' },
      { value: 'trainer', label: '培训机构' },
      { value: 'enterprise', label: '其他企业' },
    ],
  },
  {
    kind: 'count',
    key: 'workshopHires',
    label: '吸纳脱贫户、监测户劳动力',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['workshop'] },
  },
  {
    kind: 'count',
    key: 'smallBizHires',
    label: '新吸纳并稳定就业半年以上的劳动者',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['smallBiz'] },
  },
  {
    kind: 'count',
    key: 'placedLocal',
    label: '介绍在离石区内就业（签半年以上合同）',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['agency'] },
  },
  {
    kind: 'count',
    key: 'placedInProvince',
    label: '介绍到省内区外单位（签一年以上合同）',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['agency'] },
  },
  {
    kind: 'count',
    key: 'placedOutProvince',
    label: '介绍到省外（签一年以上合同）',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['agency'] },
  },
  {
    kind: 'count',
    key: 'orderTrainees',
    label: '订单式、项目制培训人数',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['trainer'] },
  },
  { kind: 'count', key: 'orderDays', label: '每人培训天数', unit: '天', max: 365, optional: true, when: { key: 'kind', in: ['trainer'] } },
  {
    kind: 'amount',
    key: 'employmentRate',
    label: '培训结束后就业率',
    unit: '%',
    max: 100,
    decimals: 1,
    help: '有订单式、项目制培训才要填',
    when: { key: 'kind', in: ['trainer'] },
  },
  {
    kind: 'count',
    key: 'inclusiveTrainees',
    label: '普惠制培训人数（不能外出务工的）',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['trainer'] },
  },
  {
    kind: 'count',
    key: 'inclusiveDays',
    label: '普惠制每人培训天数',
    unit: '天',
    max: 365,
    optional: true,
    when: { key: 'kind', in: ['trainer'] },
  },
  {
    kind: 'count',
    key: 'trainedStaff',
    label: '组织职工参加岗前、安全技能、转岗转业培训',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['enterprise', 'smallBiz', 'workshop'] },
  },
  {
    kind: 'count',
    key: 'graduates',
    label: '招用毕业年度高校毕业生（签合同、参加失业保险）',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'kind', in: ['enterprise', 'smallBiz', 'workshop'] },
  },
  {
    kind: 'toggle',
    key: 'riskArea',
    label: '在疫情中高风险地区，职工无法全员到岗',
    when: { key: 'kind', in: ['enterprise', 'smallBiz', 'workshop'] },
  },
  {
    kind: 'count',
    key: 'insuredStaff',
    label: '参保职工',
    unit: '人',
    max: MAX_PEOPLE,
    optional: true,
    when: { key: 'riskArea', in: [true] },
  },
]

export const employmentEmployerCalculator: Calculator = {
  id: 'jiuye-danwei',
  title: '就业帮扶：车间、企业、中介、培训机构能领多少',
  intro: '吸纳脱贫户和监测户劳动力就业、介绍就业、开展培训的单位能领的补助和奖励。',
  paramPrefixes: ['jiuye.'],
  fields: () => fields,
  example: {
    kind: 'workshop',
    workshopHires: '30',
    smallBizHires: '10',
    placedLocal: '0',
    placedInProvince: '0',
    placedOutProvince: '0',
    orderTrainees: '0',
    orderDays: '0',
    employmentRate: '80',
    inclusiveTrainees: '0',
    inclusiveDays: '0',
    trainedStaff: '0',
    graduates: '0',
    riskArea: false,
    insuredStaff: '0',
  },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const kind = form.choice('kind')
    const n = (key: string) => form.count(key)
    const input = {
      workshopHires: n('workshopHires'),
      smallBizHires: n('smallBizHires'),
      placedLocal: n('placedLocal'),
      placedInProvince: n('placedInProvince'),
      placedOutProvince: n('placedOutProvince'),
      orderTrainees: n('orderTrainees'),
      orderDays: n('orderDays'),
      employmentRate: form.optionalAmount('employmentRate'),
      inclusiveTrainees: n('inclusiveTrainees'),
      inclusiveDays: n('inclusiveDays'),
      trainedStaff: n('trainedStaff'),
      graduates: n('graduates'),
      riskArea: form.toggle('riskArea'),
      insuredStaff: n('insuredStaff'),
    }
    if (!form.ok) return invalid(form.errors)
    if (kind === 'trainer' && input.orderTrainees > 0 && input.employmentRate === undefined)
      return invalid({ employmentRate: '有订单式培训的，请填写培训结束后就业率' })

    const r = new ResultBuilder(param)
    if (kind === 'workshop') workshopAwards(r, input.workshopHires)
    if (kind === 'smallBiz') smallBizAward(r, input.smallBizHires)
    if (kind === 'agency') agencyAwards(r, input)
    if (kind === 'trainer') trainingAwards(r, { ...input, employmentRate: input.employmentRate ?? 0 })
    if (kind === 'enterprise' || kind === 'smallBiz' || kind === 'workshop') enterpriseAwards(r, input)
    r.total({ label: '合计（估算）', amount: r.sum(), unit: '元' })
    r.note('以上是按方案标准的估算，实际以人社局、乡村振兴局审核为准。')
    return r.done()
  },
}

function workshopAwards(r: ResultBuilder, hires: number): void {
  const hireSubsidy = hires * r.v('jiuye.workshop.hire')
  const tiers = ['tier3', 'tier2', 'tier1'] as const
  const tier = tiers.find((t) => hires >= r.v(`jiuye.base.${t}.people`))
  const baseAward = tier ? r.v(`jiuye.base.${tier}.award`) : 0
  r.condition(`吸纳人数达到${r.v('jiuye.base.tier1.people')}人及以上，可认定为就业帮扶基地（现在${hires}人）`, tier !== undefined)
  const useBase = baseAward > hireSubsidy
  if (useBase && tier) {
    r.line({
      label: '就业帮扶基地一次性奖励',
      amount: baseAward,
      unit: '元',
      how: `吸纳${hires}人，达到${r.v(`jiuye.base.${tier}.people`)}人及以上`,
      paramIds: [`jiuye.base.${tier}.people`, `jiuye.base.${tier}.award`],
    })
    r.note(`一次性吸纳就业补助按人算是${hireSubsidy}元，比基地奖励少；两项不重复享受，这里按较高的基地奖励计入合计。`)
  } else if (hires > 0) {
    r.line({
      label: '帮扶车间一次性吸纳就业补助',
      amount: hireSubsidy,
      unit: '元',
      how: `${r.show('jiuye.workshop.hire')} × ${hires}人`,
      paramIds: ['jiuye.workshop.hire'],
    })
    if (tier) r.note(`就业帮扶基地奖励是${baseAward}元；两项不重复享受，这里按较高的吸纳就业补助计入合计。`)
  }
  r.reading('“阶梯性奖励政策与一次性吸纳就业补助政策不重复享受”，两项只能选一项，这里替您选金额高的一项。', 'jiuye.base.tier1.award')
  r.note(
    `政府投资或集体产权、免费使用场地的帮扶车间，吸纳脱贫户、监测户、易地搬迁户劳动力比例应不低于务工就业人员规模的${r.show('jiuye.workshop.minShare')}。`,
  )
}

function smallBizAward(r: ResultBuilder, hires: number): void {
  const rateId =
    hires > r.v('jiuye.smallBiz.tier3.over')
      ? 'jiuye.smallBiz.tier3'
      : hires > r.v('jiuye.smallBiz.tier2.over')
        ? 'jiuye.smallBiz.tier2'
        : 'jiuye.smallBiz.base'
  if (hires > 0) {
    r.line({
      label: '小微企业吸纳就业一次性补助',
      amount: hires * r.v(rateId),
      unit: '元',
      how: `${r.show(rateId)} × ${hires}人`,
      paramIds: [rateId, 'jiuye.smallBiz.tier2.over', 'jiuye.smallBiz.tier3.over'],
    })
  }
  r.reading(
    `吸纳总人数超过${r.v('jiuye.smallBiz.tier2.over')}人（或${r.v('jiuye.smallBiz.tier3.over')}人）时，全部人数都按较高标准（${r.show('jiuye.smallBiz.tier2')}、${r.show('jiuye.smallBiz.tier3')}）算；也可能只是超出的部分按高标准，请以人社局解释为准。`,
    'jiuye.smallBiz.tier2',
  )
}

function agencyAwards(r: ResultBuilder, input: { placedLocal: number; placedInProvince: number; placedOutProvince: number }): void {
  const parts = [
    { people: input.placedLocal, id: 'jiuye.agency.local', label: '区内就业职业介绍补贴' },
    { people: input.placedInProvince, id: 'jiuye.agency.inProvince', label: '省内区外职业介绍补贴' },
    { people: input.placedOutProvince, id: 'jiuye.agency.outProvince', label: '省外职业介绍补贴' },
  ]
  for (const part of parts) {
    if (part.people > 0)
      r.line({
        label: part.label,
        amount: part.people * r.v(part.id),
        unit: '元',
        how: `每人不超过${r.show(part.id)} × ${part.people}人`,
        paramIds: [part.id],
      })
  }
  r.note('职业介绍补贴写的是“每人不超过”，这里按上限算。只算面向脱贫户和监测户劳动力、介绍成功并实际就业的人数。')
}

function trainingAwards(
  r: ResultBuilder,
  input: { orderTrainees: number; orderDays: number; employmentRate: number; inclusiveTrainees: number; inclusiveDays: number },
): void {
  if (input.orderTrainees > 0 && input.orderDays > 0) {
    const enough = r.condition(
      `订单式培训结束后就业率达到${r.v('jiuye.order.minEmploymentRate')}%（现在${input.employmentRate}%）`,
      input.employmentRate >= r.v('jiuye.order.minEmploymentRate'),
    ).met
    const firstDays = Math.min(input.orderDays, r.v('jiuye.order.firstDays'))
    const laterDays = input.orderDays - firstDays
    const uncapped = firstDays * r.v('jiuye.order.firstDaily') + laterDays * r.v('jiuye.order.laterDaily')
    const perPerson = Math.min(uncapped, r.v('jiuye.order.cap'))
    if (enough) {
      const capNote = uncapped > perPerson ? `，超过每人${r.v('jiuye.order.cap')}元上限按${r.v('jiuye.order.cap')}元` : ''
      r.line({
        label: '订单式、项目制培训补贴',
        amount: yuan(perPerson * input.orderTrainees),
        unit: '元',
        how: `每人：前${firstDays}天 × ${r.v('jiuye.order.firstDaily')}元${laterDays > 0 ? ` + ${laterDays}天 × ${r.v('jiuye.order.laterDaily')}元` : ''} = ${uncapped}元${capNote}；× ${input.orderTrainees}人`,
        paramIds: [
          'jiuye.order.firstDays',
          'jiuye.order.firstDaily',
          'jiuye.order.laterDaily',
          'jiuye.order.cap',
          'jiuye.order.minEmploymentRate',
        ],
      })
    }
  }
  if (input.inclusiveTrainees > 0 && input.inclusiveDays > 0) {
    const uncapped = input.inclusiveDays * r.v('jiuye.inclusive.daily')
    const perPerson = Math.min(uncapped, r.v('jiuye.inclusive.cap'))
    r.line({
      label: '普惠制培训补贴',
      amount: perPerson * input.inclusiveTrainees,
      unit: '元',
      how: `每人：${input.inclusiveDays}天 × ${r.v('jiuye.inclusive.daily')}元 = ${uncapped}元${uncapped > perPerson ? `，超过上限按${r.v('jiuye.inclusive.cap')}元` : ''}；× ${input.inclusiveTrainees}人`,
      paramIds: ['jiuye.inclusive.daily', 'jiuye.inclusive.cap'],
    })
  }
}

function enterpriseAwards(
  r: ResultBuilder,
  input: { trainedStaff: number; graduates: number; riskArea: boolean; insuredStaff: number },
): void {
  if (input.trainedStaff > 0) {
    r.line({
      label: '企业职工培训补贴',
      amount: input.trainedStaff * r.v('jiuye.enterpriseTraining'),
      unit: '元',
      how: `${r.show('jiuye.enterpriseTraining')} × ${input.trainedStaff}人`,
      paramIds: ['jiuye.enterpriseTraining'],
    })
  }
  if (input.graduates > 0) {
    r.line({
      label: '一次性扩岗补助',
      amount: input.graduates * r.v('jiuye.expansion'),
      unit: '元',
      how: `${r.show('jiuye.expansion')} × ${input.graduates}人`,
      paramIds: ['jiuye.expansion'],
    })
  }
  if (input.riskArea && input.insuredStaff > 0) {
    r.line({
      label: '一次性留工培训补助',
      amount: input.insuredStaff * r.v('jiuye.retention'),
      unit: '元',
      how: `${r.show('jiuye.retention')} × ${input.insuredStaff}人`,
      paramIds: ['jiuye.retention'],
    })
  }
}
