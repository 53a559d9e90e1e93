// What the desk's form shows of each data file: sections, groups and fields, each with the path in the file it
// edits. Drafts and check messages are shown at the section, group or field whose path they name; the paths listed
// here are also how the page knows which messages no field shows (listed at the top of the form instead).
import { getAt, keyPath, type FilePath } from '../scripts/desk/marks'
import { figureInWords } from './our-counts'

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'fixed'

export interface FieldSpec {
  path: string
  label: string
  kind: FieldKind
  /** Words from the 原文: the field can be set by selecting them there. */
  cite?: boolean
  hint?: string
  /** Shown in the empty field, lighter: an example, never a value. */
  placeholder?: string
  /** May be left empty: emptied, the key leaves the file. */
  optional?: boolean
}

export interface GroupSpec {
  path: string
  title: string
  fields: FieldSpec[]
  /** The 原文 words the group cites (a key point's or date's source, a rule's cite.words): highlighted in the 原文 when a field of it has the focus. */
  cites?: string
  /** An item of a list the clerk may remove (its index in the section's list). */
  index?: number
}

/** A list the clerk may add items to and remove items from, and what a new item is. */
export interface ListSpec {
  path: string
  noun: string
  blank: () => unknown
}

export interface SectionSpec {
  file: FilePath
  /** The section's own path (a draft of a whole list, e.g. `audience`), when it has one. */
  path?: string
  title: string
  groups: GroupSpec[]
  list?: ListSpec
}

type Json = Record<string, unknown>
const list = (data: unknown, path: string): unknown[] => {
  const value = getAt(data, path)
  return Array.isArray(value) ? value : []
}
const record = (data: unknown, path: string): Json => {
  const value = getAt(data, path)
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}
const has = (data: unknown, path: string) => getAt(data, path) !== undefined

