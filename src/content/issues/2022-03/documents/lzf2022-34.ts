import type { GazetteDocument } from '../../../types'

export const lzf2022_34: GazetteDocument = {
  id: 'lzf2022-34',
  docNo: '离政发〔2022〕34号',
  title: '吕梁市离石区人民政府关于张泽奇等同志任免职务的通知',
  issuer: '区人民政府',
  category: '区政府文件',
  signedOn: '2022-09-25',
  page: 58,
  topics: ['人事任免'],
  audience: ['想知道相关单位负责人的群众'],
  summary: '区政府党组会议决定任命张泽奇为区退役军人事务局副局长，免去董秋香在区行政审批服务中心的副主任职务。',
  keyPoints: [
    '经二〇二二年九月二十五日区政府党组会议研究决定。',
    '任命：张泽奇同志任区退役军人事务局副局长。',
    '免去：董秋香同志区行政审批服务中心副主任职务。',
  ],
  dates: [{ label: '区政府党组会议决定', start: '2022-09-25', end: '2022-09-25' }],
  consultation: { unit: '吕梁市离石区人社局', shortName: '人社局', phone: '0358-8222401' },
  publicRelease: true,
  annexes: [],
  readingNotes: [
    '这份通知的提取文字分栏错乱：“董秋香同志区行政审批服务中心副”与“主任职务。”被拆开，按“副主任职务”理解。',
  ],
}
