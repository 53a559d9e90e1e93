// 餐饮场所燃气安全自查 — 离政办发〔2022〕32号 四、整治内容（一）–（七）and 附件1 自查自改情况表.
import { FormReader } from '../calculators/input'
import type { Field } from '../calculators/types'
import { findingList, type SelfCheck } from './types'

const PIPE = ['pipeline', 'both']
const LPG = ['lpg', 'both']
const yes = (key: string, label: string, when?: Field['when']): Field => ({ kind: 'toggle', key, label, when })

const fields: Field[] = [
  {
    kind: 'choice',
    key: 'gasType',
    label: '店里用什么燃气',
    options: [
      { value: 'pipeline', label: '管道燃气' },
      { value: 'lpg', label: '液化石油气（瓶装）' },
      { value: 'both', label: '两种都用' },
    ],
  },
  yes('autoValve', '灶前装了燃气自闭阀门', { key: 'gasType', in: PIPE }),
  yes('steelHose', '灶具用不锈钢波纹管连接', { key: 'gasType', in: PIPE }),
  yes('flameOut', '灶具带自动熄火保护装置', { key: 'gasType', in: PIPE }),
  yes('badHose', '用的是不合格的非金属软管', { key: 'gasType', in: LPG }),
  yes('badCylinder', '用了不合格气瓶或工业丙烷气瓶', { key: 'gasType', in: LPG }),
  yes('adjustableRegulator', '用了不符合国家标准的可调节压力调压表', { key: 'gasType', in: LPG }),
  { kind: 'choice', key: 'cylinderPlace', label: '气瓶放在哪里', options: [{ value: 'kitchen', label: '后厨或专用气瓶间' }, { value: 'dining', label: '就餐的地方' }, { value: 'basement', label: '地下室、半地下室' }], when: { key: 'gasType', in: LPG } },
  { kind: 'amount', key: 'cylinderWeight', label: '店里气瓶加起来大约', unit: '千克', max: 10000, decimals: 0, when: { key: 'gasType', in: LPG } },
  yes('cylinderRoom', '设了专用气瓶间，里面装了燃气泄漏报警器', { key: 'gasType', in: LPG }),
  { kind: 'amount', key: 'hoseLength', label: '连接软管长度', unit: '米', max: 100, decimals: 1 },
  yes('tee', '软管上私接了“三通”'),
  yes('hoseWorn', '软管老化松动，或穿过墙、门窗、顶棚、地面'),
  yes('alarm', '装了燃气泄漏报警器，型号对、位置对、在工作'),
  yes('tableStove', '餐桌上用卡式炉或其他燃气灶具'),
  yes('lngDewar', '用了LNG杜瓦瓶'),
  yes('lng', '用瓶装液化天然气（LNG）'),
  { kind: 'amount', key: 'lngVolume', label: '液化天然气气瓶组总容积', unit: '立方米', max: 100, decimals: 1, when: { key: 'lng', in: [true] } },
  { kind: 'amount', key: 'lngDistance', label: '气瓶组离民用建筑', unit: '米', max: 1000, decimals: 1, when: { key: 'lng', in: [true] } },
]

