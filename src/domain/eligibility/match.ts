// 我能领什么: from a household's answers, every benefit that applies, with its amount from the same
// calculators the calculator pages use (never a second copy of a rule), the reason, and near misses.
// What the household pays (医保 contribution, coal at the subsidised price) is kept apart from what it gets.
import type { DateWindow } from '../../content/types'
import { listValues, type ParamLookup } from '../../content/rules'
import { caregiverCalculator } from '../calculators/caregiver'
import { cleanCoalCalculator } from '../calculators/clean-coal'
import { employmentWorkerCalculator } from '../calculators/employment-worker'
import { farmTrusteeshipCalculator } from '../calculators/farm-trusteeship'
import { medicalInsuranceCalculator } from '../calculators/medical-insurance'
import { yuluToiletCalculator } from '../calculators/agri-funds'
import { FormReader, numberValue } from '../calculators/input'
import { restaurantGasCheck } from '../selfcheck/restaurant-gas'
import { selfBuiltHouseCheck } from '../selfcheck/self-built-house'
import { isFieldShown, type CalcResult, type Calculator, type FieldErrors, type FormValues } from '../calculators/types'
import { allQuestionFields, questions, type Question } from './questions'
import { GUIDES, type BenefitId } from './guides'

/** cash: money paid to you; saving: what the government pays for you; pay: what you pay; info: a check to do. */
export type BenefitKind = 'cash' | 'saving' | 'pay' | 'info'

export interface Benefit {
  id: BenefitId
  title: string
  amount?: number
  unit: string
  kind: BenefitKind
  reason: string
  docId: string
  calculatorId?: string
  selfCheckId?: string
  /** The period of this benefit's own standard (the same one 补助标准一览 shows). */
  period: DateWindow
}

export interface NearMiss {
  id: BenefitId
  text: string
  docId: string
  calculatorId?: string
}

export interface Eligibility {
  /** Money paid to the household or paid for it (cash, saving). */
  benefits: Benefit[]
  /** What the household pays (kind pay): never listed with the benefits. */
  payments: Benefit[]
  /** Checks to do (kind info). */
  tasks: Benefit[]
  nearMisses: NearMiss[]
  cashTotal: number
  savingTotal: number
}

export type EligibilityOutcome = { ok: true; result: Eligibility } | { ok: false; errors: FieldErrors }

/** Errors in the fields of one question (shown before moving on): unanswered or invalid. */
export function questionErrors(question: Question, values: FormValues): FieldErrors {
  const form = new FormReader(question.fields, values)
  for (const field of question.fields) {
    if (field.kind === 'count' || field.kind === 'amount') form.amount(field.key)
    else if (field.kind === 'choice') form.choice(field.key)
    else form.toggle(field.key)
  }
  return form.ok && question.check ? question.check(values) : form.errors
}

/** A question with no field to answer (all hidden by earlier answers) is skipped. */
export function isQuestionShown(question: Question, values: FormValues): boolean {
  return question.fields.some((field) => isFieldShown(field, values))
}

/** The index of the next (or previous) question that applies, or questions.length for the result. */
export function nextQuestion(from: number, values: FormValues, direction: 1 | -1): number {
  let index = from + direction
  while (index >= 0 && index < questions.length && !isQuestionShown(questions[index], values)) index += direction
  return Math.max(0, Math.min(index, questions.length))
}

function computed(calculator: Calculator, values: FormValues, param: ParamLookup): CalcResult | undefined {
  const outcome = calculator.compute(values, param)
  return outcome.ok ? outcome.result : undefined
}

function totalOf(result: CalcResult | undefined, label: string): number {
  return result?.totals.find((total) => total.label.startsWith(label))?.amount ?? 0
}

/** 就业帮扶（个人）with only the answers given here; every other question of that calculator answered 否. */
function workerValues(values: FormValues): FormValues {
  return { status: 'other', destination: 'none', startup: false, insured: false, pensionGroup: false, ...values }
}

