// The 我能领什么 questions: one question per screen, each answerable without papers; every answer starts empty. Field keys are shared with the
// calculators (ordinary, dibao, destination, monthsAway …) so answers feed them unchanged.
import type { Field, FieldCondition, FieldErrors, FormValues } from '../calculators/types'
import { numberValue } from '../calculators/input'
import { heatingField, zoneField } from '../calculators/clean-coal'
import { AWAY, destinationField, monthsAwayField, wageField } from '../calculators/employment-worker'
import { areaField, cropField, GRAIN_CROPS, serviceFields } from '../calculators/farm-trusteeship'
import { townshipField } from '../calculators/township'
import { caregiverCalculator } from '../calculators/caregiver'
import { toolEditions } from '../tools/editions'

export interface Question {
  id: string
  title: string
  help?: string
  /** Fields with a `when` are skipped when they do not apply (no wage question for someone not working away). */
  fields: Field[]
  /** Checks across the fields of this question, beyond each field's own. */
  check?: (values: FormValues) => FieldErrors
}

const whenFarming: FieldCondition = { key: 'farm', in: ['yes'] }
// plausibleMax is ours, not the gazette's: more than 12 people of one kind in a household is asked to confirm.
const count = (key: string, label: string, max: number) => ({
  kind: 'count' as const,
  key,
  label,
  unit: '人',
  max,
  plausibleMax: 12,
  optional: true,
})
const MEMBER_FIELDS = ['ordinary', 'tekun', 'dibao', 'yifanpin', 'fanpin']
const SEVERE_DISABLED = 'severeDisabled'
const PENSION_PAYERS = 'pensionPayers'
/** The members 离政办发〔2022〕26号 四、（四）12 names for 养老保险代缴 (a 重度残疾人 may be counted twice: this is an upper bound). */
export const PENSION_GROUP: { key: string; name: string }[] = [
  { key: 'dibao', name: '低保对象' },
  { key: 'tekun', name: '特困人员' },
  { key: 'fanpin', name: '返贫致贫人口' },
  { key: SEVERE_DISABLED, name: '重度残疾人' },
]

/** The answer to a question of which 年度 for someone who does not remember. */
export const UNKNOWN_YEAR = 'unknown'

/**
 * 护工奖补 are paid by the standard of the 年度 the person was trained in (离政办发〔2022〕29号 二、, 四、 本办法从…起执行;
 * a later issue's 办法 sets its own 年度). With more than one 年度 in the gazette, the 年度 is asked (by its edition's issue).
 */
function caregiverYearField(): Field[] {
  const editions = toolEditions(caregiverCalculator)
  if (editions.length < 2) return []
  const newestFirst = [...editions].reverse()
  return [
    {
      kind: 'choice',
      key: 'caregiverYear',
      label: '哪一年度参加的培训',
      options: [
        ...newestFirst.map((edition) => ({ value: edition.edition.issueId, label: edition.window.label })),
        { value: UNKNOWN_YEAR, label: '记不清' },
      ],
      when: { key: 'caregiver', in: ['certified', 'certifiedOutside'] },
    },
  ]
}

export function pensionGroupSize(values: FormValues): number {
  return PENSION_GROUP.reduce((sum, { key }) => sum + (numberValue(count(key, '', 30), values[key]) ?? 0), 0)
}

