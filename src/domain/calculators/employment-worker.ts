// 就业帮扶（个人）— 离政办发〔2022〕26号 四、（一）1 交通补贴、稳岗奖补; （二）5 帮扶车间稳岗补贴;
// （二）7 创业补贴; （三）9 培训生活费; （三）10 技能提升补贴; （四）12 养老保险代缴.
import { FormReader } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

export const AWAY = ['crossProvince', 'inProvince']

export const destinationField: Field = {
  kind: 'choice',
  key: 'destination',
  label: '在哪里务工',
  options: [
    { value: 'crossProvince', label: '外省（跨省）' },
    { value: 'inProvince', label: '山西省内、离石区外' },
    { value: 'local', label: '离石区内' },
    { value: 'none', label: '没有务工' },
  ],
}
export const monthsAwayField: Field = {
  kind: 'count',
  key: 'monthsAway',
  label: '已连续外出务工',
  unit: '个月',
  max: 120,
  plausibleMax: 60,
  when: { key: 'destination', in: AWAY },
}
export const wageField: Field = {
  kind: 'amount',
  key: 'wage',
  label: '每月工资大约',
  unit: '元/月',
  max: 100000,
  decimals: 0,
  when: { key: 'destination', in: AWAY },
}

const fields: Field[] = [
  {
    kind: 'choice',
    key: 'status',
    label: '家庭是',
    options: [
      { value: 'tuopin', label: '脱贫户' },
      { value: 'jiance', label: '监测户' },
      { value: 'other', label: '都不是' },
    ],
  },
  destinationField,
  monthsAwayField,
  wageField,
  { kind: 'toggle', key: 'workshop', label: '在帮扶车间上班，签了半年以上劳动合同', when: { key: 'destination', in: ['local'] } },
  { kind: 'count', key: 'workshopMonths', label: '在帮扶车间实际工作', unit: '个月', max: 12, when: { key: 'workshop', in: [true] } },
  {
    kind: 'count',
    key: 'trainingDays',
    label: '参加职业技能培训（未就业期间）',
    unit: '天',
    max: 365,
    optional: true,
    help: '没有参加就不用填',
  },
  { kind: 'toggle', key: 'startup', label: '返乡后自己创业' },
  { kind: 'toggle', key: 'insured', label: '参加失业保险1年以上的在职职工，或正在领失业保险金', help: '技能提升补贴只给这两类人' },
  {
    kind: 'count',
    key: 'juniorCerts',
    label: '今年取得初级证书',
    unit: '个',
    max: 10,
    optional: true,
    when: { key: 'insured', in: [true] },
  },
  {
    kind: 'count',
    key: 'middleCerts',
    label: '今年取得中级证书',
    unit: '个',
    max: 10,
    optional: true,
    when: { key: 'insured', in: [true] },
  },
  {
    kind: 'count',
    key: 'seniorCerts',
    label: '今年取得高级证书',
    unit: '个',
    max: 10,
    optional: true,
    when: { key: 'insured', in: [true] },
  },
  {
    kind: 'toggle',
    key: 'pensionGroup',
    label: '是低保对象、特困人员、返贫致贫人口或重度残疾人，参加了城乡居民养老保险、还在交保费（还没开始领养老金）',
    help: '代缴是替还在交保费的人交；已经在领养老金的，不再交保费，也就没有代缴。',
  },
]

