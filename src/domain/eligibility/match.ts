// 我能领什么: from a household's answers, every benefit that applies, with its amount from the same
// calculators the calculator pages use (never a second copy of a rule), the reason, and near misses.
// What the household pays (医保 contribution, coal at the subsidised price) is kept apart from what it gets.
import type { DateWindow } from '#src/content/types'
import type { ParamLookup } from '#src/content/rules-in-force'
import { caregiverCalculator } from '../calculators/caregiver'
import { cleanCoalCalculator } from '../calculators/clean-coal'
import { employmentWorkerCalculator } from '../calculators/employment-worker'
import { farmTrusteeshipCalculator, isPilotTownship, pilotNames, trusteeshipPilot } from '../calculators/farm-trusteeship'
import { UNKNOWN_TOWNSHIP } from '../calculators/township'
import { medicalInsuranceCalculator } from '../calculators/medical-insurance'
import { yuluToiletCalculator } from '../calculators/agri-funds'
import { FormReader, numberValue } from '../calculators/input'
import { restaurantGasCheck } from '../selfcheck/restaurant-gas'
import { selfBuiltHouseCheck } from '../selfcheck/self-built-house'
import { isFieldShown, type CalcResult, type Calculator, type FieldErrors, type FormValues } from '../calculators/types'
import { allQuestionFields, PENSION_GROUP, questions, UNKNOWN_YEAR, type Question } from './questions'
import { GUIDES, guideDocId, type BenefitId } from './guides'
import { currentEdition, toolEditions } from '../tools/editions'

/** cash: money paid to you; saving: what the government pays for you; pay: what you pay; info: a check to do. */
export type BenefitKind = 'cash' | 'saving' | 'pay' | 'info'

/** The calculator a benefit was computed with, and the values it used (详细算法 opens it filled with them). */
export interface Calculation {
  calculatorId: string
  values: FormValues
  /** Keys the calculator needs that 我能领什么 does not ask: filled as 否/没有 (or the amount named), and said so. */
  assumed: string[]
  /** How the benefit's amount relates to the calculator's (e.g. the calculator counts one person). */
  note?: string
  /** The issue whose edition the amount was computed with, when not the newest (详细算法 opens that 年度). */
  issueId?: string
}

export interface Benefit {
  id: BenefitId
  title: string
  amount?: number
  unit: string
  kind: BenefitKind
  /** Why, in the resident's own answers: never a category, place or count the resident did not give. */
  reason: string
  docId: string
  /** The amount is only a ceiling (the calculator's line says so): shown as 最多…. */
  atMost?: boolean
  calculation?: Calculation
  selfCheckId?: string
  /** The period of this benefit's own standard (the same one 补助标准一览 shows). */
  period: DateWindow
}

export interface NearMiss {
  id: BenefitId
  text: string
  docId: string
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
  /** The cash total sums a ceiling: shown as 最多…. */
  cashTotalAtMost: boolean
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

/** Where a person who finished before comes back: the first question that applies and still lacks an answer the
 *  phone could not keep (`lost`) or is not complete, else the result (questions.length). */
export function resumeStep(values: FormValues, lost: readonly string[]): number {
  const open = questions.findIndex(
    (question) =>
      isQuestionShown(question, values) &&
      (question.fields.some((field) => lost.includes(field.key) && isFieldShown(field, values) && values[field.key] === undefined) ||
        Object.keys(questionErrors(question, values)).length > 0),
  )
  return open === -1 ? questions.length : open
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

function calculated(calculation: Calculation, param: ParamLookup): CalcResult | undefined {
  const calculator = CALCULATORS.find((candidate) => candidate.id === calculation.calculatorId)
  return calculator ? computed(calculator, calculation.values, param) : undefined
}

function totalOf(result: CalcResult | undefined, label: string): number {
  return result?.totals.find((total) => total.label.startsWith(label))?.amount ?? 0
}

/** 就业帮扶（个人）questions 我能领什么 does not ask, answered 否 (and said so where the calculator is opened). */
const WORKER_NOT_ASKED: FormValues = { destination: 'none', startup: false, insured: false, pensionGroup: false }

/** 就业帮扶（个人）with the answers given here; every other question of that calculator answered 否. */
function workerCalculation(answered: FormValues, note?: string): Calculation {
  const assumed = Object.keys(WORKER_NOT_ASKED).filter((key) => !(key in answered))
  return { calculatorId: employmentWorkerCalculator.id, values: { ...WORKER_NOT_ASKED, ...answered }, assumed, note }
}

function periodOf(id: BenefitId, param: ParamLookup): DateWindow {
  const guide = GUIDES[id]
  if ('selfCheck' in guide) return currentEdition(guide.selfCheck)?.window ?? { label: '时间见文件' }
  const { from, to } = param(guide.periodParam).period
  return { label: '本项标准适用', start: from, end: to }
}

const CALCULATORS: Calculator[] = [
  medicalInsuranceCalculator,
  employmentWorkerCalculator,
  yuluToiletCalculator,
  caregiverCalculator,
  farmTrusteeshipCalculator,
  cleanCoalCalculator,
]

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
    return field && (field.kind === 'count' || field.kind === 'amount') && isFieldShown(field, values)
      ? (numberValue(field, values[key]) ?? 0)
      : 0
  }
  const household = values.householdType
  const targeted = household === 'tuopin' || household === 'jiance'
  const householdName = household === 'tuopin' ? '脱贫户' : '监测户'
  // A benefit's document and period are those of the rules it was computed with (an earlier 年度's, when asked).
  const add = (benefit: Omit<Benefit, 'period' | 'docId'>, rules: ParamLookup = param) =>
    found.push({ ...benefit, docId: guideDocId(benefit.id, rules), period: periodOf(benefit.id, rules) })
  const hint = (id: BenefitId, text: string) => nearMisses.push({ id, text, docId: guideDocId(id, param) })

