// 餐饮场所燃气安全自查 — 离政办发〔2022〕32号 四、整治内容（一）–（七）and 附件1 自查自改情况表.
import type { Field } from '../calculators/types'
import { UNSURE } from '../calculators/input'
import { CLEAR, findingList, FOUND, question, readSelfCheck, selfCheckVerdict, type SelfCheck } from './types'

const PIPE = ['pipeline', 'both', UNSURE]
const LPG = ['lpg', 'both', UNSURE]
const pipe = { key: 'gasType', in: PIPE }
const lpg = { key: 'gasType', in: LPG }

// Asked as 附件1 asks them (是否安装燃气自闭阀门 …), each answer saying what it means; who does not know which gas
// the shop uses is asked the questions of both.
const fields: Field[] = [
  {
    kind: 'choice',
    key: 'gasType',
    label: '店里用什么燃气？',
    options: [
      { value: 'pipeline', label: '管道燃气' },
      { value: 'lpg', label: '液化石油气（瓶装）' },
      { value: 'both', label: '两种都用' },
      { value: UNSURE, label: '不清楚' },
    ],
  },
  question(
    'autoValve',
    '灶前装了燃气自闭阀门吗？',
    { 装了: CLEAR, 没装: FOUND },
    { when: pipe, help: '自闭阀门：装在灶前管道上，燃气压力不正常时自动关断的阀门。' },
  ),
  question(
    'steelHose',
    '灶具是用不锈钢波纹管连接的吗？',
    { 是: CLEAR, 不是: FOUND },
    { when: pipe, help: '不锈钢波纹管：一节一节有波纹的金属软管，比橡胶管耐用、不易老化。' },
  ),
  question(
    'flameOut',
    '灶具带自动熄火保护装置吗？',
    { 带: CLEAR, 不带: FOUND },
    { when: pipe, help: '熄火保护：火被风吹灭或被汤浇灭时，灶具自动关气。' },
  ),
  question(
    'nonMetalHose',
    '连接软管有不合格的橡胶管、塑料管吗？',
    { 有: FOUND, 没有: CLEAR },
    { when: lpg, help: '橡胶管、塑料管这类非金属软管，不合格的不能用（整治内容四、（一））。' },
  ),
  question('cylinders', '店里有不合格的气瓶或工业丙烷气瓶吗？', { 有: FOUND, 没有: CLEAR }, { when: lpg }),
  question(
    'regulator',
    '气瓶口的调压表能自己拧着调压力吗？',
    { 能调: FOUND, 不能调: CLEAR },
    {
      when: lpg,
      help: '调压表（调压器、减压阀）：装在气瓶口上、把瓶里的高压气变成灶具用的低压气的部件；能自己拧着调压力的，不符合国家标准（整治内容四、（二））。',
    },
  ),
  {
    kind: 'choice',
    key: 'cylinderPlace',
    label: '气瓶放在哪里？',
    options: [
      { value: 'kitchen', label: '后厨或专用气瓶间' },
      { value: 'dining', label: '就餐的地方' },
      { value: 'basement', label: '地下室、半地下室' },
      { value: UNSURE, label: '不清楚' },
    ],
    when: lpg,
  },
  {
    kind: 'amount',
    key: 'cylinderWeight',
    label: '店里气瓶加起来大约',
    unit: '千克',
    max: 10000,
    plausibleMax: 1000,
    decimals: 0,
    unsure: true,
    when: lpg,
    help: '满瓶的重量加起来；不知道可以问送气的企业。',
  },
  question('cylinderRoom', '店里有装了燃气泄漏报警器的专用气瓶间吗？', { 有: CLEAR, 没有: FOUND }, { when: lpg }),
  { kind: 'amount', key: 'hoseLength', label: '连接软管长度', unit: '米', max: 100, plausibleMax: 20, decimals: 1, unsure: true },
  question('tee', '软管上私接了“三通”吗？', { 接了: FOUND, 没接: CLEAR }, { help: '三通：把一根管分成两路的接头。' }),
  question('hoseWorn', '软管有老化松动，或穿过墙、门窗、顶棚、地面的地方吗？', { 有: FOUND, 没有: CLEAR }),
  question(
    'alarm',
    '装了燃气泄漏报警器吗？',
    { '装了，合格，在工作': CLEAR, '没装，或不合格、不在工作': FOUND },
    { help: '报警器要质量达标、适用的气型相符、装的位置正确，并且一直在工作（整治内容四、（四））。' },
  ),
  question('tableStove', '餐桌上用卡式炉或其他燃气灶具吗？', { 用: FOUND, 不用: CLEAR }),
  question(
    'lngDewar',
    '用LNG杜瓦瓶吗？',
    { 用: FOUND, 不用: CLEAR },
    { help: 'LNG杜瓦瓶：装液化天然气的低温保温钢瓶，餐饮场所不得使用（整治内容四、（六））。' },
  ),
  {
    kind: 'choice',
    key: 'lng',
    label: '用瓶装液化天然气（LNG）吗？',
    options: [
      { value: 'yes', label: '用' },
      { value: 'no', label: '不用' },
      { value: UNSURE, label: '不清楚' },
    ],
  },
  {
    kind: 'amount',
    key: 'lngVolume',
    label: '液化天然气气瓶组总容积',
    unit: '立方米',
    max: 100,
    decimals: 1,
    unsure: true,
    when: { key: 'lng', in: ['yes'] },
  },
  {
    kind: 'amount',
    key: 'lngDistance',
    label: '气瓶组离民用建筑',
    unit: '米',
    max: 1000,
    decimals: 1,
    unsure: true,
    when: { key: 'lng', in: ['yes'] },
  },
]