export const employmentWorkerCalculator: Calculator = {
  id: 'jiuye-geren',
  title: '就业帮扶：外出打工、培训、创业能领多少',
  intro: '脱贫户、监测户劳动力外出务工、在帮扶车间上班、参加培训或返乡创业的补贴。',
  paramPrefixes: ['jiuye.'],
  fields: () => fields,
  example: {
    status: 'tuopin',
    destination: 'crossProvince',
    monthsAway: '6',
    wage: '3000',
    workshop: false,
    workshopMonths: '6',
    trainingDays: '0',
    startup: false,
    insured: false,
    juniorCerts: '0',
    middleCerts: '0',
    seniorCerts: '0',
    pensionGroup: false,
  },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const status = form.choice('status')
    const destination = form.choice('destination')
    const monthsAway = form.count('monthsAway')
    const wage = form.amount('wage')
    const workshop = form.toggle('workshop')
    const workshopMonths = form.count('workshopMonths')
    const trainingDays = form.count('trainingDays')
    const startup = form.toggle('startup')
    const insured = form.toggle('insured')
    const certs = { junior: form.count('juniorCerts'), middle: form.count('middleCerts'), senior: form.count('seniorCerts') }
    const pensionGroup = form.toggle('pensionGroup')
    if (!form.ok) return invalid(form.errors)

    const r = new ResultBuilder(param)
    const target = r.condition('家庭是脱贫户或监测户', status === 'tuopin' || status === 'jiance').met

    if (destination === 'crossProvince' || destination === 'inProvince') {
      const id = destination === 'crossProvince' ? 'jiuye.transport.crossProvince' : 'jiuye.transport.inProvince'
      if (target) {
        // 四、（一）1 raises the standard "从最高不超过800元提高到1500元" without saying the new one is fixed: a ceiling.
        r.line({
          label: destination === 'crossProvince' ? '跨省务工一次性交通补贴' : '省内县外务工一次性交通补贴',
          amount: r.v(id),
          unit: '元',
          how: `每年一次，最多${r.show(id)}`,
          paramIds: [id],
          atMost: true,
        })
        r.reading(
          `原文说交通补贴标准从“最高不超过”多少“提高到”${r.show(id)}，没有写明${r.show(id)}是固定发还是最多发，所以这里写“最多”。实际发多少，请打电话问。`,
          id,
        )
      }
      const longEnough = r.condition(
        `连续外出务工${r.v('jiuye.stable.minMonths')}个月以上（现在${monthsAway}个月）`,
        monthsAway >= r.v('jiuye.stable.minMonths'),
      ).met
      const paidEnough = r.condition(
        `月工资达到${r.v('jiuye.stable.minWage')}元以上（现在${wage}元）`,
        wage >= r.v('jiuye.stable.minWage'),
      ).met
      if (target && longEnough && paidEnough) {
        const months = r.v('jiuye.stable.months')
        r.line({
          label: '外出务工稳岗奖补',
          amount: r.v('jiuye.stable.monthly') * months,
          unit: '元',
          how: `${r.show('jiuye.stable.monthly')} × 连续${months}个月`,
          paramIds: ['jiuye.stable.monthly', 'jiuye.stable.months', 'jiuye.stable.minMonths', 'jiuye.stable.minWage'],
        })
      } else if (target && paidEnough && !longEnough) {
        r.note(
          `再连续外出务工${r.v('jiuye.stable.minMonths') - monthsAway}个月，满${r.v('jiuye.stable.minMonths')}个月后可以申请每月${r.v('jiuye.stable.monthly')}元、连续${r.v('jiuye.stable.months')}个月的稳岗奖补。`,
        )
      }
      r.reading('“外出务工”指到离石区以外（外省，或山西省内的其他县区）务工，在区内务工不算。', 'jiuye.stable.minMonths')
    }

    if (workshop && target && workshopMonths > 0) {
      r.line({
        label: '帮扶车间稳岗补贴',
        amount: r.v('jiuye.workshop.monthly') * workshopMonths,
        unit: '元',
        how: `${r.show('jiuye.workshop.monthly')} × 实际工作${workshopMonths}个月`,
        paramIds: ['jiuye.workshop.monthly'],
      })
      r.note('原文没有写帮扶车间稳岗补贴最多补几个月，这里按您填的实际工作月数算（最多填12个月）。')
    }

    if (trainingDays > 0 && target) {
      r.line({
        label: '职业技能培训生活费补贴',
        amount: r.v('jiuye.training.living') * trainingDays,
        unit: '元',
        how: `${r.show('jiuye.training.living')} × ${trainingDays}天`,
        paramIds: ['jiuye.training.living'],
      })
    }

    if (startup && target) {
      r.line({
        label: '一次性创业补贴',
        amount: r.v('jiuye.startup.grant'),
        unit: '元',
        how: `返乡自主创业，一次性${r.show('jiuye.startup.grant')}`,
        paramIds: ['jiuye.startup.grant'],
      })
      r.line({
        label: '创业场租补贴（1年）',
        amount: r.v('jiuye.startup.rent'),
        unit: '元',
        how: `每年${r.v('jiuye.startup.rent')}元，这里算1年`,
        paramIds: ['jiuye.startup.rent'],
      })
    }

    if (insured) {
      const maxTimes = r.v('jiuye.skill.maxTimes')
      const earned = [
        ...Array<string>(certs.senior).fill('jiuye.skill.senior'),
        ...Array<string>(certs.middle).fill('jiuye.skill.middle'),
        ...Array<string>(certs.junior).fill('jiuye.skill.junior'),
      ]
      const counted = earned.slice(0, maxTimes)
      if (counted.length > 0) {
        const names: Record<string, string> = { 'jiuye.skill.senior': '高级', 'jiuye.skill.middle': '中级', 'jiuye.skill.junior': '初级' }
        r.line({
          label: `技能提升补贴（${counted.length}次）`,
          amount: counted.reduce((sum, id) => sum + r.v(id), 0),
          unit: '元',
          how: counted.map((id) => `${names[id]}${r.v(id)}元`).join(' + '),
          paramIds: [...new Set(counted), 'jiuye.skill.maxTimes'],
        })
      }
      if (earned.length > maxTimes) {
        r.reading(`一年取得的证书超过${maxTimes}个时，按金额最高的${maxTimes}个计算。`, 'jiuye.skill.maxTimes')
      }
    }

    const cash = r.sum()
    const cashAtMost = r.anyAtMost()
    if (pensionGroup) {
      r.line({
        label: '城乡居民养老保险：政府代缴基本保费',
        amount: r.v('jiuye.pension.basic'),
        unit: '元/年',
        how: `每人每年按${r.v('jiuye.pension.basic')}元档次代缴`,
        paramIds: ['jiuye.pension.basic'],
      })
      r.line({
        label: '城乡居民养老保险：政府代缴补充养老保险费',
        amount: r.v('jiuye.pension.supplement'),
        unit: '元/年',
        how: `每人每年按${r.v('jiuye.pension.supplement')}元档次代缴`,
        paramIds: ['jiuye.pension.supplement'],
      })
    }
    r.total({ label: '可以领的补贴合计', amount: cash, unit: '元', atMost: cashAtMost })
    if (pensionGroup) {
      r.total({ label: '政府每年替您交的养老保险费', amount: r.v('jiuye.pension.basic') + r.v('jiuye.pension.supplement'), unit: '元' })
      r.note('养老保险代缴是政府替您交保费，不发现金。')
    }
    if (!target) r.note('交通补贴、稳岗奖补、帮扶车间补贴、培训生活费和创业补贴，只给脱贫户和监测户劳动力。')
    r.note('外出务工交通补贴和稳岗补助由乡村振兴部门落实；技能提升补贴、创业补贴找区人社局。')
    return r.done()
  },
}
