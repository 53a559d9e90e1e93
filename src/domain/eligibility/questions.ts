// The 我能领什么 questions: at most ten, each answerable without papers. Field keys are shared with the
// calculators (ordinary, dibao, destination, monthsAway …) so answers feed them unchanged.
import type { Field, FormValues } from '../calculators/types'

export interface Question {
  id: string
  title: string
  help?: string
  fields: Field[]
  /** Skip the question when it does not apply to this household. */
  appliesTo?: (values: FormValues) => boolean
}

// The 11 乡镇（街道） of 离石区, as listed in 离政办发〔2022〕34号 附件1. (附件2 writes 莲花池街道 as “莲花街道”.)
export const TOWNSHIPS = ['滨河街道', '凤山街道', '莲花池街道', '城北街道', '田家会街道', '交口街道', '西属巴街道', '吴城镇', '信义镇', '枣林乡', '坪头乡']

const AWAY = ['crossProvince', 'inProvince']
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
      {
        kind: 'choice',
        key: 'destination',
        label: '在哪里打工',
        options: [
          { value: 'crossProvince', label: '外省（跨省）' },
          { value: 'inProvince', label: '山西省内、离石区外' },
          { value: 'local', label: '离石区内' },
          { value: 'none', label: '没有' },
        ],
      },
      { kind: 'count', key: 'workersAway', label: '这样外出的有几个人', unit: '人', max: 10, when: { key: 'destination', in: AWAY } },
      { kind: 'count', key: 'monthsAway', label: '已连续外出', unit: '个月', max: 120, when: { key: 'destination', in: AWAY } },
      { kind: 'amount', key: 'wage', label: '每月工资大约', unit: '元/月', max: 100000, decimals: 0, when: { key: 'destination', in: AWAY } },
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
      {
        kind: 'choice',
        key: 'crop',
        label: '主要种',
        options: [
          { value: 'corn', label: '玉米' },
          { value: 'potato', label: '马铃薯' },
          { value: 'millet', label: '谷子' },
          { value: 'grains', label: '杂粮' },
        ],
        when: { key: 'farm', in: ['yes'] },
      },
      { kind: 'amount', key: 'area', label: '面积', unit: '亩', max: 100000, decimals: 1, when: { key: 'farm', in: ['yes'] } },
      { kind: 'choice', key: 'plough', label: '耕地托管', options: [{ value: 'none', label: '不托管' }, { value: 'jigeng', label: '机耕' }, { value: 'xuangeng', label: '旋耕' }], when: { key: 'farm', in: ['yes'] } },
      { kind: 'choice', key: 'sow', label: '播种托管', options: [{ value: 'none', label: '不托管' }, { value: 'jibo', label: '机播' }, { value: 'xuanbo', label: '旋播' }], when: { key: 'farm', in: ['yes'] } },
      {
        kind: 'choice',
        key: 'harvest',
        label: '收获托管',
        options: [{ value: 'none', label: '不托管' }, { value: 'jishou', label: '机收' }, { value: 'jishouJiegan', label: '机收+秸秆粉碎' }, { value: 'qingzhu', label: '青贮' }],
        when: { key: 'farm', in: ['yes'] },
      },
    ],
  },
  {
    id: 'heating',
    title: '冬天怎么取暖？',
    fields: [
      { kind: 'choice', key: 'zone', label: '住的地方', options: [{ value: 'outside', label: '禁煤区以外' }, { value: 'inside', label: '禁煤区内' }, { value: 'unknown', label: '不清楚' }] },
      { kind: 'choice', key: 'heating', label: '取暖方式', options: [{ value: 'coal', label: '自己烧煤' }, { value: 'central', label: '集中供热' }, { value: 'gas', label: '煤改气' }, { value: 'electric', label: '煤改电' }] },
    ],
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

export function applicableQuestions(values: FormValues): Question[] {
  return questions.filter((question) => !question.appliesTo || question.appliesTo(values))
}

export const allQuestionFields: Field[] = questions.flatMap((question) => question.fields)
