// The 我能领什么 questions: at most ten, each answerable without papers. Field keys are shared with the
// calculators (ordinary, dibao, destination, monthsAway …) so answers feed them unchanged.
import type { Field, FieldCondition, FormValues } from '../calculators/types'
import { heatingField, zoneField } from '../calculators/clean-coal'
import { AWAY, destinationField, monthsAwayField, wageField } from '../calculators/employment-worker'
import { areaField, cropField, GRAIN_CROPS, serviceFields } from '../calculators/farm-trusteeship'

export interface Question {
  id: string
  title: string
  help?: string
  /** Fields with a `when` are skipped when they do not apply (no wage question for someone not working away). */
  fields: Field[]
}

// The 11 乡镇（街道） of 离石区, as listed in 离政办发〔2022〕34号 附件1. (附件2 writes 莲花池街道 as “莲花街道”.)
const TOWNSHIPS = ['滨河街道', '凤山街道', '莲花池街道', '城北街道', '田家会街道', '交口街道', '西属巴街道', '吴城镇', '信义镇', '枣林乡', '坪头乡']

const whenFarming: FieldCondition = { key: 'farm', in: ['yes'] }
const count = (key: string, label: string, max: number): Field => ({ kind: 'count', key, label, unit: '人', max })

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
    title: '家里几口人？每个人属于哪一类？',
    help: '每人只算一类，没有特殊身份的算“普通居民”。医保资助按这个算。',
    fields: [
      count('ordinary', '普通居民', 30),
      count('tekun', '特困人员（含孤儿、事实无人抚养儿童）', 30),
      count('dibao', '低保对象', 30),
      count('yifanpin', '易返贫致贫人口', 30),
      count('fanpin', '返贫致贫人口', 30),
    ],
  },
  {
    id: 'students',
    title: '家里有孩子在读中职中技、高职高专吗？',
    fields: [count('students', '在读中职中技、高职高专的孩子', 10)],
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
    title: '种不种玉米、马铃薯、谷子、杂粮？想不想把耕种收交给托管？',
    fields: [
      { kind: 'choice', key: 'farm', label: '种粮食', options: [{ value: 'yes', label: '种' }, { value: 'no', label: '不种' }] },
      { ...cropField, options: GRAIN_CROPS, when: whenFarming },
      { ...areaField, label: '面积', when: whenFarming },
      ...serviceFields.map((field) => ({ ...field, label: `${field.label}托管`, when: whenFarming })),
    ],
  },
  {
    id: 'heating',
    title: '冬天怎么取暖？',
    fields: [zoneField, heatingField],
  },
  {
    id: 'business',
    title: '家里开饭店、用自建房做生意吗？',
    help: '这两项关系到燃气安全和房屋安全检查。',
    fields: [
      { kind: 'toggle', key: 'restaurant', label: '开饭店、小吃店，用燃气' },
      { kind: 'toggle', key: 'houseBusiness', label: '自建房用来开店、出租或办厂' },
    ],
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

export const DEFAULT_ANSWERS: FormValues = {
  householdType: 'none',
  ordinary: '1',
  tekun: '0',
  dibao: '0',
  yifanpin: '0',
  fanpin: '0',
  students: '0',
  destination: 'none',
  workersAway: '1',
  monthsAway: '0',
  wage: '0',
  caregiver: 'none',
  farm: 'no',
  crop: 'corn',
  area: '10',
  plough: 'none',
  sow: 'none',
  harvest: 'none',
  zone: 'unknown',
  heating: 'coal',
  restaurant: false,
  houseBusiness: false,
  township: 'unknown',
}


export const allQuestionFields: Field[] = questions.flatMap((question) => question.fields)