export const restaurantGasCheck: SelfCheck = {
  id: 'canyin-ranqi',
  title: '餐饮场所燃气安全自查',
  intro: '开饭店、小吃店用燃气的，对照“百日行动”整治内容逐项查一查。',
  docId: 'lzbf2022-32',
  period: { label: '整治行动', start: '2022-09-02', end: '2022-10-20' },
  fields,
  defaults: {
    gasType: 'lpg', autoValve: true, steelHose: true, flameOut: true, badHose: false, badCylinder: false, adjustableRegulator: false,
    cylinderPlace: 'kitchen', cylinderWeight: '50', cylinderRoom: false, hoseLength: '1.5', tee: false, hoseWorn: false, alarm: true,
    tableStove: false, lngDewar: false, lng: false, lngVolume: '0', lngDistance: '0',
  },
  evaluate: (values, param) => {
    const form = new FormReader(fields, values)
    const gasType = form.choice('gasType')
    const pipe = PIPE.includes(gasType)
    const lpg = LPG.includes(gasType)
    const place = lpg ? form.choice('cylinderPlace') : ''
    const weight = form.amount('cylinderWeight')
    const hoseLength = form.amount('hoseLength')
    const lngVolume = form.amount('lngVolume')
    const lngDistance = form.amount('lngDistance')
    if (!form.ok) return { ok: false, errors: form.errors }
    const on = (key: string) => form.toggle(key)
    const v = (id: string) => param(id).value
    const maxHose = v('ranqi.maxHoseLength')
    const roomWeight = v('ranqi.cylinderRoomWeight')
    const { findings, add: fix } = findingList()

    if (pipe) {
      fix(!on('autoValve'), '灶前要装燃气自闭阀门', '管道燃气用户未安装灶前燃气自闭阀门的，要整改', '四、（一）')
      fix(!on('steelHose'), '灶具要用不锈钢波纹管连接', '灶具连接未使用不锈钢波纹管的，要整改', '四、（一）')
      fix(!on('flameOut'), '灶具要带自动熄火保护装置', '灶具未带自动熄火保护装置的，要整改', '四、（一）')
    }
    if (lpg) {
      fix(on('badHose'), '换掉不合格的非金属连接软管', '液化石油气用户使用不合格的非金属连接软管的，要整改', '四、（一）')
      fix(on('badCylinder'), '停用不合格气瓶、工业丙烷气瓶', '使用不合格气瓶，使用工业丙烷气瓶的，要整改', '四、（三）')
      fix(on('adjustableRegulator'), '换成符合国家标准的调压器', '使用不符合国家标准的可调节压力液化石油气调压表的，要整改', '四、（二）')
      fix(place === 'dining', '气瓶不能放在就餐场所内', '在就餐场所内设置液化石油气瓶的，要整改', '四、（五）')
      fix(place === 'basement', '气瓶不能放在地下室、半地下室', '气瓶间违规设置在地下室和半地下室的，要整改', '四、（五）')
      fix(weight > roomWeight && !on('cylinderRoom'), `气瓶总重约${weight}千克，超过${roomWeight}千克，要设专用气瓶间并装燃气泄漏报警器`, param('ranqi.cylinderRoomWeight').cite.words + '，气瓶间未安装燃气泄漏报警器的，要整改', '四、（五）')
    }
    fix(hoseLength > maxHose, `软管${hoseLength}米，超过${maxHose}米，要缩短`, `燃气用户软管长度超过${maxHose}米的，要整改`, '四、（一）')
    fix(on('tee'), '拆掉私接的“三通”', '私接“三通”的，要整改', '四、（一）')
    fix(on('hoseWorn'), '更换老化松动的软管，软管不能穿越墙体、门窗、顶棚和地面', '软管老化松动，软管穿越墙体、门窗、顶棚和地面的，要整改', '四、（一）')
    fix(!on('alarm'), '安装合格的燃气泄漏报警器，气型相符、位置正确、保持工作', '未安装燃气泄漏报警器，报警器质量不达标、适用气型不符、安装位置不正确或不在工作状态的，要整改', '四、（四）')
    fix(on('tableStove'), '餐桌上不能用卡式炉等燃气灶具', '全区餐饮场所餐桌不得使用丙烷、丁烷、液化石油气、天然气卡式炉及其他燃气灶具', '四、（六）')
    fix(on('lngDewar'), '不能使用LNG杜瓦瓶', '不得使用LNG杜瓦瓶', '四、（六）')
    const notes: string[] = []
    if (on('lng')) {
      const rule = param('ranqi.lng.smallDistance').cite.words
      const needed = lngVolume <= v('ranqi.lng.smallVolume') ? v('ranqi.lng.smallDistance') : lngVolume <= v('ranqi.lng.largeVolume') ? v('ranqi.lng.largeDistance') : undefined
      if (needed === undefined) notes.push(`气瓶组总容积超过${v('ranqi.lng.largeVolume')}立方米，整治内容没有写防火间距，请问区消防救援大队或住建局。`)
      else fix(lngDistance < needed, `气瓶组离民用建筑只有${lngDistance}米，至少要${needed}米`, rule, '四、（七）')
      notes.push('用瓶装液化天然气的，应当建立独立的瓶组气化站。')
    }
    notes.push('自查后填《餐饮场所燃气安全自查自改情况表》和《离石区餐饮单位燃气安全使用承诺书》，报区市场监管局。')
    notes.push('一时难以整改的，一律停产停业整顿。这个自查只帮您对照要求，不代表检查合格。')
    return {
      ok: true,
      result: {
        verdict: findings.length > 0 ? `有${findings.length}项要整改` : '按您的回答，没有发现不符合整治要求的地方（这只是自查，不代表检查合格）',
        level: findings.length > 0 ? 'fix' : 'none',
        findings,
        notes,
      },
    }
  },
}
