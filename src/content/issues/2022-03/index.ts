// 公报2022年第3期: the documents and the rule parameters of this issue. (The annex tables, in tables/, are
// loaded by the tables subpackage only, through ../tables.ts.)
export { issue2022_03 as issue } from './issue'
export { params2022_03 as params } from './rules'
