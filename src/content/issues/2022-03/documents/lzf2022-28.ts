import type { GazetteDocument } from '../../../types'

export const lzf2022_28: GazetteDocument = {
  id: 'lzf2022-28',
  docNo: '离政发〔2022〕28号',
  title: '吕梁市离石区人民政府关于程晓亮等同志任免职务的通知',
  issuer: '区人民政府',
  category: '区政府文件',
  signedOn: '2022-07-29',
  page: 11,
  topics: ['人事任免'],
  audience: ['想知道相关单位负责人的群众'],
  summary: '区政府党组会议决定任命3人、免去2人的职务，涉及区行政审批服务管理局、区政府采购中心和区妇幼保健计划生育服务中心。',
  keyPoints: [
    '经二〇二二年七月二十九日区政府党组会议研究决定。',
    '任命：程晓亮同志任区行政审批服务管理局副局长。',
    '任命：史智磊同志任区政府采购中心主任。',
    '任命：付艳芳同志任区妇幼保健计划生育服务中心主任。',
    '免去：雒金斌同志区行政审批服务管理局副局长职务；梁志勇同志区政府采购中心主任职务。',
  ],
  dates: [{ label: '区政府党组会议决定', start: '2022-07-29', end: '2022-07-29' }],
  consultation: { unit: '吕梁市离石区人社局', shortName: '人社局', phone: '0358-8222401' },
  publicRelease: true,
  annexes: [],
  ourCounts: { figures: ['3人', '2人'], why: '任命三人、免去两人，按名单数出' },
  readingNotes: [],
}
