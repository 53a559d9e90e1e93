// Where to apply and what to bring, per benefit, as the gazette says it. Where the gazette is silent we say so
// instead of guessing.
import { currentEdition, type Tool } from '../tools/editions'
import type { ParamLookup } from '#src/content/rules-in-force'
import { restaurantGasCheck } from '../selfcheck/restaurant-gas'
import { selfBuiltHouseCheck } from '../selfcheck/self-built-house'
export type BenefitId =
  | 'yibao-subsidy'
  | 'yibao-payment'
  | 'pension'
  | 'yulu'
  | 'transport'
  | 'stable'
  | 'hugong'
  | 'tuoguan'
  | 'coal'
  | 'gas-check'
  | 'house-check'
  | 'training'
  | 'workshop'
  | 'startup'

interface GuideBase {
  where: string
  bring: string[]
  /** Why the office to go to is not the one whose phone is printed beside the document. */
  phoneNote?: string
}

/**
 * A benefit's period and document are those of the rule parameter its amount rests on (one source, the same as
 * 补助标准一览: the newest issue's value); a check without an amount has its self-check's campaign and document.
 */
export type Guide = GuideBase & ({ periodParam: string } | { selfCheck: Tool })

const SILENT = '公报没有写要带哪些材料，请先打电话问清楚再去。'

export const GUIDES: Record<BenefitId, Guide> = {
  'yibao-subsidy': {
    periodParam: 'yibao.dibao.subsidy',
    where: '不用另外申请：民政、乡村振兴部门核实名单后报医保部门，由税务部门征收（文件五、（六））。',
    bring: ['资助身份以民政部门（特困、低保）和乡村振兴部门（易返贫致贫、返贫致贫）核实认定的名单为准。'],
  },
  'yibao-payment': {
    periodParam: 'yibao.premium',
    where: '微信“支付—城市服务—社保综合”、7家银行网点和网上渠道、山西省电子税务局、村（社区）社保协办员、支付宝“山西社保”。',
    bring: ['老年、残疾等特殊群体可以在区税务局办税厅用现金缴费。'],
  },
  pension: {
    periodParam: 'jiuye.pension.basic',
    where: '由政府按档次代缴，不发现金（文件四、（四）12）。',
    bring: [SILENT],
  },
  yulu: {
    periodParam: 'nongzi.yulu',
    where: '区教科局（雨露计划项目的责任单位）。',
    bring: [SILENT],
    phoneNote:
      '电话是区乡村振兴局的：公报把它印在涉农资金计划这份文件旁；钱由区教科局发，办理找区教科局（公报没有印区教科局的电话，可以先打这个号码问）。',
  },
  transport: {
    periodParam: 'jiuye.transport.crossProvince',
    where: '所在乡镇（街道）；乡村振兴部门负责落实外出务工交通补贴。',
    bring: [SILENT],
    phoneNote: '电话是区人社局的：公报把它印在就业帮扶方案旁；交通补贴由乡村振兴部门落实，先问乡镇（街道）。',
  },
  stable: {
    periodParam: 'jiuye.stable.monthly',
    where: '所在乡镇（街道）；乡村振兴部门负责落实稳岗补助。',
    bring: [SILENT],
    phoneNote: '电话是区人社局的：公报把它印在就业帮扶方案旁；稳岗补助由乡村振兴部门落实，先问乡镇（街道）。',
  },
  hugong: {
    periodParam: 'hugong.certificate',
    where: '所在乡镇（街道），填写《离石区护工培训就业奖励补助申请表》；每季度统一报区人社局，钱直接打到本人账户。',
    bring: [
      '护工本人身份证、户口本、社保卡原件及复印件',
      '培训合格证、职业资格证书原件及复印件',
      '家政公司或职业介绍公司出具的就业证明（通过公司外出的）',
      '村委会（社区）出具的在外就业证明',
      '上岗期间的工作照片（或视频）、工资发放凭证',
      '家属代办的：代办人身份证、户口本原件及复印件，一寸红底免冠照片二张',
    ],
  },
  tuoguan: {
    periodParam: 'tuoguan.jigeng.subsidy',
    where: '和托管服务组织（或村集体经济组织）签托管服务合同，服务组织只收补助后的差价。',
    bring: ['托管服务合同（写明地块、服务内容、作业时间、标准、验收方式）', '每个环节的作业单要农户核实签字'],
  },
  coal: {
    periodParam: 'coal.price',
    where: '乡镇（街道）指定的供煤点；先由乡镇（街道）摸底登记各户用煤需求。',
    bring: ['到供煤点买煤时，供煤点登记购煤户和数量。'],
  },
  'gas-check': {
    selfCheck: restaurantGasCheck,
    phoneNote: '电话是区工信局的：公报把它印在这份整治方案旁；自查表报区市场监管局。',
    where: '对照自查后填《餐饮场所燃气安全自查自改情况表》《离石区餐饮单位燃气安全使用承诺书》，报区市场监管局。',
    bring: [],
  },
  'house-check': {
    selfCheck: selfBuiltHouseCheck,
    where: '找具备资格的专业机构做房屋安全鉴定；办经营许可前必须取得房屋安全鉴定合格证明。',
    bring: [],
  },
  training: { periodParam: 'jiuye.training.living', where: '区人社局。', bring: [SILENT] },
  workshop: { periodParam: 'jiuye.workshop.monthly', where: '所在乡镇（街道）或区人社局。', bring: [SILENT] },
  startup: { periodParam: 'jiuye.startup.grant', where: '区人社局。', bring: [SILENT] },
}

/** What a household pays rather than gets. */
const PAYMENTS: BenefitId[] = ['yibao-payment', 'coal']

/** The document a benefit rests on: the one citing its parameter's value in force, or its self-check's. */
export function guideDocId(id: BenefitId, param: ParamLookup): string {
  const guide = GUIDES[id]
  return 'periodParam' in guide ? param(guide.periodParam).cite.docId : (currentEdition(guide.selfCheck)?.docIds[0] ?? '')
}

/** The documents whose phones a household with nothing found is offered (benefits with an amount, each once). */
export function askAboutBenefitsDocIds(param: ParamLookup): string[] {
  const ids = (Object.keys(GUIDES) as BenefitId[]).filter((id) => 'periodParam' in GUIDES[id] && !PAYMENTS.includes(id))
  return [...new Set(ids.map((id) => guideDocId(id, param)))]
}