function documentSections(file: FilePath, data: unknown): SectionSpec[] {
  const sections: SectionSpec[] = [
    {
      file,
      title: '从原文读出的事实（不用改）',
      groups: [
        {
          path: '',
          title: '',
          fields: [
            { path: 'docNo', label: '文号', kind: 'fixed' },
            { path: 'title', label: '标题', kind: 'fixed' },
            { path: 'signedOn', label: '签发日期', kind: 'fixed' },
            { path: 'page', label: '公报页码', kind: 'fixed' },
            { path: 'consultation.unit', label: '咨询单位', kind: 'fixed' },
            { path: 'consultation.phone', label: '咨询电话', kind: 'fixed' },
          ],
        },
      ],
    },
    {
      file,
      title: '一句话说明',
      groups: [
        {
          path: 'summary',
          title: '',
          fields: [{ path: 'summary', label: '一句话说明（老百姓能懂的话；金额、日期要和原文一致）', kind: 'textarea' }],
        },
      ],
    },
    {
      file,
      path: 'keyPoints',
      title: '要点（3到8条）',
      list: { path: 'keyPoints', noun: '要点', blank: () => ({ text: '', source: '' }) },
      groups: list(data, 'keyPoints').map((_, index) => ({
        path: `keyPoints[${index}]`,
        title: `要点${index + 1}`,
        cites: `keyPoints[${index}].source`,
        index,
        fields: [
          { path: `keyPoints[${index}].text`, label: `要点${index + 1}：我们的说法`, kind: 'textarea' },
          { path: `keyPoints[${index}].source`, label: `要点${index + 1}：原文原话（出处）`, kind: 'text', cite: true },
        ],
      })),
    },
    {
      file,
      path: 'audience',
      title: '谁需要看',
      list: { path: 'audience', noun: '“谁需要看”', blank: () => '' },
      groups: list(data, 'audience').map((_, index) => ({
        path: `audience[${index}]`,
        title: '',
        index,
        fields: [{ path: `audience[${index}]`, label: `谁需要看 ${index + 1}`, kind: 'text', placeholder: '例：城乡居民' }],
      })),
    },
    {
      file,
      path: 'topics',
      title: '话题',
      list: { path: 'topics', noun: '话题', blank: () => '' },
      groups: list(data, 'topics').map((_, index) => ({
        path: `topics[${index}]`,
        title: '',
        index,
        fields: [{ path: `topics[${index}]`, label: `话题 ${index + 1}`, kind: 'text', placeholder: '例：医保' }],
      })),
    },
    {
      file,
      path: 'dates',
      title: '时间',
      list: { path: 'dates', noun: '时间', blank: () => ({ label: '', source: '' }) },
      groups: list(data, 'dates').map((_, index) => ({
        path: `dates[${index}]`,
        title: `时间${index + 1}`,
        cites: `dates[${index}].source`,
        index,
        fields: [
          { path: `dates[${index}].label`, label: `时间${index + 1}：名称`, kind: 'text', placeholder: '例：缴费时间' },
          {
            path: `dates[${index}].start`,
            label: `时间${index + 1}：开始日期`,
            kind: 'date',
            hint: '原文没写具体哪天就空着',
            placeholder: '例：2023年9月1日',
            optional: true,
          },
          {
            path: `dates[${index}].end`,
            label: `时间${index + 1}：结束日期`,
            kind: 'date',
            hint: '原文没写具体哪天就空着',
            placeholder: '例：2023年12月25日',
            optional: true,
          },
          { path: `dates[${index}].source`, label: `时间${index + 1}：原文原话`, kind: 'text', cite: true },
          {
            path: `dates[${index}].act`,
            label: `时间${index + 1}：要居民做的事（手机日历的标题）`,
            kind: 'text',
            hint: '只有要居民在这个时间去办事时才写，40个字以内',
            placeholder: '例：交城乡居民医保费',
            optional: true,
          },
          {
            path: `dates[${index}].note`,
            label: `时间${index + 1}：我们的说明`,
            kind: 'text',
            hint: '原文没写具体日期等情况时写给居民看',
            placeholder: '例：原文没有写截止日期',
            optional: true,
          },
        ],
      })),
    },
    {
      file,
      title: '咨询单位简称',
      groups: [
        {
          path: 'consultation.shortName',
          title: '',
          fields: [{ path: 'consultation.shortName', label: '咨询单位简称（如 医保局）', kind: 'text', placeholder: '例：医保局' }],
        },
      ],
    },
    {
      file,
      path: 'annexes',
      title: '附件',
      groups: list(data, 'annexes').map((_, index) => ({
        path: `annexes[${index}]`,
        title: String(getAt(data, `annexes[${index}].title`) ?? ''),
        fields: [{ path: `annexes[${index}].contains`, label: `附件${index + 1}里有什么（一句话）`, kind: 'textarea' }],
      })),
    },
  ]
  if (has(data, 'ourCounts')) {
    sections.push({
      file,
      title: '说明和要点里用到、原文没有照样印的数',
      groups: [
        {
          path: 'ourCounts',
          title: '',
          fields: [
            ...list(data, 'ourCounts.figures').map((figure, index) => ({
              path: `ourCounts.figures[${index}]`,
              label: `原文没有照样印的数 ${index + 1}`,
              kind: 'text' as const,
              hint: figureInWords(data, String(figure ?? '')),
            })),
            { path: 'ourCounts.why', label: '这些数是怎么来的（只给公报室看）', kind: 'text' },
          ],
        },
      ],
    })
  }
  if (list(data, 'readingNotes').length > 0) {
    sections.push({
      file,
      path: 'readingNotes',
      title: '原文说明（居民能看到）',
      groups: list(data, 'readingNotes').map((_, index) => ({
        path: `readingNotes[${index}]`,
        title: '',
        fields: [{ path: `readingNotes[${index}]`, label: `原文说明 ${index + 1}`, kind: 'textarea' }],
      })),
    })
  }
  if (list(data, 'seeAlso').length > 0) {
    sections.push({
      file,
      path: 'seeAlso',
      title: '也请看',
      groups: list(data, 'seeAlso').map((_, index) => ({
        path: `seeAlso[${index}]`,
        title: '',
        fields: [{ path: `seeAlso[${index}].who`, label: `给谁看 ${index + 1}`, kind: 'text' }],
      })),
    })
  }
  return sections
}

const citeFields = (path: string, name: string): FieldSpec[] => [
  { path: `${path}.cite.clause`, label: `${name}：条款（如 三、（二））`, kind: 'text' },
  { path: `${path}.cite.words`, label: `${name}：原文原话`, kind: 'text', cite: true },
]
const periodFields = (path: string, name: string): FieldSpec[] => [
  { path: `${path}.period.from`, label: `${name}：从哪天起用`, kind: 'date', placeholder: '例：2023年9月1日' },
  {
    path: `${path}.period.to`,
    label: `${name}：到哪天`,
    kind: 'date',
    hint: '原文没写到哪天就空着',
    placeholder: '例：2023年12月31日',
    optional: true,
  },
]

