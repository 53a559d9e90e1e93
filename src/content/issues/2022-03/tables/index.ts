// The annex tables of 公报2022年第3期, extracted from the source.txt by reading the
// tab-separated text; where a row was broken, the item's `notes` / `note` say how it was repaired.
import type { FundedProject, PowerItem, PowerList, ProjectPlan } from '../../../types'
import quanze from './quanze.json'
import initialProjects from './projects-initial.json'
import adjustedProjects from './projects-adjusted.json'

// 离政发〔2022〕32号 附件: 《山西省乡镇（街道）权责清单参考目录》（2022年版）, 104项.
export const powerList: PowerList = {
  docId: 'lzf2022-32',
  title: '乡镇（街道）权责清单',
  items: quanze as PowerItem[],
}

export const projectPlans: ProjectPlan[] = [
  {
    // 离政发〔2022〕25号 二、（二）: 2022年初统筹整合财政涉农资金8509万元; 附件计划表的分类小计.
    id: 'initial',
    docId: 'lzf2022-25',
    title: '2022年统筹整合使用财政涉农资金计划表（年初）',
    printedTotal: 8509.0,
    printedCategories: [
      { name: '产业类项目', total: 7135.1, where: '附件 产业类项目小计' },
      { name: '教育扶贫项目', total: 167.9, where: '附件 二 教育扶贫项目' },
      { name: '金融扶贫项目', total: 26.0, where: '附件 三 金融扶贫项目' },
      { name: '乡村建设项目', total: 1180.0, where: '附件 四 乡村建设项目' },
    ],
    projects: initialProjects as FundedProject[],
  },
  {
    // 离政发〔2022〕33号 二、（二）（三）: 调整后12148.39万元, 五类分别为 9031.19 / 101.64 / 174.2 / 95 / 2746.36.
    // (附件表“一 产业类项目”一行印作12148.39，是全部合计；按正文取9031.19.)
    id: 'adjusted',
    docId: 'lzf2022-33',
    title: '2022年度统筹整合使用财政涉农资金调整计划表',
    printedTotal: 12148.39,
    printedCategories: [
      { name: '产业类项目', total: 9031.19, where: '正文 二、（三）1' },
      { name: '就业帮扶项目', total: 101.64, where: '正文 二、（三）2' },
      { name: '教育帮扶项目', total: 174.2, where: '正文 二、（三）3' },
      { name: '金融帮扶项目', total: 95.0, where: '正文 二、（三）4' },
      { name: '村基础设施项目', total: 2746.36, where: '正文 二、（三）5' },
    ],
    projects: adjustedProjects as FundedProject[],
  },
]
