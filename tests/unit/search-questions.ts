// What residents type into search, and what each of them came for: a farmer, a 脱贫户 mother, a restaurant owner,
// an elderly man and a township clerk. Used by tests/unit/search-questions.test.ts (every query must find its target
// on the first screen) and by `npm run bench` (prints the share). The first nine were reported as 没有找到 or as
// finding the wrong thing.
import { search, type SearchEntry, type SearchIndex } from '#src/domain/search/search'

export interface Question {
  query: string
  who: '报告' | '农民' | '脱贫户妈妈' | '饭店老板' | '老大爷' | '乡镇办事员'
  /** The entry the person came for. */
  kind: SearchEntry['kind']
  title: RegExp
}

/**
 * Results wholly on the search page's first screen at 375×667 (the small phones our readers have), in the worst case:
 * a document's card (two-line title, three-line summary) is ≈ 180 px high and the page's head ≈ 190 px, so two
 * fit (three for shorter cards). Measured in Chromium by tests/e2e/search.test.ts, which fails if fewer fit.
 */
export const FIRST_SCREEN = 2

export const QUESTIONS: Question[] = [
  { who: '报告', query: '医保局电话', kind: 'phone', title: /医疗保障局/ },
  { who: '报告', query: '医保电话', kind: 'phone', title: /医疗保障局/ },
  { who: '报告', query: '人社局电话', kind: 'phone', title: /人社局/ },
  { who: '报告', query: '医保局', kind: 'phone', title: /医疗保障局/ },
  { who: '报告', query: '托管补贴', kind: 'calc', title: /^农业生产托管：托管一季/ },
  { who: '报告', query: '托管补贴多少钱', kind: 'calc', title: /^农业生产托管：托管一季/ },
  { who: '报告', query: '招人补贴', kind: 'calc', title: /^就业帮扶：车间、企业/ },
  { who: '报告', query: '招工补贴', kind: 'calc', title: /^就业帮扶：车间、企业/ },
  { who: '报告', query: '吸纳就业', kind: 'calc', title: /^就业帮扶：车间、企业/ },

  { who: '农民', query: '托管', kind: 'doc', title: /农业生产托管试点/ },
  { who: '农民', query: '种地补贴', kind: 'calc', title: /^农业生产托管：托管一季/ },
  { who: '农民', query: '托管找谁', kind: 'phone', title: /现代农业发展服务中心/ },
  { who: '农民', query: '清洁煤多少钱', kind: 'calc', title: /^冬季清洁煤/ },
  { who: '农民', query: '买煤', kind: 'calc', title: /^冬季清洁煤/ },
  { who: '农民', query: '烧煤补贴', kind: 'calc', title: /^冬季清洁煤/ },
  { who: '农民', query: '盖房审批', kind: 'power', title: /宅基地和建房规划的审批/ },
  { who: '农民', query: '改厕补多少', kind: 'calc', title: /农村改厕/ },
  { who: '农民', query: '厕所补贴', kind: 'calc', title: /农村改厕/ },
  { who: '农民', query: '核桃', kind: 'project', title: /核桃/ },

  { who: '脱贫户妈妈', query: '医保交多少钱', kind: 'calc', title: /^城乡居民医保/ },
  { who: '脱贫户妈妈', query: '孩子医保多少钱', kind: 'calc', title: /^城乡居民医保/ },
  { who: '脱贫户妈妈', query: '怎么交医保', kind: 'doc', title: /城乡居民基本医疗保险缴费/ },
  { who: '脱贫户妈妈', query: '雨露计划', kind: 'calc', title: /^雨露计划/ },
  { who: '脱贫户妈妈', query: '外出打工补贴', kind: 'calc', title: /^就业帮扶：外出打工/ },
  { who: '脱贫户妈妈', query: '脱贫户打工补贴', kind: 'calc', title: /^就业帮扶：外出打工/ },
  { who: '脱贫户妈妈', query: '交通补贴', kind: 'calc', title: /^就业帮扶：外出打工/ },
  { who: '脱贫户妈妈', query: '护工培训', kind: 'calc', title: /吕梁山护工/ },
  { who: '脱贫户妈妈', query: '能领什么补贴', kind: 'help', title: /^我能领什么$/ },

  { who: '饭店老板', query: '饭店燃气', kind: 'doc', title: /餐饮场所燃气安全/ },
  { who: '饭店老板', query: '燃气报警器', kind: 'doc', title: /餐饮场所燃气安全/ },
  { who: '饭店老板', query: '饭店燃气电话', kind: 'phone', title: /工信局/ },
  { who: '饭店老板', query: '液化气罐', kind: 'doc', title: /液化石油气/ },
  { who: '饭店老板', query: '市场监管局电话', kind: 'phone', title: /市场监督管理局/ },
  { who: '饭店老板', query: '小微企业补贴', kind: 'calc', title: /^就业帮扶：车间、企业/ },
  { who: '饭店老板', query: '家政', kind: 'doc', title: /家政服务业标准化/ },

  { who: '老大爷', query: '字太小', kind: 'help', title: /^大字/ },
  { who: '老大爷', query: '看病', kind: 'doc', title: /城乡居民基本医疗保险缴费/ },
  { who: '老大爷', query: '煤气罐', kind: 'doc', title: /液化石油气/ },
  { who: '老大爷', query: '医保多少钱', kind: 'calc', title: /^城乡居民医保/ },
  { who: '老大爷', query: '公报室电话', kind: 'phone', title: /公报室/ },
  { who: '老大爷', query: '清洁煤电话', kind: 'phone', title: /能源局/ },

  { who: '乡镇办事员', query: '权责清单', kind: 'doc', title: /权责清单/ },
  { who: '乡镇办事员', query: '离政办发34号', kind: 'doc', title: /城乡居民基本医疗保险缴费/ },
  { who: '乡镇办事员', query: '低保审核', kind: 'power', title: /最低生活保障/ },
  { who: '乡镇办事员', query: '民间纠纷', kind: 'power', title: /民间纠纷/ },
  { who: '乡镇办事员', query: '吴城镇项目', kind: 'project', title: /吴城镇|上王营庄|吴城/ },
  { who: '乡镇办事员', query: '行政审批局电话', kind: 'phone', title: /行政审批局/ },
  { who: '乡镇办事员', query: '住建局电话多少', kind: 'phone', title: /住建局/ },
  { who: '乡镇办事员', query: '自建房排查', kind: 'doc', title: /自建房安全专项整治/ },
  { who: '乡镇办事员', query: '人力资源和社会保障局', kind: 'phone', title: /人社局/ },
]

/** Where the target is among the results in the order the page shows them (groups, then hits), or -1. */
export function placeOf(index: SearchIndex, question: Question): number {
  const shown = search(index, question.query).flatMap((group) => group.hits.map((hit) => hit.entry))
  return shown.findIndex((entry) => entry.kind === question.kind && question.title.test(entry.title))
}

/** The questions whose target is on the first screen, and the others. */
export function firstScreenShare(index: SearchIndex): { found: Question[]; missed: Question[] } {
  const found: Question[] = []
  const missed: Question[] = []
  for (const question of QUESTIONS) {
    const place = placeOf(index, question)
    ;(place >= 0 && place < FIRST_SCREEN ? found : missed).push(question)
  }
  return { found, missed }
}