  // 医保 — 离政办发〔2022〕34号 三、资助标准
  const members = ['ordinary', ...MEMBER_KINDS.map(([key]) => key)].reduce((sum, key) => sum + n(key), 0)
  if (members > 0) {
    const counts = Object.fromEntries(['ordinary', ...MEMBER_KINDS.map(([key]) => key)].map((key) => [key, String(n(key))]))
    const calculation: Calculation = { calculatorId: medicalInsuranceCalculator.id, values: counts, assumed: [] }
    const insurance = calculated(calculation, param)
    const special = MEMBER_KINDS.filter(([key]) => n(key) > 0).map(([key, name]) => `${name}${n(key)}人`)
    const subsidy = totalOf(insurance, '政府资助合计')
    if (subsidy > 0) {
      add({
        id: 'yibao-subsidy',
        title: '城乡居民医保资助',
        amount: subsidy,
        unit: '元',
        kind: 'saving',
        reason: `因为您填了家里有${special.join('、')}，这些人个人少交或不交，差额由医疗救助资金资助。`,
        calculation,
      })
    }
    add({
      id: 'yibao-payment',
      title: `城乡居民医保：全家${members}人要交`,
      amount: totalOf(insurance, '全家个人要交'),
      unit: '元',
      kind: 'pay',
      reason: `按您填的家里${members}人算；参加职工医保的人不在这里交，请从人数里减去。城乡居民医保以户为单位缴费。`,
      calculation,
    })
  }

  // 养老保险代缴 — 离政办发〔2022〕26号 四、（四）12: only for 低保对象、特困人员、返贫致贫人口、重度残疾人 still paying
  // premiums; the question's own check keeps the payers within the members given (see questions.ts).
  const pensionPayers = n('pensionPayers')
  if (pensionPayers > 0) {
    const calculation = workerCalculation(
      { status: targeted ? household : 'other', pensionGroup: true },
      pensionPayers > 1 ? `计算器按一个人算；您填了${pensionPayers}人还在交保费，这里的金额是一个人的${pensionPayers}倍。` : undefined,
    )
    const given = PENSION_GROUP.filter(({ key }) => n(key) > 0).map(({ key, name }) => `${name}${n(key)}人`)
    add({
      id: 'pension',
      title: '城乡居民养老保险代缴（每年）',
      amount: totalOf(calculated(calculation, param), '政府每年替您交的养老保险费') * pensionPayers,
      unit: '元',
      kind: 'saving',
      reason: `您填了家里有${given.join('、')}，其中${pensionPayers}人还在交城乡居民养老保险费（还没领养老金）。对这几类人，政府每人每年按档次代缴保费。`,
      calculation,
    })
  }

  // 雨露计划 — 离政发〔2022〕33号 附件第33、34项
  const students = n('students')
  if (students > 0) {
    if (household === 'tuopin') {
      const calculation: Calculation = {
        calculatorId: yuluToiletCalculator.id,
        values: { tuopin: true, students: String(students) },
        assumed: [],
      }
      add({
        id: 'yulu',
        title: '雨露计划助学补助',
        amount: totalOf(calculated(calculation, param), '合计'),
        unit: '元',
        kind: 'cash',
        reason: `因为您填了家里是脱贫户，有${students}人在读中职中技或高职高专。`,
        calculation,
      })
    } else {
      hint(
        'yulu',
        `雨露计划只补建档立卡脱贫家庭在读中职中技、高职高专的学生；若家里是脱贫户，每名学生每年可补助${param('nongzi.yulu').value}元。`,
      )
    }
  }