/** A value, list or period a rules file cites from the 原文: its own first field, then its period and its citation. */
function citedGroup(path: string, name: string, first: FieldSpec): GroupSpec {
  return { path, cites: `${path}.cite.words`, title: name, fields: [first, ...periodFields(path, name), ...citeFields(path, name)] }
}

/** A section of a rules file, left out when the file has nothing of its kind. */
const sectionOf = (file: FilePath, title: string, groups: GroupSpec[]): SectionSpec[] =>
  groups.length > 0 ? [{ file, title, groups }] : []

function rulesSections(file: FilePath, data: unknown): SectionSpec[] {
  const nameOf = (path: string, id: string) => String(getAt(data, `${path}.label`) ?? id)
  const tools = Object.keys(record(data, 'tools')).map((id) => {
    const path = keyPath('tools', id)
    const name = nameOf(path, id)
    return citedGroup(path, name, { path: `${path}.label`, label: `${name}：名称`, kind: 'text' })
  })
  const params = list(data, 'params').map((_, index) => {
    const path = `params[${index}]`
    const name = nameOf(path, '')
    return citedGroup(path, name, {
      path: `${path}.value`,
      label: `${name}：数额（${String(getAt(data, `${path}.unit`) ?? '')}）`,
      kind: 'number',
    })
  })
  const lists = Object.keys(record(data, 'lists')).map((id) => {
    const path = keyPath('lists', id)
    const name = nameOf(path, id)
    return citedGroup(path, name, { path: `${path}.values`, label: `${name}：名单`, kind: 'fixed' })
  })
  return [
    ...sectionOf(file, '计算器、自查按哪个时间算', tools),
    ...sectionOf(file, '补助标准（金额、比例）', params),
    ...sectionOf(file, '名单', lists),
  ]
}

function correctionsSections(file: FilePath, data: unknown): SectionSpec[] {
  return [
    {
      file,
      path: 'corrections',
      title: '原文改正（居民在“原文说明”里能看到）',
      groups: list(data, 'corrections').map((_, index) => ({
        path: `corrections[${index}]`,
        title: `改正${index + 1}`,
        fields: [
          { path: `corrections[${index}].original`, label: `改正${index + 1}：文字稿里原来的字`, kind: 'fixed' },
          { path: `corrections[${index}].corrected`, label: `改正${index + 1}：改成`, kind: 'textarea' },
          { path: `corrections[${index}].reason`, label: `改正${index + 1}：理由`, kind: 'textarea' },
        ],
      })),
    },
  ]
}

function tablesSections(file: FilePath, data: unknown, docId: string): SectionSpec[] {
  const plans = list(data, 'projectPlans') as { id: string; docId: string; title: string }[]
  const groups: GroupSpec[] = [
    ...(record(data, 'powerList').docId === docId
      ? [{ path: 'drafts.powerList', title: String(record(data, 'powerList').title ?? '权责清单'), fields: [] }]
      : []),
    ...plans
      .filter((plan) => plan.docId === docId)
      .map((plan) => ({ path: `drafts.projectPlans.${plan.id}`, title: plan.title, fields: [] })),
  ]
  return [{ file, title: '附件表格（表格里的每一项在 tables 文件夹的 JSON 里改）', groups }]
}

export function sectionsOf(file: FilePath, data: unknown, docId: string): SectionSpec[] {
  if (file.startsWith('documents/')) return documentSections(file, data)
  if (file.startsWith('rules/')) return rulesSections(file, data)
  if (file.startsWith('corrections/')) return correctionsSections(file, data)
  if (file === 'tables/tables.json') return tablesSections(file, data, docId)
  return []
}

/** Every path a group shows something at (`file|path`). */
export function groupPaths(file: FilePath, group: GroupSpec): string[] {
  return [...(group.path ? [`${file}|${group.path}`] : []), ...group.fields.map((field) => `${file}|${field.path}`)]
}

/** Every path a section shows something at (`file|path`): its own, its groups', its fields'. */
export function sectionPaths(section: SectionSpec): string[] {
  return [
    ...(section.path ? [`${section.file}|${section.path}`] : []),
    ...section.groups.flatMap((group) => groupPaths(section.file, group)),
  ]
}

/** Every path the form shows something at (sections, groups, fields). */
export function shownPaths(sections: SectionSpec[]): Set<string> {
  return new Set(sections.flatMap(sectionPaths))
}
