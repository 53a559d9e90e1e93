// 公报2022年第3期: the documents and the rule parameters of this issue.
export { issue2022_03 as issue } from './issue'
export { params2022_03 as params } from './rules'