  // 外出务工 — 离政办发〔2022〕26号 四、（一）1
  const destination = values.destination
  if (destination === 'crossProvince' || destination === 'inProvince') {
    const workers = n('workersAway')
    const work = { status: targeted ? household : 'other', destination, monthsAway: values.monthsAway, wage: values.wage }
    const calculation = workerCalculation(
      work,
      workers > 1 ? `计算器按一个人算；您填了${workers}人外出务工，这里的金额是一个人的${workers}倍。` : undefined,
    )
    const worked = calculated(calculation, param)
    if (!targeted) hint('transport', '外出务工的交通补贴和稳岗奖补只给脱贫户、监测户劳动力。')
    for (const line of worked?.lines ?? []) {
      const id: BenefitId = line.label.includes('交通补贴') ? 'transport' : 'stable'
      const reason =
        id === 'transport'
          ? `因为您填了家里是${householdName}，有${workers}人${destination === 'crossProvince' ? '跨省' : '在省内县外'}务工（每年一次）。`
          : `因为您填了外出的人已连续外出务工${n('monthsAway')}个月、月工资约${n('wage')}元，满足条件。`
      add({
        id,
        title: workers > 1 ? `${line.label}（${workers}人）` : line.label,
        amount: line.amount * workers,
        unit: '元',
        kind: 'cash',
        reason,
        calculation,
        atMost: line.atMost,
      })
    }
    if (targeted && !worked?.lines.some((line) => line.label.includes('稳岗'))) {
      const minMonths = param('jiuye.stable.minMonths').value
      const minWage = param('jiuye.stable.minWage').value
      const hypothetical = calculated(
        workerCalculation({
          ...work,
          monthsAway: String(Math.max(n('monthsAway'), minMonths)),
          wage: String(Math.max(n('wage'), minWage)),
        }),
        param,
      )
      const extra = totalOf(hypothetical, '可以领的补贴合计') - totalOf(worked, '可以领的补贴合计')
      if (extra > 0) hint('stable', `若连续外出务工满${minMonths}个月、月工资达到${minWage}元以上，每人还可领稳岗奖补${extra}元。`)
    }
  }

  // 就业帮扶 the questions do not ask about — 离政办发〔2022〕26号 四、（二）5、（二）7、（三）9: hints for 脱贫户、监测户.
  if (targeted) {
    hint(
      'training',
      `家里的劳动力没有工作期间参加职业技能培训的，培训期间每人每天还有${param('jiuye.training.living').value}元生活费补贴。`,
    )
    hint('workshop', `在帮扶车间上班、签了半年以上劳动合同的，按实际工作月数每人每月${param('jiuye.workshop.monthly').value}元稳岗补贴。`)
    hint(
      'startup',
      `返乡自主创业的，一次性创业补贴${param('jiuye.startup.grant').value}元，创业场租补贴每年${param('jiuye.startup.rent').value}元。`,
    )
  }

  // 吕梁山护工 — 离政办发〔2022〕29号 二、: by the standard of the 年度 trained in (asked when the gazette has several).
  if (values.caregiver === 'certified' || values.caregiver === 'certifiedOutside') {
    const outside = values.caregiver === 'certifiedOutside'
    const editions = toolEditions(caregiverCalculator)
    const asked = editions.length > 1
    const edition = asked ? editions.find((candidate) => candidate.edition.issueId === values.caregiverYear) : undefined
    const rules = edition?.param ?? param
    const calculation: Calculation = {
      calculatorId: caregiverCalculator.id,
      values: { selected: true, certificate: true, outside },
      assumed: [],
      issueId: edition?.edition.issueId,
    }
    const totalWith = (lookup: ParamLookup, away: boolean) =>
      totalOf(computed(caregiverCalculator, { selected: true, certificate: true, outside: away }, lookup), '一共能领')
    if (asked && values.caregiverYear === UNKNOWN_YEAR) {
      const byYear = [...editions].reverse().map((each) => `${each.window.label}培训的能领${totalWith(each.param, outside)}元`)
      hint(
        'hugong',
        `护工奖补按参加培训那一年度的标准：${byYear.join('；')}${outside ? '（都已算上区外上岗）' : ''}。记不清是哪一年度的，请打电话问。`,
      )
    } else {
      const when = edition ? `在${edition.window.label}` : ''
      const reason = outside
        ? `因为您填了家里有人${when}参加护工培训拿到合格证，并在区外上岗。`
        : `因为您填了家里有人${when}参加护工培训拿到了合格证。`
      add(
        { id: 'hugong', title: '吕梁山护工培训就业奖补', amount: totalWith(rules, outside), unit: '元', kind: 'cash', reason, calculation },
        rules,
      )
      if (!outside) hint('hugong', `若到离石区以外就业上岗，还可再领${totalWith(rules, true) - totalWith(rules, false)}元。`)
    }
  }

