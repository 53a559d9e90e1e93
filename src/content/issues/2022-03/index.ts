// 公报2022年第3期: the documents, the rule parameters and the annex tables of this issue.
export { issue2022_03 as issue } from './issue'
export { params2022_03 as params } from './rules'
export { powerList, projectPlans } from './tables'
