// 液化石油气 打非治违 — 离政办发〔2022〕30号 三、排查整治内容（三）使用环节、（四）打非治违; 五、（一）举报.
// What a household or shop can check about its gas cylinders, and what to report.
import { FormReader } from '../calculators/input'
import type { Field } from '../calculators/types'
import { findingList, type SelfCheck } from './types'

const fields: Field[] = [
  { kind: 'choice', key: 'ownCylinder', label: '气瓶是正规供气企业自己的钢瓶吗', options: [{ value: 'yes', label: '是' }, { value: 'no', label: '不是' }, { value: 'unknown', label: '不清楚' }] },
  { kind: 'choice', key: 'inDate', label: '气瓶在检验有效期内、没到报废年限吗', options: [{ value: 'yes', label: '是' }, { value: 'no', label: '不是' }, { value: 'unknown', label: '不清楚' }] },
  { kind: 'toggle', key: 'tag', label: '气瓶上有条形码、二维码等信息标识' },
  { kind: 'toggle', key: 'flameOut', label: '灶具有熄火保护装置' },
  { kind: 'toggle', key: 'parts', label: '减压阀、金属波纹软管符合国家标准，没有超期使用' },
  { kind: 'toggle', key: 'illegalOffer', label: '有人上门倒气、卖来路不明的气，或气里可能掺了二甲醚' },
]

export const lpgCheck: SelfCheck = {
  id: 'yehuaqi',
  title: '液化气“打非治违”：看看您家的气瓶',
  intro: '认一认“黑气瓶”、非法充装和倒气，知道用户不能做什么、发现了怎么举报。',
  docId: 'lzbf2022-30',
  period: { label: '专项整治时间', start: '2022-07-01', end: '2022-09-30' },
  fields,
  defaults: { ownCylinder: 'yes', inDate: 'yes', tag: true, flameOut: true, parts: true, illegalOffer: false },
  evaluate: (values) => {
    const form = new FormReader(fields, values)
    const own = form.choice('ownCylinder')
    const inDate = form.choice('inDate')
    if (!form.ok) return { ok: false, errors: form.errors }
    const on = (key: string) => form.toggle(key)
    const { findings, add } = findingList()
    add(own === 'no', '不是供气企业自有的钢瓶，检查时会被没收，要换成合法瓶装液化石油气企业的自有钢瓶', '遇到非自有钢瓶的用户立即没收，责令更换合法瓶装液化石油气企业的自有钢瓶', '三、（三）')
    add(inDate === 'no', '停用超期未检、达到报废年限的钢瓶', '排查治理用户使用超期未检钢瓶、达到报废使用年限钢瓶、不合格钢瓶', '三、（三）')
    add(!on('tag'), '没有条形码、二维码等信息标识的钢瓶属于标记不符合规定，会被追溯、移送处理', '标记不符合规定（特别是无条形码、二维码等信息标识）的钢瓶进行追溯（离政办发〔2022〕32号 五、（四））', '三、（三）')
    add(!on('flameOut'), '换用有熄火保护装置的燃气灶具', '排查治理销售使用无熄火保护装置的燃气燃烧器具', '三、（三）')
    add(!on('parts'), '更换不符合国家标准或超期使用的减压阀、金属波纹软管', '排查治理不符合国家标准的减压阀和金属波纹软管，超期使用燃气燃烧器具和金属波纹软管', '三、（三）')
    const report = on('illegalOffer')
    add(report, '这是违法行为，请向住建局或公安机关反映，不要买、不要用', '非法充装、非法倒气、非法储存、“黑气瓶”、掺混二甲醚等违法违规行为', '三、（四）')
    const notes = [
      '非法充装、非法倒气、非法储存、“黑气瓶”、掺混二甲醚都是这次专项行动重点打击的违法行为。',
      '定期查看减压阀接口、软管和灶具连接处这些容易漏气的地方。',
      '方案要求设立并公布有奖举报电话，但公报里没有印出号码；可以先打区住建局的政策咨询电话反映。',
    ]
    if (own === 'unknown' || inDate === 'unknown') notes.push('不清楚气瓶情况的，可以问给您送气的企业，或打区住建局电话问。')
    return {
      ok: true,
      result: {
        verdict: report ? '发现违法行为，请举报' : findings.length > 0 ? `有${findings.length}项要处理` : '按您的回答，没有发现问题（这只是自查）',
        level: report ? 'report' : findings.length > 0 ? 'fix' : 'none',
        findings,
        notes,
      },
    }
  },
}