function periodOf(id: BenefitId, param: ParamLookup): DateWindow {
  const guide = GUIDES[id]
  if ('period' in guide) return guide.period
  const { from, to } = param(guide.periodParam).period
  return { label: '本项标准适用', start: from, end: to }
}

const MEMBER_KINDS = [
  ['tekun', '特困人员'],
  ['dibao', '低保对象'],
  ['yifanpin', '易返贫致贫人口'],
  ['fanpin', '返贫致贫人口'],
] as const

export function checkEligibility(values: FormValues, param: ParamLookup): EligibilityOutcome {
  const errors: FieldErrors = {}
  for (const question of questions) Object.assign(errors, questionErrors(question, values))
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const found: Benefit[] = []
  const nearMisses: NearMiss[] = []
  const fieldOf = new Map(allQuestionFields.map((field) => [field.key, field]))
  const n = (key: string) => {
    const field = fieldOf.get(key)
    return field && (field.kind === 'count' || field.kind === 'amount') && isFieldShown(field, values) ? numberValue(field, values[key]) ?? 0 : 0
  }
  const household = values.householdType
  const targeted = household === 'tuopin' || household === 'jiance'
  const householdName = household === 'tuopin' ? '脱贫户' : '监测户'
  const add = (benefit: Omit<Benefit, 'period' | 'docId'>) => found.push({ ...benefit, docId: GUIDES[benefit.id].docId, period: periodOf(benefit.id, param) })
  const hint = (id: BenefitId, text: string, calculatorId?: string) => nearMisses.push({ id, text, docId: GUIDES[id].docId, calculatorId })

  // 医保 — 离政办发〔2022〕34号 三、资助标准
  const members = ['ordinary', ...MEMBER_KINDS.map(([key]) => key)].reduce((sum, key) => sum + n(key), 0)
  if (members > 0) {
    const counts = Object.fromEntries(['ordinary', ...MEMBER_KINDS.map(([key]) => key)].map((key) => [key, String(n(key))]))
    const insurance = computed(medicalInsuranceCalculator, counts, param)
    const special = MEMBER_KINDS.filter(([key]) => n(key) > 0).map(([key, name]) => `${name}${n(key)}人`)
    const subsidy = totalOf(insurance, '政府资助合计')
    if (subsidy > 0) {
      add({ id: 'yibao-subsidy', title: '城乡居民医保资助', amount: subsidy, unit: '元', kind: 'saving', reason: `因为家中有${special.join('、')}，个人少交或不交，差额由医疗救助资金资助。`, calculatorId: 'yibao' })
    }
    add({ id: 'yibao-payment', title: `城乡居民医保：全家${members}人要交`, amount: totalOf(insurance, '全家个人要交'), unit: '元', kind: 'pay', reason: '除职工医保参保人员外，城乡居民都要参保，以户为单位缴费。', calculatorId: 'yibao' })
  }

  // 养老保险代缴 — 离政办发〔2022〕26号 四、（四）12: only for people still paying premiums.
  const pensionPayers = n('pensionPayers')
  if (pensionPayers > 0) {
    const pension = computed(employmentWorkerCalculator, workerValues({ pensionGroup: true }), param)
    add({
      id: 'pension',
      title: '城乡居民养老保险代缴（每年）',
      amount: totalOf(pension, '政府每年替您交的养老保险费') * pensionPayers,
      unit: '元',
      kind: 'saving',
      reason: `因为家里有${pensionPayers}位低保对象、特困人员、返贫致贫人口或重度残疾人还在交城乡居民养老保险费，政府每人每年代缴保费（已经领养老金的不算）。`,
      calculatorId: 'jiuye-geren',
    })
  }

  // 雨露计划 — 离政发〔2022〕33号 附件第33、34项
  const students = n('students')
  if (students > 0) {
    if (household === 'tuopin') {
      const yulu = computed(yuluToiletCalculator, { tuopin: true, students: String(students) }, param)
      add({ id: 'yulu', title: '雨露计划助学补助', amount: totalOf(yulu, '合计'), unit: '元', kind: 'cash', reason: `因为家里是脱贫户，有${students}人在读中职中技或高职高专。`, calculatorId: 'yulu-gaice' })
    } else {
      hint('yulu', `雨露计划只补建档立卡脱贫家庭在读中职中技、高职高专的学生；若家里是脱贫户，每名学生每年可补助${param('nongzi.yulu').value}元。`, 'yulu-gaice')
    }
  }

  // 外出务工 — 离政办发〔2022〕26号 四、（一）1
  const destination = values.destination
  if (destination === 'crossProvince' || destination === 'inProvince') {
    const workers = n('workersAway')
    const work = { status: targeted ? household : 'other', destination, monthsAway: values.monthsAway, wage: values.wage }
    const worked = computed(employmentWorkerCalculator, workerValues(work), param)
    if (!targeted) hint('transport', '外出务工的交通补贴和稳岗奖补只给脱贫户、监测户劳动力。', 'jiuye-geren')
    for (const line of worked?.lines ?? []) {
      const id: BenefitId = line.label.includes('交通补贴') ? 'transport' : 'stable'
      const reason =
        id === 'transport'
          ? `因为家里是${householdName}，有${workers}人${destination === 'crossProvince' ? '跨省' : '在省内县外'}务工（每年一次）。`
          : `因为连续外出务工${n('monthsAway')}个月、月工资约${n('wage')}元，满足条件。`
      add({ id, title: workers > 1 ? `${line.label}（${workers}人）` : line.label, amount: line.amount * workers, unit: '元', kind: 'cash', reason, calculatorId: 'jiuye-geren' })
    }
    if (targeted && !worked?.lines.some((line) => line.label.includes('稳岗'))) {
      const minMonths = param('jiuye.stable.minMonths').value
      const minWage = param('jiuye.stable.minWage').value
      const hypothetical = computed(employmentWorkerCalculator, workerValues({ ...work, monthsAway: String(Math.max(n('monthsAway'), minMonths)), wage: String(Math.max(n('wage'), minWage)) }), param)
      const extra = totalOf(hypothetical, '可以领的补贴合计') - totalOf(worked, '可以领的补贴合计')
      if (extra > 0) hint('stable', `若连续外出务工满${minMonths}个月、月工资达到${minWage}元以上，每人还可领稳岗奖补${extra}元。`, 'jiuye-geren')
    }
  }

  // 就业帮扶 the questions do not ask about — 离政办发〔2022〕26号 四、（二）5、（二）7、（三）9: hints for 脱贫户、监测户.
  if (targeted) {
    hint('training', `家里的劳动力没有工作期间参加职业技能培训的，培训期间每人每天还有${param('jiuye.training.living').value}元生活费补贴。`, 'jiuye-geren')
    hint('workshop', `在帮扶车间上班、签了半年以上劳动合同的，按实际工作月数每人每月${param('jiuye.workshop.monthly').value}元稳岗补贴。`, 'jiuye-geren')
    hint('startup', `返乡自主创业的，一次性创业补贴${param('jiuye.startup.grant').value}元，创业场租补贴每年${param('jiuye.startup.rent').value}元。`, 'jiuye-geren')
  }

  // 吕梁山护工 — 离政办发〔2022〕29号 二、
  if (values.caregiver === 'certified' || values.caregiver === 'certifiedOutside') {
    const outside = values.caregiver === 'certifiedOutside'
    const care = computed(caregiverCalculator, { selected: true, certificate: true, outside }, param)
    add({ id: 'hugong', title: '吕梁山护工培训就业奖补', amount: totalOf(care, '一共能领'), unit: '元', kind: 'cash', reason: outside ? '因为参加护工培训拿到合格证，并在区外上岗。' : '因为参加护工培训拿到了合格证。', calculatorId: 'hugong' })
    if (!outside) {
      const extra = totalOf(computed(caregiverCalculator, { selected: true, certificate: true, outside: true }, param), '一共能领') - totalOf(care, '一共能领')
      hint('hugong', `若到离石区以外就业上岗，还可再领${extra}元。`, 'hugong')
    }
  }

  // 农业生产托管 — 离政办发〔2022〕33号 四、（四）
  if (values.farm === 'yes') {
    const chosen = [values.plough, values.sow, values.harvest].filter((service) => service !== 'none')
    const farmValues = { crop: values.crop, area: values.area, plough: values.plough, sow: values.sow, harvest: values.harvest }
    // 离政办发〔2022〕33号 二、: the 2022 pilot townships.
    const pilot = listValues('tuoguan.pilotTownships').includes(String(values.township))
    const where = pilot ? `您所在的${values.township}是2022年托管试点乡镇（街道）。` : ''
    if (chosen.length > 0) {
      const farm = computed(farmTrusteeshipCalculator, farmValues, param)
      add({ id: 'tuoguan', title: '农业生产托管补助', amount: totalOf(farm, '财政补助'), unit: '元', kind: 'saving', reason: `因为${n('area')}亩粮食作物交给服务组织托管，服务费里政府补一部分，您只付差价${totalOf(farm, '农户要付')}元。${where}`, calculatorId: 'tuoguan-nonghu' })
    } else {
      const sample = computed(farmTrusteeshipCalculator, { ...farmValues, plough: 'jigeng', sow: 'jibo', harvest: 'jishou' }, param)
      hint('tuoguan', `若把耕、种、收交给托管服务组织（如机耕、机播、机收），${n('area')}亩可补助约${totalOf(sample, '财政补助')}元。${where}`, 'tuoguan-nonghu')
    }
  }

  // 冬季清洁煤 — 离政办发〔2022〕36号 二、供煤范围: coal bought at the subsidised price is a payment, not a benefit.
  if (values.heating === 'coal') {
    if (values.zone === 'outside') {
      const tons = param('coal.perHousehold').value
      const coal = computed(cleanCoalCalculator, { zone: 'outside', heating: 'coal', tons: String(tons) }, param)
      add({ id: 'coal', title: `冬季清洁煤：约${tons}吨按政府定的价格购买`, amount: totalOf(coal, '到供煤点要付'), unit: '元', kind: 'pay', reason: '因为住在禁煤区以外、自己烧煤取暖，可以到供煤点按政府定的价格买清洁煤（这是您要付的钱）。', calculatorId: 'qingjiemei' })
    } else if (values.zone === 'unknown') {
      hint('coal', '若住在“禁煤区”以外、自己烧煤取暖，可以到供煤点按政府定的价格买清洁煤；是否在禁煤区，请问村委会或区能源局。', 'qingjiemei')
    }
  }

  // 安全检查 — 离政办发〔2022〕32号、31号
  if (values.restaurant === true) {
    add({ id: 'gas-check', title: '餐饮场所燃气安全自查', unit: '', kind: 'info', reason: '因为开饭店用燃气，要按整治要求自查整改（软管、报警器、气瓶存放等）。', selfCheckId: restaurantGasCheck.id })
  }
  if (values.houseBusiness === true) {
    add({ id: 'house-check', title: '经营性自建房安全鉴定', unit: '', kind: 'info', reason: '因为自建房用来经营，按要求必须做房屋安全鉴定。', selfCheckId: selfBuiltHouseCheck.id })
  }

  const benefits = found.filter((b) => b.kind === 'cash' || b.kind === 'saving')
  const sum = (kind: BenefitKind) => benefits.filter((b) => b.kind === kind).reduce((total, b) => total + (b.amount ?? 0), 0)
  return {
    ok: true,
    result: {
      benefits,
      payments: found.filter((b) => b.kind === 'pay'),
      tasks: found.filter((b) => b.kind === 'info'),
      nearMisses,
      cashTotal: sum('cash'),
      savingTotal: sum('saving'),
    },
  }
}
