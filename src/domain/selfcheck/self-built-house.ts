// 自建房安全自查 — 离政办发〔2022〕31号 四、主要任务（一）2 排查内容、（二）“百日行动”、（三）2 安全鉴定、
// （三）4 切坡、（四）1 严控增量、（四）3 日常巡查. It says whether 安全鉴定 is required — never that a house is safe.
import { param } from '../../content/rules'
import { FormReader } from '../calculators/input'
import type { Field } from '../calculators/types'
import { findingList, type SelfCheck } from './types'

const yes = (key: string, label: string): Field => ({ kind: 'toggle', key, label })

const fields: Field[] = [
  { kind: 'count', key: 'floors', label: '房子有几层', unit: '层', max: 50 },
  yes('business', '用来经营（开店、旅馆、出租、办厂、办学等）'),
  yes('span6', `有${param('zijianfang.keySpan').value}米以上的大跨度（大开间、大厅）`),
  yes('complex', '结构形式复杂'),
  yes('altered', '加建、改建、扩建过'),
  yes('crowded', '经常很多人聚集（人员密集）'),
  { kind: 'choice', key: 'geoHazard', label: '在地质灾害易发区吗', options: [{ value: 'yes', label: '在' }, { value: 'no', label: '不在' }, { value: 'unknown', label: '不清楚' }] },
  yes('cutSlope', '建房时切过坡'),
  yes('design', '有设计图，由有资质的专业单位设计'),
  yes('builder', '由有资质的施工单位或培训合格的农村建筑工匠建的'),
  yes('structureChanged', '年久失修，或装修时改过承重结构'),
]

export const selfBuiltHouseCheck: SelfCheck = {
  id: 'zijianfang',
  title: '自建房安全自查',
  intro: '对照自建房安全专项整治的排查内容，看看您的房子要不要做安全鉴定、该找谁。',
  docId: 'lzbf2022-31',
  period: { label: '重点鉴定', start: '2022-06-01', end: '2022-11-30', source: '2022年6月-11月' },
  fields,
  defaults: { floors: '2', business: false, span6: false, complex: false, altered: false, crowded: false, geoHazard: 'no', cutSlope: false, design: true, builder: true, structureChanged: false },
  evaluate: (values, lookup) => {
    const form = new FormReader(fields, values)
    const floors = form.count('floors')
    const geoHazard = form.choice('geoHazard')
    if (!form.ok) return { ok: false, errors: form.errors }
    if (floors === 0) return { ok: false, errors: { floors: '请填写房子有几层' } }
    const on = (key: string) => form.toggle(key)
    const business = on('business')
    const { findings, add } = findingList()

    add(business, '必须请具备资格能力的专业机构做房屋安全鉴定，出具鉴定报告', '对所有用作经营场所的自建房，必须由具备资格能力的专业机构进行房屋安全鉴定', '四、（三）2')
    add(business, '办经营许可、开展经营活动前，必须取得房屋安全鉴定合格证明', '房屋产权人（使用人）在办理相关经营许可、开展经营活动前必须依法依规取得房屋安全鉴定合格证明', '四、（四）1')
    const keyFloors = lookup('zijianfang.keyFloors').value
    const keyTarget = floors >= keyFloors || on('span6') || on('complex') || on('altered') || on('crowded')
    add(business && keyTarget, '属于“百日行动”重点排查的经营性自建房', lookup('zijianfang.keyFloors').cite.words, '四、（二）')
    add(geoHazard === 'yes' || on('cutSlope'), '房子选址有风险（地质灾害易发区或切坡建房），请乡镇（街道）组织专业人员查看', '因建房切坡造成地质灾害隐患的，要采取地质灾害工程治理、避让搬迁等措施', '四、（三）4')
    add(!on('design') || !on('builder'), '没有专业设计或不是有资质的单位、培训合格的工匠建的，是结构安全排查的重点', '排查自建房是否有设计图，设计图是否由具有资质的专业单位设计，是否由具有资质的专业施工单位或培训合格的农村建筑工匠建设', '四、（一）2（2）')
    add(on('structureChanged'), '年久失修或改过承重结构，是使用安全排查的重点', '排查自建房是否年久失修、改变承重结构装修', '四、（一）2（2）')

    const notes = [
      '这个自查不能判断房子是否安全，只能帮您对照要求。是否安全要由乡镇（街道）组织排查、专业机构鉴定。',
      '房屋产权人（使用人）是房屋安全第一责任人，要定期检查；发现异常情况，立即组织人员撤离。',
    ]
    if (geoHazard === 'unknown') notes.push('是否在地质灾害易发区，可以问乡镇（街道）或区自然资源局。')
    if (!business) notes.push('自住的房子：由乡镇（街道）组织排查，初步判定有严重安全隐患的，立即停用并疏散，再由专业机构鉴定。')
    const newBuildFloors = lookup('zijianfang.newBuildFloors').value
    if (floors >= newBuildFloors) notes.push(`农村${newBuildFloors}层及以上新建房屋，必须依法依规经过专业设计和专业施工（四、（四）1）。`)
    return {
      ok: true,
      result: {
        verdict: business ? '用作经营的自建房：必须做房屋安全鉴定' : findings.length > 0 ? `有${findings.length}项需要重点排查，请联系乡镇（街道）` : '自住房：按要求配合乡镇（街道）排查',
        level: business ? 'required' : findings.length > 0 ? 'fix' : 'none',
        findings,
        notes,
      },
    }
  },
}