  // 农业生产托管 — 离政办发〔2022〕33号 四、（四）; only in the pilot 乡镇（街道） of 三、.
  if (values.farm === 'yes') {
    const township = String(values.township)
    const chosen = [values.plough, values.sow, values.harvest].filter((service) => service !== 'none')
    const farmValues = { township, crop: values.crop, area: values.area, plough: values.plough, sow: values.sow, harvest: values.harvest }
    const pilot = isPilotTownship(township, param)
    const { label, cite } = trusteeshipPilot(param)
    const pilots = `${label}：${pilotNames(param)}（${cite.docNo} ${cite.clause}写的是“主要在”这几处实施）。`
    if (pilot && chosen.length > 0) {
      const calculation: Calculation = { calculatorId: farmTrusteeshipCalculator.id, values: farmValues, assumed: [] }
      const farm = calculated(calculation, param)
      add({
        id: 'tuoguan',
        title: '农业生产托管补助',
        amount: totalOf(farm, '财政补助'),
        unit: '元',
        kind: 'saving',
        reason: `因为您填了住在${township}（托管试点乡镇），${n('area')}亩粮食作物交给服务组织托管；服务费里政府补一部分，您只付差价${totalOf(farm, '农户要付')}元。`,
        calculation,
      })
    } else {
      // What 机耕+机播+机收 would bring in a pilot township, to say what the pilot is worth.
      const sample = computed(
        farmTrusteeshipCalculator,
        { ...farmValues, township: trusteeshipPilot(param).values[0], plough: 'jigeng', sow: 'jibo', harvest: 'jishou' },
        param,
      )
      const worth = `${n('area')}亩交给服务组织机耕、机播、机收，可补助约${totalOf(sample, '财政补助')}元`
      const where =
        township === UNKNOWN_TOWNSHIP
          ? '您没有说住在哪个乡镇（街道）'
          : pilot
            ? `您所在的${township}是试点乡镇`
            : `您填的${township}不在其中，能不能托管、有没有补助，请先打电话问`
      hint('tuoguan', pilot ? `${pilots}${where}：若${worth}。` : `${pilots}${where}。在试点乡镇，${worth}。`)
    }
  }

  // 冬季清洁煤 — 离政办发〔2022〕36号 二、供煤范围: coal bought at the subsidised price is a payment, not a benefit.
  if (values.heating === 'coal') {
    if (values.zone === 'outside') {
      const tons = param('coal.perHousehold').value
      const calculation: Calculation = {
        calculatorId: cleanCoalCalculator.id,
        values: { zone: 'outside', heating: 'coal', tons: String(tons) },
        assumed: ['tons'],
      }
      const coal = calculated(calculation, param)
      add({
        id: 'coal',
        title: `冬季清洁煤：约${tons}吨按政府定的价格购买`,
        amount: totalOf(coal, '到供煤点要付'),
        unit: '元',
        kind: 'pay',
        reason: `因为您填了住在禁煤区以外、自己烧煤取暖，可以到供煤点按政府定的价格买清洁煤（这是您要付的钱；吨数按每户约${tons}吨算）。`,
        calculation,
      })
    } else if (values.zone === 'unknown') {
      hint('coal', '若住在“禁煤区”以外、自己烧煤取暖，可以到供煤点按政府定的价格买清洁煤；是否在禁煤区，请问村委会或区能源局。')
    }
  }

  // 安全检查 — 离政办发〔2022〕32号、31号
  if (values.restaurant === true) {
    add({
      id: 'gas-check',
      title: '餐饮场所燃气安全自查',
      unit: '',
      kind: 'info',
      reason: '因为开饭店用燃气，要按整治要求自查整改（软管、报警器、气瓶存放等）。',
      selfCheckId: restaurantGasCheck.id,
    })
  }
  if (values.houseBusiness === true) {
    add({
      id: 'house-check',
      title: '经营性自建房安全鉴定',
      unit: '',
      kind: 'info',
      reason: '因为自建房用来经营，按要求必须做房屋安全鉴定。',
      selfCheckId: selfBuiltHouseCheck.id,
    })
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
      cashTotalAtMost: benefits.some((b) => b.kind === 'cash' && b.atMost === true),
      savingTotal: sum('saving'),
    },
  }
}
