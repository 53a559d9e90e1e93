// 液化石油气 打非治违 — 离政办发〔2022〕30号 三、排查整治内容（三）使用环节、（四）打非治违; 五、（一）举报.
// What a household or shop can check about its gas cylinders, and what to report.
import type { Field } from '../calculators/types'
import { CLEAR, findingList, FOUND, question, readSelfCheck, selfCheckVerdict, type SelfCheck } from './types'

const fields: Field[] = [
  question(
    'ownCylinder',
    '气瓶是正规供气企业自有的钢瓶吗？',
    { 是: CLEAR, '不是，或不知道哪来的': FOUND },
    { help: '自有钢瓶：瓶身印着供气企业名称、归企业所有的钢瓶；来路不明的叫“黑气瓶”。' },
  ),
  question('outOfDate', '气瓶有超过检验有效期，或到了报废年限的吗？', { 有: FOUND, 没有: CLEAR }),
  question('tag', '气瓶上有条形码、二维码等信息标识吗？', { 有: CLEAR, 没有: FOUND }),
  question('flameOut', '灶具有熄火保护装置吗？', { 有: CLEAR, 没有: FOUND }, { help: '熄火保护：火灭了会自动关气的装置。' }),
  question(
    'parts',
    '减压阀、金属波纹软管符合国家标准、在使用期限内吗？',
    { 符合: CLEAR, '不符合，或超期使用': FOUND },
    { help: '减压阀：装在气瓶口、把高压气变成低压气的部件。' },
  ),
  question(
    'illegalOffer',
    '有人上门倒气、卖来路不明的气，或气里可能掺了二甲醚吗？',
    { 有: FOUND, 没有: CLEAR },
    { help: '倒气：把一个瓶里的气灌到另一个瓶里，是违法的。' },
  ),
]

export const lpgCheck: SelfCheck = {
  id: 'yehuaqi',
  title: '液化气“打非治违”：看看您家的气瓶',
  intro: '家里、店里用瓶装液化气的，认一认“黑气瓶”、非法充装和倒气，知道用户不能做什么、发现了怎么举报。不知道的选“不清楚”。',
  paramPrefixes: [],
  fields,
  askWhom: '不清楚气瓶情况的，可以问给您送气的企业，或打下面区住建局的电话问。',
  example: { ownCylinder: CLEAR, outOfDate: CLEAR, tag: CLEAR, flameOut: CLEAR, parts: CLEAR, illegalOffer: CLEAR },
  evaluate: (values) => {
    const answers = readSelfCheck(fields, values)
    const { found } = answers
    const { findings, add } = findingList()
    add(
      found('ownCylinder'),
      '不是供气企业自有的钢瓶，检查时会被没收，要换成合法瓶装液化石油气企业的自有钢瓶',
      '遇到非自有钢瓶的用户立即没收，责令更换合法瓶装液化石油气企业的自有钢瓶',
      '三、（三）',
    )
    add(
      found('outOfDate'),
      '停用超期未检、达到报废年限的钢瓶',
      '排查治理用户使用超期未检钢瓶、达到报废使用年限钢瓶、不合格钢瓶',
      '三、（三）',
    )
    add(
      found('tag'),
      '没有条形码、二维码等信息标识的钢瓶属于标记不符合规定，会被追溯、移送处理',
      '标记不符合规定（特别是无条形码、二维码等信息标识）的钢瓶进行追溯（离政办发〔2022〕32号 五、（四））',
      '三、（三）',
    )
    add(found('flameOut'), '换用有熄火保护装置的燃气灶具', '排查治理销售使用无熄火保护装置的燃气燃烧器具', '三、（三）')
    add(
      found('parts'),
      '更换不符合国家标准或超期使用的减压阀、金属波纹软管',
      '排查治理不符合国家标准的减压阀和金属波纹软管，超期使用燃气燃烧器具和金属波纹软管',
      '三、（三）',
    )
    const report = found('illegalOffer')
    add(
      report,
      '这是违法行为，请向住建局或公安机关反映，不要买、不要用',
      '非法充装、非法倒气、非法储存、“黑气瓶”、掺混二甲醚等违法违规行为',
      '三、（四）',
    )
    const notes = [
      '非法充装、非法倒气、非法储存、“黑气瓶”、掺混二甲醚都是这次专项行动重点打击的违法行为。',
      '定期查看减压阀接口、软管和灶具连接处这些容易漏气的地方。',
      '方案要求设立并公布有奖举报电话，但公报里没有印出号码；可以先打区住建局的政策咨询电话反映。',
    ]
    const verdict = report
      ? selfCheckVerdict(findings, answers.unanswered, answers.unsure, '', 'report', '发现违法行为，请举报')
      : selfCheckVerdict(
          findings,
          answers.unanswered,
          answers.unsure,
          '按您的回答，没有发现问题（这只是自查）',
          'fix',
          `有${findings.length}项要处理`,
        )
    return { ok: true, result: { ...verdict, findings, unanswered: answers.unanswered, unsure: answers.unsure, notes } }
  },
}
