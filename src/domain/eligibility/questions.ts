// The 我能领什么 questions: one question per screen, each answerable without papers; every answer starts empty. Field keys are shared with the
// calculators (ordinary, dibao, destination, monthsAway …) so answers feed them unchanged.
import type { Field, FieldCondition, FieldErrors, FormValues } from '../calculators/types'
import { numberValue } from '../calculators/input'
import { heatingField, zoneField } from '../calculators/clean-coal'
import { AWAY, destinationField, monthsAwayField, wageField } from '../calculators/employment-worker'
import { areaField, cropField, GRAIN_CROPS, serviceFields } from '../calculators/farm-trusteeship'

export interface Question {
  id: string
  title: string
  help?: string
  /** Fields with a `when` are skipped when they do not apply (no wage question for someone not working away). */
  fields: Field[]
  /** Checks across the fields of this question, beyond each field's own. */
  check?: (values: FormValues) => FieldErrors
}

// The 11 乡镇（街道） of 离石区, as listed in 离政办发〔2022〕34号 附件1. (附件2 writes 莲花池街道 as “莲花街道”.)
const TOWNSHIPS = ['滨河街道', '凤山街道', '莲花池街道', '城北街道', '田家会街道', '交口街道', '西属巴街道', '吴城镇', '信义镇', '枣林乡', '坪头乡']

const whenFarming: FieldCondition = { key: 'farm', in: ['yes'] }
// plausibleMax is ours, not the gazette's: more than 12 people of one kind in a household is asked to confirm.
const count = (key: string, label: string, max: number) => ({ kind: 'count' as const, key, label, unit: '人', max, plausibleMax: 12, optional: true })
const MEMBER_FIELDS = ['ordinary', 'tekun', 'dibao', 'yifanpin', 'fanpin']

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
    help:
      '每人只算一类，没有的不用填。脱贫户家里的人：被认定为“脱贫不稳定人口”的，算“易返贫致贫人口”（公报：易返贫致贫人口包括脱贫不稳定人口和边缘易致贫人口）；没有被认定为下面这几类的，算“普通居民”。医保资助按这个算。',
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
    title: '家里有几人参加城乡居民养老保险、还在交保费？',
    // 离政办发〔2022〕26号 四、（四）12: 对参加城乡居民养老保险的低保对象、特困人员、返贫致贫人口、重度残疾人等缴费困难群体 … 代缴.
    help:
      '只数低保对象、特困人员、返贫致贫人口和重度残疾人，而且还没开始领养老金的。政府替这些人代缴保费；已经在领养老金的人不再交保费，也就没有代缴。没有就不用填。',
    fields: [count('pensionPayers', '还在交养老保险费的（上面几类人）', 10)],
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
      AWAY.includes(String(values.destination)) && numberValue(count('workersAway', '', 10), values.workersAway) === 0 ? { workersAway: '外出务工的至少有1人' } : {},
  },
  {
    id: 'caregiver',
    title: '家里有人参加“吕梁山护工”培训吗？',
    help: '指2022年由乡镇（街道）选送参加的培训。',
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
    ],
  },
  {
    id: 'farming',
    title: '种不种玉米、马铃薯、谷子、杂粮？',
    fields: [
      { kind: 'choice', key: 'farm', label: '种粮食', options: [{ value: 'yes', label: '种' }, { value: 'no', label: '不种' }] },
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
    fields: [
      {
        kind: 'choice',
        key: 'township',
        label: '乡镇（街道）',
        options: [...TOWNSHIPS.map((name) => ({ value: name, label: name })), { value: 'unknown', label: '不说 / 不清楚' }],
      },
    ],
  },
]

export const allQuestionFields: Field[] = questions.flatMap((question) => question.fields)
