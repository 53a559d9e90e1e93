// 自建房安全自查 — 离政办发〔2022〕31号 四、主要任务（一）2 排查内容、（二）“百日行动”、（三）2 安全鉴定、
// （三）4 切坡、（四）1 严控增量、（四）3 日常巡查. It says whether 安全鉴定 is required — never that a house is safe.
import { param } from '#src/content/rules-in-force'
import { UNSURE } from '../calculators/input'
import type { Field } from '../calculators/types'
import { CLEAR, findingList, FOUND, question, readSelfCheck, selfCheckVerdict, type SelfCheck } from './types'

const fields: Field[] = [
  { kind: 'count', key: 'floors', label: '房子有几层', unit: '层', max: 50, plausibleMax: 10, unsure: true },
  {
    kind: 'choice',
    key: 'use',
    label: '房子怎么用？',
    options: [
      { value: 'home', label: '只自己住' },
      { value: 'business', label: '用来经营（开店、旅馆、出租、办厂、办学等）' },
      { value: UNSURE, label: '不清楚' },
    ],
  },
  question('span6', `有${param('zijianfang.keySpan').value}米以上的大跨度（大开间、大厅）吗？`, { 有: FOUND, 没有: CLEAR }),
  question('complex', '结构形式复杂吗？', { 复杂: FOUND, 不复杂: CLEAR }),
  question('altered', '加建、改建、扩建过吗？', { 有过: FOUND, 没有: CLEAR }),
  question('crowded', '经常有很多人聚集吗（人员密集）？', { 经常有: FOUND, 没有: CLEAR }),
  question(
    'geoHazard',
    '房子在地质灾害易发区吗？',
    { 在: FOUND, 不在: CLEAR },
    { help: '地质灾害易发区：容易发生滑坡、崩塌、泥石流、地面塌陷的地方，乡镇（街道）和区自然资源局知道范围。' },
  ),
  question('cutSlope', '建房时切过坡吗？', { 切过: FOUND, 没有: CLEAR }, { help: '切坡：为了盖房把山坡挖掉一块。' }),
  question('design', '房子有设计图、是有资质的专业单位设计的吗？', { 是: CLEAR, '不是，或没有设计图': FOUND }),
  question('builder', '房子是有资质的施工单位或培训合格的农村建筑工匠建的吗？', { 是: CLEAR, 不是: FOUND }),
  question(
    'structureChanged',
    '房子有年久失修，或装修时改过承重结构的情况吗？',
    { 有: FOUND, 没有: CLEAR },
    { help: '承重结构：撑着房子的墙、柱、梁、楼板，拆了或改了会影响安全。' },
  ),
]

export const selfBuiltHouseCheck: SelfCheck = {
  id: 'zijianfang',
  title: '自建房安全自查',
  intro: '对照自建房安全专项整治的排查内容，看看您的房子要不要做安全鉴定、该找谁。不知道的选“不清楚”。',
  paramPrefixes: ['zijianfang.'],
  fields,
  askWhom: '不清楚的，可以问村（社区）或乡镇（街道），或打下面这份文件的政策咨询电话（区住建局）问。',
  example: {
    floors: '2',
    use: 'home',
    span6: CLEAR,
    complex: CLEAR,
    altered: CLEAR,
    crowded: CLEAR,
    geoHazard: CLEAR,
    cutSlope: CLEAR,
    design: CLEAR,
    builder: CLEAR,
    structureChanged: CLEAR,
  },
  evaluate: (values, lookup) => {
    const answers = readSelfCheck(fields, values)
    if (answers.number('floors') === 0) answers.errors.floors = '房子层数至少是1层'
    if (Object.keys(answers.errors).length > 0) return { ok: false, errors: answers.errors }
    const { found, choice } = answers
    const floors = answers.number('floors')
    const business = choice('use') === 'business'
    const { findings, add } = findingList()

    add(
      business,
      '必须请具备资格能力的专业机构做房屋安全鉴定，出具鉴定报告',
      '对所有用作经营场所的自建房，必须由具备资格能力的专业机构进行房屋安全鉴定',
      '四、（三）2',
    )
    add(
      business,
      '办经营许可、开展经营活动前，必须取得房屋安全鉴定合格证明',
      '房屋产权人（使用人）在办理相关经营许可、开展经营活动前必须依法依规取得房屋安全鉴定合格证明',
      '四、（四）1',
    )
    const keyFloors = lookup('zijianfang.keyFloors').value
    const keyTarget =
      (floors !== undefined && floors >= keyFloors) || found('span6') || found('complex') || found('altered') || found('crowded')
    add(business && keyTarget, '属于“百日行动”重点排查的经营性自建房', lookup('zijianfang.keyFloors').cite.words, '四、（二）')
    add(
      found('geoHazard') || found('cutSlope'),
      '房子选址有风险（地质灾害易发区或切坡建房），请乡镇（街道）组织专业人员查看',
      '因建房切坡造成地质灾害隐患的，要采取地质灾害工程治理、避让搬迁等措施',
      '四、（三）4',
    )
    add(
      found('design') || found('builder'),
      '没有专业设计或不是有资质的单位、培训合格的工匠建的，是结构安全排查的重点',
      '排查自建房是否有设计图，设计图是否由具有资质的专业单位设计，是否由具有资质的专业施工单位或培训合格的农村建筑工匠建设',
      '四、（一）2（2）',
    )
    add(
      found('structureChanged'),
      '年久失修或改过承重结构，是使用安全排查的重点',
      '排查自建房是否年久失修、改变承重结构装修',
      '四、（一）2（2）',
    )

    const notes = [
      '这个自查不能判断房子是否安全，只能帮您对照要求。是否安全要由乡镇（街道）组织排查、专业机构鉴定。',
      '房屋产权人（使用人）是房屋安全第一责任人，要定期检查；发现异常情况，立即组织人员撤离。',
    ]
    if (values.geoHazard === UNSURE) notes.push('是否在地质灾害易发区，可以问乡镇（街道）或区自然资源局。')
    if (choice('use') === 'home')
      notes.push('自住的房子：由乡镇（街道）组织排查，初步判定有严重安全隐患的，立即停用并疏散，再由专业机构鉴定。')
    const newBuildFloors = lookup('zijianfang.newBuildFloors').value
    if (floors !== undefined && floors >= newBuildFloors)
      notes.push(`农村${newBuildFloors}层及以上新建房屋，必须依法依规经过专业设计和专业施工（四、（四）1）。`)
    const verdict = business
      ? selfCheckVerdict(findings, answers.unanswered, answers.unsure, '', 'required', '用作经营的自建房：必须做房屋安全鉴定')
      : selfCheckVerdict(
          findings,
          answers.unanswered,
          answers.unsure,
          '自住房：按您的回答没有发现要重点排查的情况；仍要配合乡镇（街道）排查',
          'fix',
          `有${findings.length}项需要重点排查，请联系乡镇（街道）`,
        )
    return { ok: true, result: { ...verdict, findings, unanswered: answers.unanswered, unsure: answers.unsure, notes } }
  },
}
