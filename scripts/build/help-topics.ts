// Things people search for that are not in the gazette's documents: the app's own 大字 (长辈版) switch, the
// 公报室, and the national 12345 hotline (not printed in this gazette: marked as such, never dialled from here).
import { CHECK_PAGE, LARGE_TEXT_ACTION, PAGES } from '#src/domain/links/routes'

export interface HelpTopic {
  title: string
  subtitle: string
  path: string
  /** What people type for it (normalised when indexed). */
  aliases: string[]
}

export const HELP_TOPICS: HelpTopic[] = [
  {
    title: '大字（长辈版）',
    subtitle: '点这里把字变大，按钮也变大；每页右上角的“大字”也能开关。',
    path: LARGE_TEXT_ACTION,
    aliases: [
      '大字',
      '长辈',
      '长辈版',
      '长辈模式',
      '老年',
      '老年人',
      '老人',
      '关怀',
      '关怀模式',
      '适老',
      '字大',
      '字太小',
      '看不清',
      'dazi',
      'changbei',
    ],
  },
  {
    title: '我能领什么',
    subtitle: '答几个问题，看看您家按公报里的标准可能能领哪些补助。',
    path: CHECK_PAGE,
    aliases: ['能领什么', '我能领什么', '补贴', '补助', '能领多少', '领钱'],
  },
  {
    title: '12345 政务服务便民热线（全国统一，本期公报没有印）',
    subtitle: '12345 是全国统一的政务服务便民热线，本期公报没有印这个号码。本区各单位的政策咨询电话都在这里。',
    path: PAGES.contacts,
    aliases: ['12345', '热线', '投诉', '市长热线'],
  },
]
