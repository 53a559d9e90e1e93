import type { GazetteIssue } from '../../types'
import { lzf2022_25 } from './documents/lzf2022-25'
import { lzf2022_28 } from './documents/lzf2022-28'
import { lzf2022_32 } from './documents/lzf2022-32'
import { lzf2022_33 } from './documents/lzf2022-33'
import { lzf2022_34 } from './documents/lzf2022-34'
import { lzbf2022_25 } from './documents/lzbf2022-25'
import { lzbf2022_26 } from './documents/lzbf2022-26'
import { lzbf2022_29 } from './documents/lzbf2022-29'
import { lzbf2022_30 } from './documents/lzbf2022-30'
import { lzbf2022_31 } from './documents/lzbf2022-31'
import { lzbf2022_32 } from './documents/lzbf2022-32'
import { lzbf2022_33 } from './documents/lzbf2022-33'
import { lzbf2022_34 } from './documents/lzbf2022-34'
import { lzbf2022_35 } from './documents/lzbf2022-35'
import { lzbf2022_36 } from './documents/lzbf2022-36'

// 《吕梁市离石区人民政府公报》2022年第3期（总第6期）, cover, 目录 and back cover.
export const issue2022_03: GazetteIssue = {
  id: '2022-03',
  title: '吕梁市离石区人民政府公报',
  year: 2022,
  number: 3,
  totalNumber: 6,
  publishedOn: '2022-09-30',
  frequency: '季刊',
  sponsor: '吕梁市离石区人民政府办公室',
  office: {
    name: '吕梁市离石区人民政府公报室',
    phone: '0358-8222862',
    email: 'lsqzfb2862@126.com',
    address: '吕梁市离石区龙山路769号（区委大院1号楼）',
    postcode: '033000',
  },
  legalNote: '公报刊登的文件与红头文件具有同等效力',
  // In the order of the 目录.
  documents: [
    lzf2022_25, lzf2022_28, lzf2022_32, lzf2022_33, lzf2022_34,
    lzbf2022_25, lzbf2022_26, lzbf2022_29, lzbf2022_30, lzbf2022_31,
    lzbf2022_32, lzbf2022_33, lzbf2022_34, lzbf2022_35, lzbf2022_36,
  ],
}
