// Where a household lives or farms, asked where a rule is limited to some 乡镇（街道） (the 托管 pilot).
import type { ChoiceField } from './types'

// The 11 乡镇（街道） of 离石区, as listed in 离政办发〔2022〕34号 附件1. (附件2 writes 莲花池街道 as “莲花街道”.)
const TOWNSHIPS = [
  '滨河街道',
  '凤山街道',
  '莲花池街道',
  '城北街道',
  '田家会街道',
  '交口街道',
  '西属巴街道',
  '吴城镇',
  '信义镇',
  '枣林乡',
  '坪头乡',
]

export const UNKNOWN_TOWNSHIP = 'unknown'

export const townshipField: ChoiceField = {
  kind: 'choice',
  key: 'township',
  label: '乡镇（街道）',
  options: [...TOWNSHIPS.map((name) => ({ value: name, label: name })), { value: UNKNOWN_TOWNSHIP, label: '不说 / 不清楚' }],
}
