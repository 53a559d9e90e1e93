// How people ask, as data, with the reason for each: words they type that the gazette says differently, the
// question words around what they are looking for, and the two names of one office. tests/unit/search.test.ts
// checks every synonym finds something and every office name is printed in the gazette.

/** Each query (or part of one) on the left also searches the words on the right. */
export const SEARCH_SYNONYMS: Record<string, { also: string[]; why: string }> = {
  煤气: { also: ['燃气', '液化气', '液化石油气'], why: '口语说“煤气”，公报写“燃气”“液化石油气”' },
  煤气罐: { also: ['液化气罐', '液化石油气'], why: '口语说“煤气罐”，公报写“液化气罐”“液化石油气”' },
  液化气: { also: ['液化石油气'], why: '公报多写全称“液化石油气”' },
  天然气: { also: ['燃气'], why: '天然气属于燃气' },
  dibao: { also: ['低保'], why: '“低保”在正文里，不在标题里，拼音要单独对应' },
  低保: { also: ['最低生活保障'], why: '权责清单写全称“最低生活保障”' },
  低保户: { also: ['低保', '最低生活保障'], why: '公报写“低保对象”“最低生活保障家庭”' },
  贫困户: { also: ['脱贫户', '监测户', '脱贫'], why: '2021年以后公报写“脱贫户”“监测户”' },
  看病: { also: ['医保', '医疗保险'], why: '口语说法，公报用正式的词' },
  医疗保险: { also: ['医保'], why: '全称和简称都有人打' },
  孩子: { also: ['学生', '儿童', '新生儿'], why: '口语说“孩子”，公报按学生、儿童、新生儿写' },
  打工: { also: ['务工', '就业'], why: '公报写“务工”“就业”' },
  找工作: { also: ['就业', '务工'], why: '口语说法，公报用正式的词' },
  招人: { also: ['吸纳就业', '吸纳'], why: '老板说“招人”，公报写单位“吸纳”劳动力“就业”' },
  招工: { also: ['吸纳就业', '吸纳'], why: '老板说“招工”，公报写单位“吸纳”劳动力“就业”' },
  烧煤: { also: ['清洁煤', '取暖'], why: '口语说法，公报用正式的词' },
  买煤: { also: ['清洁煤'], why: '冬天买的煤是文件里的“清洁煤”' },
  取暖: { also: ['清洁煤', '清洁取暖'], why: '冬季取暖的文件是清洁煤供应' },
  盖房: { also: ['宅基地', '自建房', '建房'], why: '口语说法，公报用正式的词' },
  房子: { also: ['自建房', '宅基地'], why: '口语说法，公报用正式的词' },
  饭店: { also: ['餐饮'], why: '公报写“餐饮场所”“餐饮单位”' },
  厕所: { also: ['改厕', '户厕'], why: '公报写“改厕”' },
  种地: { also: ['托管', '耕地', '农业'], why: '口语说法，公报用正式的词' },
  老人: { also: ['大字', '养老'], why: '长辈版（大字）和养老保险' },
}

/** 补贴、补助、奖补: the gazette uses all three for money the government pays; people type any of them. */
export const MONEY_WORDS: { words: string[]; why: string } = {
  words: ['补贴', '补助', '奖补', '奖励'],
  why: '同一类钱，各文件叫法不同（交通补贴、吸纳就业补助、稳岗奖补、一次性奖励）',
}

/**
 * Words around what a person is looking for, dropped before searching (the whole query is searched too). A
 * question about a phone puts the consultation lines first; one about money puts the calculators first.
 */
export const QUESTION_WORDS: { asks?: 'phone' | 'money'; words: string[]; why: string }[] = [
  {
    asks: 'phone',
    words: ['电话号码', '电话多少', '电话是多少', '联系电话', '咨询电话', '打电话', '电话', '号码', '联系方式', '怎么联系', '找谁', '问谁'],
    why: '问电话：先给咨询电话和拨打按钮',
  },
  {
    asks: 'money',
    words: ['多少钱', '交多少钱', '交多少', '给多少', '补多少', '能领多少', '领多少', '能补多少', '是多少', '多少', '怎么算', '算一算'],
    why: '问钱数：先给计算器',
  },
  {
    words: [
      '怎么办理',
      '怎么办',
      '怎么领',
      '怎么申请',
      '如何申请',
      '怎么交',
      '怎么',
      '如何',
      '在哪里',
      '在哪儿',
      '在哪',
      '哪里',
      '去哪',
      '能领吗',
      '可以领吗',
      '有吗',
      '是什么',
      '请问',
      '我想问',
      '我想',
      '我要',
      '咋办',
      '吗',
      '呢',
      '啊',
      '的',
      '?',
      '!',
    ],
    why: '问法，不是要找的东西',
  },
]

/**
 * One office, two names, both printed in the gazette (so a person may type either): the consultation lines carry
 * one of them, and search finds the line by the other. Each name must be printed in an issue's text.
 */
export const OFFICE_NAMES: { names: string[]; why: string }[] = [
  { names: ['医疗保障局', '医保局'], why: '离政办发〔2022〕34号 咨询单位写“医疗保障局”，正文和领导小组写“区医保局”' },
  { names: ['人社局', '人力资源和社会保障局'], why: '咨询单位写“人社局”，离政办发〔2022〕25号 领导小组写“区人力资源和社会保障局”' },
  { names: ['住建局', '住房和城乡建设局'], why: '咨询单位写“住建局”，离政办发〔2022〕31号 领导小组写“区住房和城乡建设局”' },
  { names: ['工信局', '工业和信息化局'], why: '咨询单位写“工信局”，离政办发〔2022〕31号 领导小组写“区工业和信息化局”' },
  { names: ['教科局', '教育科技局'], why: '咨询单位写“教科局”，离政办发〔2022〕25号 写“区教育科技局”' },
  { names: ['市场监督管理局', '市场监管局'], why: '咨询单位写全称，离政办发〔2022〕30号、31号、32号 正文写“区市场监管局”' },
]

/** The words a query (or a part of one) also searches, or none. */
export function synonymsOf(normalisedQuery: string): string[] {
  return SEARCH_SYNONYMS[normalisedQuery]?.also ?? []
}

/** The other names of an office, by any one of its names. */
export function officeNamesOf(name: string): string[] {
  return OFFICE_NAMES.find((office) => office.names.includes(name))?.names.filter((other) => other !== name) ?? []
}