export const restaurantGasCheck: SelfCheck = {
  id: 'canyin-ranqi',
  title: '餐饮场所燃气安全自查',
  intro: '开饭店、小吃店用燃气的，对照“百日行动”整治内容逐项查一查。每题选和店里一样的说法，不知道的选“不清楚”。',
  paramPrefixes: ['ranqi.'],
  fields,
  askWhom: '不清楚的，可以问给您送气或供气的燃气企业，或打下面这份文件的政策咨询电话（区工信局）问。',
  example: {
    gasType: 'lpg',
    autoValve: CLEAR,
    steelHose: CLEAR,
    flameOut: CLEAR,
    nonMetalHose: CLEAR,
    cylinders: CLEAR,
    regulator: CLEAR,
    cylinderPlace: 'kitchen',
    cylinderWeight: '50',
    cylinderRoom: CLEAR,
    hoseLength: '1.5',
    tee: CLEAR,
    hoseWorn: CLEAR,
    alarm: CLEAR,
    tableStove: CLEAR,
    lngDewar: CLEAR,
    lng: 'no',
    lngVolume: '2',
    lngDistance: '15',
  },
  evaluate: (values, param) => {
    const answers = readSelfCheck(fields, values)
    if (Object.keys(answers.errors).length > 0) return { ok: false, errors: answers.errors }
    const { found, number, choice } = answers
    const v = (id: string) => param(id).value
    const maxHose = v('ranqi.maxHoseLength')
    const roomWeight = v('ranqi.cylinderRoomWeight')
    const { findings, add: fix } = findingList()

    fix(found('autoValve'), '灶前要装燃气自闭阀门', '管道燃气用户未安装灶前燃气自闭阀门的，要整改', '四、（一）')
    fix(found('steelHose'), '灶具要用不锈钢波纹管连接', '灶具连接未使用不锈钢波纹管的，要整改', '四、（一）')
    fix(found('flameOut'), '灶具要带自动熄火保护装置', '灶具未带自动熄火保护装置的，要整改', '四、（一）')
    fix(found('nonMetalHose'), '换掉不合格的非金属连接软管', '液化石油气用户使用不合格的非金属连接软管的，要整改', '四、（一）')
    fix(found('cylinders'), '停用不合格气瓶、工业丙烷气瓶', '使用不合格气瓶，使用工业丙烷气瓶的，要整改', '四、（三）')
    fix(found('regulator'), '换成符合国家标准的调压器', '使用不符合国家标准的可调节压力液化石油气调压表的，要整改', '四、（二）')
    const place = choice('cylinderPlace')
    fix(place === 'dining', '气瓶不能放在就餐场所内', '在就餐场所内设置液化石油气瓶的，要整改', '四、（五）')
    fix(place === 'basement', '气瓶不能放在地下室、半地下室', '气瓶间违规设置在地下室和半地下室的，要整改', '四、（五）')
    const weight = number('cylinderWeight')
    fix(
      weight !== undefined && weight > roomWeight && found('cylinderRoom'),
      `气瓶总重约${weight}千克，超过${roomWeight}千克，要设专用气瓶间并装燃气泄漏报警器`,
      param('ranqi.cylinderRoomWeight').cite.words + '，气瓶间未安装燃气泄漏报警器的，要整改',
      '四、（五）',
    )
    const hoseLength = number('hoseLength')
    fix(
      hoseLength !== undefined && hoseLength > maxHose,
      `软管${hoseLength}米，超过${maxHose}米，要缩短`,
      `燃气用户软管长度超过${maxHose}米的，要整改`,
      '四、（一）',
    )
    fix(found('tee'), '拆掉私接的“三通”', '私接“三通”的，要整改', '四、（一）')
    fix(
      found('hoseWorn'),
      '更换老化松动的软管，软管不能穿越墙体、门窗、顶棚和地面',
      '软管老化松动，软管穿越墙体、门窗、顶棚和地面的，要整改',
      '四、（一）',
    )
    fix(
      found('alarm'),
      '安装合格的燃气泄漏报警器，气型相符、位置正确、保持工作',
      '未安装燃气泄漏报警器，报警器质量不达标、适用气型不符、安装位置不正确或不在工作状态的，要整改',
      '四、（四）',
    )
    fix(
      found('tableStove'),
      '餐桌上不能用卡式炉等燃气灶具',
      '全区餐饮场所餐桌不得使用丙烷、丁烷、液化石油气、天然气卡式炉及其他燃气灶具',
      '四、（六）',
    )
    fix(found('lngDewar'), '不能使用LNG杜瓦瓶', '不得使用LNG杜瓦瓶', '四、（六）')
    const notes: string[] = []
    if (choice('lng') === 'yes') {
      const rule = param('ranqi.lng.smallDistance').cite.words
      const volume = number('lngVolume')
      const distance = number('lngDistance')
      if (volume !== undefined && distance !== undefined) {
        const needed =
          volume <= v('ranqi.lng.smallVolume')
            ? v('ranqi.lng.smallDistance')
            : volume <= v('ranqi.lng.largeVolume')
              ? v('ranqi.lng.largeDistance')
              : undefined
        if (needed === undefined)
          notes.push(`气瓶组总容积超过${v('ranqi.lng.largeVolume')}立方米，整治内容没有写防火间距，请问区消防救援大队或住建局。`)
        else fix(distance < needed, `气瓶组离民用建筑只有${distance}米，至少要${needed}米`, rule, '四、（七）')
      }
      notes.push('用瓶装液化天然气的，应当建立独立的瓶组气化站。')
    }
    notes.push('自查后填《餐饮场所燃气安全自查自改情况表》和《离石区餐饮单位燃气安全使用承诺书》，报区市场监管局。')
    notes.push('一时难以整改的，一律停产停业整顿。这个自查只帮您对照要求，不代表检查合格。')
    const verdict = selfCheckVerdict(
      findings,
      answers.unanswered,
      answers.unsure,
      '按您的回答，没有发现不符合整治要求的地方（这只是自查，不代表检查合格）',
    )
    return { ok: true, result: { ...verdict, findings, unanswered: answers.unanswered, unsure: answers.unsure, notes } }
  },
}