export const questions: Question[] = [
  {
    id: 'household',
    title: '您家是脱贫户或监测户吗？',
    help: '就业帮扶、雨露计划主要给脱贫户、监测户。不清楚可以问村干部。',
    fields: [
      {
        kind: 'choice',
        key: 'householdType',
        label: '家庭类别',
        options: [
          { value: 'tuopin', label: '脱贫户' },
          { value: 'jiance', label: '监测户' },
          { value: 'none', label: '都不是 / 不清楚' },
        ],
      },
    ],
  },
  {
    id: 'members',
    title: '家里每一类人各有几口？',
    // 离政办发〔2022〕34号 三、（三）: 易返贫致贫人口(包括脱贫不稳定人口和边缘易致贫人口).
    help: '每人只算一类，没有的不用填。脱贫户家里的人：被认定为“脱贫不稳定人口”的，算“易返贫致贫人口”（公报：易返贫致贫人口包括脱贫不稳定人口和边缘易致贫人口）；没有被认定为下面这几类的，算“普通居民”。医保资助按这个算。',
    fields: [
      count('ordinary', '普通居民', 30),
      count('tekun', '特困人员（含孤儿、事实无人抚养儿童）', 30),
      count('dibao', '低保对象', 30),
      count('yifanpin', '易返贫致贫人口', 30),
      count('fanpin', '返贫致贫人口', 30),
    ],
    check: (values): FieldErrors => {
      const total = MEMBER_FIELDS.reduce((sum, key) => sum + (numberValue(count(key, '', 30), values[key]) ?? 0), 0)
      return total === 0 ? { ordinary: '请至少填一位家庭成员' } : {}
    },
  },
  {
    id: 'pension',
    title: '家里的低保对象、特困人员、返贫致贫人口、重度残疾人中，有几人还在交城乡居民养老保险费？',
    // 离政办发〔2022〕26号 四、（四）12: 对参加城乡居民养老保险的低保对象、特困人员、返贫致贫人口、重度残疾人等缴费困难群体 … 代缴.
    help: '只数这几类人，而且参加了城乡居民养老保险、还没开始领养老金的；普通居民、易返贫致贫人口不算。已经在领养老金的人不再交保费，也就没有代缴。公报写的是“等缴费困难群体”，别的困难人员能不能代缴，请问区人社局。没有就不用填。',
    fields: [count(SEVERE_DISABLED, '家里的重度残疾人', 30), count(PENSION_PAYERS, '上面几类人里，还在交养老保险费的', 10)],
    check: (values): FieldErrors => {
      const qualifying = pensionGroupSize(values)
      const payers = numberValue(count(PENSION_PAYERS, '', 10), values[PENSION_PAYERS]) ?? 0
      if (payers <= qualifying) return {}
      return {
        [PENSION_PAYERS]:
          qualifying === 0
            ? '您家没有填低保对象、特困人员、返贫致贫人口，也没有重度残疾人，这一项不用填；家里有这几类人，请先在上一题或本题填上。'
            : `您家填的低保对象、特困人员、返贫致贫人口和重度残疾人一共${qualifying}人，还在交保费的不会比这更多。`,
      }
    },
  },
  {
    id: 'students',
    title: '家里有孩子在读中职中技、高职高专吗？',
    fields: [{ ...count('students', '在读中职中技、高职高专的孩子', 10), help: '没有就不用填' }],
  },
  {
    id: 'work',
    title: '家里有人出去打工吗？',
    fields: [
      destinationField,
      { kind: 'count', key: 'workersAway', label: '这样外出的有几个人', unit: '人', max: 10, when: { key: 'destination', in: AWAY } },
      monthsAwayField,
      wageField,
    ],
    check: (values): FieldErrors =>
      AWAY.includes(String(values.destination)) && numberValue(count('workersAway', '', 10), values.workersAway) === 0
        ? { workersAway: '外出务工的至少有1人' }
        : {},
  },
  {
    id: 'caregiver',
    title: '家里有人参加“吕梁山护工”培训吗？',
    help: '指由乡镇（街道）选送参加的培训。',
    fields: [
      {
        kind: 'choice',
        key: 'caregiver',
        label: '护工培训',
        options: [
          { value: 'none', label: '没有' },
          { value: 'certified', label: '参加了，拿到合格证' },
          { value: 'certifiedOutside', label: '拿到合格证，在离石区外上岗' },
        ],
      },
      ...caregiverYearField(),
    ],
  },
  {
    id: 'farming',
    title: '种不种玉米、马铃薯、谷子、杂粮？',
    fields: [
      {
        kind: 'choice',
        key: 'farm',
        label: '种粮食',
        options: [
          { value: 'yes', label: '种' },
          { value: 'no', label: '不种' },
        ],
      },
      { ...cropField, options: GRAIN_CROPS, when: whenFarming },
      { ...areaField, label: '面积', when: whenFarming },
    ],
  },
  {
    id: 'trusteeship',
    title: '想把耕地、播种、收获交给托管服务组织吗？',
    help: '托管：服务组织替您机耕、机播、机收，政府按亩补一部分服务费。不种粮食的不用答。',
    fields: serviceFields.map((field) => ({ ...field, label: `${field.label}托管`, when: whenFarming })),
  },
  {
    id: 'heating',
    title: '冬天怎么取暖？',
    fields: [zoneField, heatingField],
  },
  {
    id: 'restaurant',
    title: '家里开饭店、小吃店，用燃气吗？',
    help: '关系到餐饮场所燃气安全检查。',
    fields: [{ kind: 'toggle', key: 'restaurant', label: '开饭店、小吃店，用燃气' }],
  },
  {
    id: 'house',
    title: '自建房用来开店、出租或办厂吗？',
    help: '关系到经营性自建房的安全鉴定。',
    fields: [{ kind: 'toggle', key: 'houseBusiness', label: '自建房用来开店、出租或办厂' }],
  },
  {
    id: 'township',
    title: '住在哪个乡镇（街道）？',
    help: '托管补助只在试点乡镇（街道）实施，要按您住的地方看。',
    fields: [townshipField],
  },
]

export const allQuestionFields: Field[] = questions.flatMap((question) => question.fields)
