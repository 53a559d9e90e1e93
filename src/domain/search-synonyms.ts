// Words people type that the gazette says differently: each query on the left also searches the words on the
// right. Data, with the reason for each; tests/unit/search.test.ts checks every pair finds something.
export const SEARCH_SYNONYMS: Record<string, { also: string[]; why: string }> = {
  煤气: { also: ['燃气', '液化气', '液化石油气'], why: '口语说“煤气”，公报写“燃气”“液化石油气”' },
  液化气: { also: ['液化石油气'], why: '公报多写全称“液化石油气”' },
  天然气: { also: ['燃气'], why: '天然气属于燃气' },
  dibao: { also: ['低保'], why: '“低保”在正文里，不在标题里，拼音要单独对应' },
  低保户: { also: ['低保'], why: '公报写“低保对象”' },
  贫困户: { also: ['脱贫户', '监测户', '脱贫'], why: '2021年以后公报写“脱贫户”“监测户”' },
  看病: { also: ['医保', '医疗保险'], why: '口语说法，公报用正式的词' },
  医疗保险: { also: ['医保'], why: '全称和简称都有人打' },
  打工: { also: ['务工', '就业'], why: '公报写“务工”“就业”' },
  找工作: { also: ['就业', '务工'], why: '口语说法，公报用正式的词' },
  烧煤: { also: ['清洁煤', '取暖'], why: '口语说法，公报用正式的词' },
  取暖: { also: ['清洁煤', '清洁取暖'], why: '冬季取暖的文件是清洁煤供应' },
  盖房: { also: ['宅基地', '自建房', '建房'], why: '口语说法，公报用正式的词' },
  房子: { also: ['自建房', '宅基地'], why: '口语说法，公报用正式的词' },
  饭店: { also: ['餐饮'], why: '公报写“餐饮场所”“餐饮单位”' },
  厕所: { also: ['改厕', '户厕'], why: '公报写“改厕”' },
  种地: { also: ['托管', '耕地', '农业'], why: '口语说法，公报用正式的词' },
  老人: { also: ['大字', '养老'], why: '长辈版（大字）和养老保险' },
}

/** The words a query also searches, or none. */
export function synonymsOf(normalisedQuery: string): string[] {
  return SEARCH_SYNONYMS[normalisedQuery]?.also ?? []
}
