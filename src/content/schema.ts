// The one definition of every data file the 公报室 edits in an issue folder (src/content/issues/<YYYY-NN>/): from it
// come the TypeScript types (src/content/types.ts, src/content/load.ts), content:check's shape check
// (validateContentFile) and the JSON Schemas in schemas/ that editors read through each file's "$schema"
// (`npm run content:schemas`). Objects are strict: a key the schema does not name is an error (a typo never
// passes silently). Only shapes live here; facts (amounts against the 原文, phones, dates) are content:check's.
//
// zod is a build-time dependency: app code (anything Taro bundles) imports only types from this module.
import { z } from 'zod'
import { POWER_TYPES } from './types'

/** Where an editor finds a file's JSON Schema: the file names it in "$schema", relative to itself. */
const schemaRef = z.string().describe('这个文件的格式说明（JSON Schema）在哪里，编辑器据此补全和标出错误。不用改。').optional()

const text = (description: string) => z.string().describe(description)
const isoDate = (description: string) => z.string().describe(`${description}（写成 YYYY-MM-DD，如 2022-09-30）`)

/** Fields `npm run content:import` drafted (field → where the draft came from): accepting a draft is deleting its line. */
const drafts = z.record(z.string(), z.string()).describe('导入起草、待人审核的字段（字段 → 草稿从哪里来）。核对无误后删掉那一行。')

// ——— documents/<id>.json ———

/** A span of time named in a document. Dates are ISO `YYYY-MM-DD`; either end may be missing. */
export const dateWindowSchema = z.strictObject({
  label: text('这个时间叫什么，如“缴费时间”'),
  start: isoDate('开始日期').optional(),
  end: isoDate('结束日期').optional(),
  /** The gazette's own words for this date (found in the document's 原文, which opens at them). */
  source: text('原文怎么写这个时间：照抄原文的字句').optional(),
  /** Our remark beside the words, e.g. that the gazette gives no end date. */
  note: text('我们的说明，如“原文没有写截止日期”').optional(),
  /**
   * What residents must do by this date (e.g. 交城乡居民医保费), only for dates that ask residents to act: such a
   * date, with an `end`, offers 加到手机日历 until it has passed.
   */
  act: text('居民在这个时间要做的事（40字以内，成为手机日历里的标题），如“交城乡居民医保费”；不要居民去办的时间不写').optional(),
})

/** One 要点: our plain wording, and the gazette's words it comes from (the 原文 opens at them). */
export const keyPointSchema = z.strictObject({
  text: text('这条要点，用老百姓能懂的话说（金额、日期要和原文一致）'),
  source: text('这条要点出自原文的哪句话：照抄原文的字句'),
})

export const consultationSchema = z.strictObject({
  /** The 咨询单位 exactly as printed beside the document. */
  unit: text('咨询单位，和原文印的一字不差'),
  /** A short name for lists: 人社局, 医疗保障局 … */
  shortName: text('咨询单位的简称，如“医保局”'),
  /** The 咨询电话, normalised to `0358-8223386` (the gazette sometimes prints the dash as "—"). */
  phone: text('咨询电话，写成 0358-8223386 这样'),
})

const annexTableSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('powers') }),
    z.strictObject({ kind: z.literal('projects'), planId: text('项目计划的编号（tables 里的 id）') }),
  ])
  .describe('附件在 App 里能按表格浏览：权责清单（powers）或涉农资金项目计划（projects）')

export const annexSchema = z.strictObject({
  title: text('附件的标题'),
  contains: text('附件里有什么，一句话'),
  /** The annex is browsable in the app: 权责清单 or 涉农资金 project plan (its id). */
  table: annexTableSchema.optional(),
})

/** Whom a document sends elsewhere, and to which self-check (its id). */
export const seeAlsoSchema = z.strictObject({
  who: text('给谁看，如“家里用瓶装液化气的住户”'),
  selfCheck: text('自查的编号'),
})

export const documentSchema = z.strictObject({
  $schema: schemaRef,
  /** Stable ASCII id, also the 小程序码 scene: `lzf2022-<n>` / `lzbf2022-<n>`. */
  id: text('文件编号，和文件名一致，如 lzf2022-25；印在二维码里，永不改变'),
  docNo: text('文号，如 离政发〔2022〕25号'),
  title: text('文件标题'),
  issuer: z.enum(['区人民政府', '区人民政府办公室']).describe('发文机关'),
  category: z.enum(['区政府文件', '区政府办公室文件']).describe('公报里的栏目'),
  signedOn: isoDate('落款日期'),
  /** Page of the gazette issue where the document starts (目录). */
  page: z.number().describe('这份文件在公报里从第几页开始（目录）'),
  topics: z.array(z.string()).describe('话题，如“医保”'),
  /** 谁需要看 */
  audience: z.array(z.string()).describe('谁需要看，如“城乡居民”'),
  /**
   * Readers who scan this document but are not the ones it is written for, pointed to the self-check that is for
   * them (a household scanning the restaurants' gas campaign is sent to the household cylinder check).
   */
  seeAlso: z.array(seeAlsoSchema).describe('扫到这份文件、但文件不是写给他们的人，指给他们的自查').optional(),
  summary: text('一句话说明：用老百姓能懂的话说这份文件讲什么（金额、日期要和原文一致）'),
  keyPoints: z.array(keyPointSchema).describe('要点，3到8条'),
  dates: z.array(dateWindowSchema).describe('文件里的时间：政策期限、截止日期等'),
  consultation: consultationSchema.describe('原文印在文件旁边的政策咨询'),
  /** 此件公开发布 */
  publicRelease: z.boolean().describe('此件公开发布：true 或 false'),
  annexes: z.array(annexSchema).describe('附件'),
  /** Places where the text is unclear and how we read it, shown to residents under 原文说明 (only notes that
   * change how to read the document). */
  readingNotes: z.array(z.string()).describe('原文不清楚的地方和我们的理解，给居民看（原文说明）'),
  /** Notes for the 公报室 about the extracted text (typos, broken lines): kept with the content, never shown. */
  editorNotes: z.array(z.string()).describe('给公报室自己看的备注（错字、断行），不给居民看').optional(),
  /** Figures in the summary or key points that we counted ourselves (not printed as such), and why. */
  ourCounts: z
    .strictObject({ figures: z.array(z.string()), why: z.string() })
    .describe('说明和要点里我们自己算出来的数（原文没有这样印），和怎么算的')
    .optional(),
  /**
   * Fields `npm run content:import` drafted (field → where the draft came from), for a person to review: content:check
   * lists each as 待审核 and a build refuses them. Accepting a draft is deleting its line.
   */
  drafts: drafts.optional(),
})

// ——— issue.json ———

export const officeSchema = z.strictObject({
  name: text('公报室名称'),
  phone: text('公报室电话，写成 0358-8222862 这样'),
  email: text('公报室邮箱'),
  address: text('公报室地址'),
  postcode: text('邮编'),
})

export const issueSchema = z.strictObject({
  $schema: schemaRef,
  /** `YYYY-NN`, e.g. `2022-03`. */
  id: text('期的编号：年份-期号，如 2022-03（和文件夹名一致）'),
  title: text('刊名'),
  year: z.number().describe('年份'),
  number: z.number().describe('这一年的第几期'),
  totalNumber: z.number().describe('总第几期'),
  publishedOn: isoDate('出版日期'),
  frequency: text('刊期，如“季刊”'),
  sponsor: text('主办单位'),
  office: officeSchema.describe('公报室'),
  legalNote: text('效力说明'),
  /** Document ids in 目录 order. */
  documents: z.array(z.string()).describe('这一期的文件编号，按目录顺序；每个编号在 documents 文件夹里有一个同名文件'),
})

// ——— rules/<name>.json ———

/** Where a rule value comes from, as written in a rules file (the 文号 and page are filled in from the document). */
export const citationFileSchema = z.strictObject({
  docId: text('出自哪份文件（文件编号）'),
  /** The clause as numbered in the document, e.g. `三、（二）` or `附件 第43项`. */
  clause: text('条款，照文件里的编号写，如“三、（二）”或“附件 第43项”'),
  /** The gazette's own words for this figure (the content check finds them in the issue's source text). */
  words: text('原文的字句：照抄，检查会在原文里找它'),
  /** Where the words state the value other than as a number (全额资助 for 0), those words. */
  valueWords: text('原文不是用数字说这个值时（如“全额资助”表示 0），那几个字').optional(),
})

export const periodSchema = z.strictObject({
  from: isoDate('从哪天起用'),
  to: isoDate('用到哪天；原文没写截止就不写').optional(),
})

/** What a person confirms of a rule value, list or edition the import carried forward from the issue before. */
export const reviewSchema = z
  .strictObject({
    issue: text('上一期的编号'),
    docId: text('上一期的文件编号'),
    words: text('上一期原文的字句'),
    value: z.number().describe('上一期的值').optional(),
    /** 【待核对】 what to look at. */
    check: text('要核对什么'),
  })
  .describe('导入从上一期带过来的标准，待人核对；核对无误后删掉 review 这一项')

/** One amount, rate, cap or threshold of a policy (after OpenFisca parameters), as written in a rules file. */
export const ruleParameterFileSchema = z.strictObject({
  id: text('参数编号，从一期到下一期不变，如 jiuye.transport.crossProvince'),
  label: text('参数的名称'),
  value: z.number().describe('数值（不加引号）'),
  unit: text('单位，如“元/人·年”'),
  /** When the figure applies; `to` missing when the gazette gives no end. */
  period: periodSchema.describe('这个值适用的时间'),
  cite: citationFileSchema.describe('出处'),
  review: reviewSchema.optional(),
})

/** An edition of a calculator or self-check: the period its figures follow, in the words of its document. */
export const toolEditionFileSchema = z.strictObject({
  /** 2023年度居民医保集中缴费期 */
  label: text('这一期标准的名称，如“2023年度居民医保集中缴费期”'),
  period: periodSchema.describe('适用时间'),
  /** Our remark beside the words, e.g. that the gazette gives no end date. */
  note: text('我们的说明，如“原文没有写截止日期”').optional(),
  cite: citationFileSchema.describe('出处'),
  review: reviewSchema.optional(),
})

/** A list the gazette gives (e.g. the pilot townships), with the period it applies and its citation. */
export const ruleListFileSchema = z.strictObject({
  label: text('名单的名称'),
  values: z.array(z.string()).describe('名单'),
  period: periodSchema.describe('适用时间'),
  cite: citationFileSchema.describe('出处'),
  review: reviewSchema.optional(),
})

export const rulesSchema = z.strictObject({
  $schema: schemaRef,
  /** A draft's reminder (【待填写】…) until the amounts of the issue are written; content:check lists it. */
  todo: text('导入留下的提醒；写完参数后删掉这一行').optional(),
  /** The calculators and self-checks this document governs in this issue: the period each follows and its words. */
  tools: z.record(z.string(), toolEditionFileSchema).describe('这份文件管的计算器和自查（编号 → 这一期的适用时间和原文）').optional(),
  params: z.array(ruleParameterFileSchema).describe('金额、比例、上限等参数'),
  lists: z.record(z.string(), ruleListFileSchema).describe('原文给出的名单（编号 → 名单）').optional(),
})

// ——— corrections/<id>.json ———

/** One fix to the extracted text (a broken or interleaved line, a stray character), shown under 原文说明. */
export const correctionSchema = z.strictObject({
  /** The extracted text as it is (whitespace is ignored when it is looked up). */
  original: text('文字稿里现在的样子（照抄，空白不算）'),
  /** What the gazette prints; `\n` separates paragraphs; empty to drop the text. */
  corrected: text('公报上印的样子；\\n 分段；空着表示删掉这段字'),
  reason: text('为什么改，给居民看（原文说明）'),
  /** Where the import drafted this correction from: accepting it is deleting this line. */
  draft: text('导入起草的改正，从哪里来；核对无误后删掉这一行').optional(),
})

export const correctionsSchema = z.strictObject({
  $schema: schemaRef,
  corrections: z.array(correctionSchema).describe('对文字稿的改正'),
})

// ——— tables/ ———

export const legalBasisSchema = z.strictObject({
  /** 法律 / 行政法规 / 地方性法规 / 部门规章 / 政府规章 / 规范性文件 */
  kind: text('法律、行政法规、地方性法规、部门规章、政府规章或规范性文件'),
  title: text('法规名称'),
  /** Edition as printed, e.g. 2019年修正. */
  edition: text('版本，照印的写，如“2019年修正”'),
  /** The articles as quoted in the list. */
  articles: text('条文，照清单里引的写'),
})

export const powerItemSchema = z.strictObject({
  no: z.number().describe('序号'),
  type: z.enum(POWER_TYPES).describe('职权类型'),
  name: text('职权名称'),
  /** 实施主体: 乡镇 and/or 街道. */
  township: z.boolean().describe('实施主体有乡镇：true 或 false'),
  subdistrict: z.boolean().describe('实施主体有街道：true 或 false'),
  basis: z.array(legalBasisSchema).describe('职权依据'),
  /** How a broken row of the extracted text was repaired. */
  notes: z.array(z.string()).describe('文字稿里断了的行是怎么补的'),
})

export const fundedProjectSchema = z.strictObject({
  no: z.number().describe('序号'),
  category: text('项目类别，要是计划里的一个分类'),
  name: text('项目名称'),
  location: text('建设地点'),
  task: text('建设任务'),
  nature: text('建设性质'),
  period: text('实施期限'),
  /** 万元, as printed (amountText keeps notes such as 第一批/第二批). */
  amount: z.number().describe('金额（万元，不加引号）'),
  amountText: text('金额，照印的写（保留“第一批”等字样）'),
  source: text('资金来源'),
  standard: text('补助标准'),
  goal: text('绩效目标'),
  responsible: text('责任单位'),
  implementer: text('实施单位'),
  /** 乡镇（街道） the project is in, or 全区 when it spans several or the whole district. */
  township: text('项目所在的乡镇（街道）；跨几个乡镇或全区的写“全区”'),
  villages: z.array(z.string()).describe('涉及的村'),
  note: text('备注').optional(),
})

export const projectPlanHeadSchema = z.strictObject({
  id: text('项目计划的编号，如 initial'),
  docId: text('所属文件的编号'),
  title: text('计划表的标题'),
  /** Totals printed in the gazette, 万元. */
  printedTotal: z.number().describe('公报印的合计（万元）'),
  printedCategories: z
    .array(z.strictObject({ name: z.string(), total: z.number(), where: z.string() }))
    .describe('公报印的各类小计（万元）和印在哪里'),
})

export const powerListHeadSchema = z.strictObject({
  docId: text('所属文件的编号'),
  title: text('清单的标题'),
})

/** tables/tables.json: the heads of the issue's annex tables (their rows are in the item files beside it). */
export const tablesSchema = z.strictObject({
  $schema: schemaRef,
  drafts: drafts.optional(),
  powerList: powerListHeadSchema.optional(),
  projectPlans: z.array(projectPlanHeadSchema).describe('涉农资金项目计划表'),
})

/** The kinds of data file in an issue folder, each with its schema. */
export const contentSchemas = {
  issue: issueSchema,
  document: documentSchema,
  rules: rulesSchema,
  corrections: correctionsSchema,
  tables: tablesSchema,
  /** tables/<name>.json with the 权责清单's items (a JSON array: it names its schema through .vscode/settings.json). */
  powers: z.array(powerItemSchema),
  /** tables/projects-<id>.json: a plan's projects (a JSON array, as powers). */
  projects: z.array(fundedProjectSchema),
} as const

export type ContentFileKind = keyof typeof contentSchemas

/** The kinds whose files are JSON objects and name their schema in "$schema". */
export const KINDS_WITH_SCHEMA_REF = ['issue', 'document', 'rules', 'corrections', 'tables'] as const satisfies readonly ContentFileKind[]

/** The folder (from the repository's root) where the JSON Schemas are written. */
export const SCHEMA_FOLDER = 'schemas'

export function schemaFileName(kind: ContentFileKind): string {
  return `${kind}.schema.json`
}

/**
 * The kind of a data file from its path inside its issue folder (`issue.json`, `documents/x.json`, `rules/x.json`,
 * `corrections/x.json`, `tables/tables.json`, `tables/projects-<id>.json`, other `tables/*.json` = 权责清单 items).
 */
export function contentFileKind(pathInIssueFolder: string): ContentFileKind | undefined {
  const path = pathInIssueFolder.replace(/\\/g, '/')
  if (path === 'issue.json') return 'issue'
  const match = /^(documents|rules|corrections|tables)\/([^/]+)\.json$/.exec(path)
  if (!match) return undefined
  const [, folder, name] = match
  if (folder === 'documents') return 'document'
  if (folder === 'rules') return 'rules'
  if (folder === 'corrections') return 'corrections'
  if (name === 'tables') return 'tables'
  return name.startsWith('projects-') ? 'projects' : 'powers'
}

/** What a data file at this path in its issue folder writes in "$schema": the schema's path relative to the file. */
export function schemaRefFor(pathInIssueFolder: string): string | undefined {
  const kind = contentFileKind(pathInIssueFolder)
  if (!kind || !(KINDS_WITH_SCHEMA_REF as readonly string[]).includes(kind)) return undefined
  // The issue folder is src/content/issues/<id>/ (test fixtures: tests/fixtures/issues/<id>/): four folders deep.
  const depth = 4 + pathInIssueFolder.split('/').length - 1
  return `${'../'.repeat(depth)}${SCHEMA_FOLDER}/${schemaFileName(kind)}`
}

// ——— validation ———

export interface ContentProblem {
  /** Where in the file: keys and array indexes, e.g. ['keyPoints', 0, 'source']. */
  path: (string | number)[]
  /** A complete sentence a clerk understands. */
  message: string
}

/** A field path as content:check prints it: keyPoints[0].source. */
export function fieldOfPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('')
}

const WANTED: Record<string, string> = {
  string: '一段文字（直接改文件的，用英文双引号括起来，如 "医保"）',
  number: '一个数字，只写数字，如 350（不带“元”“人”这样的字）',
  boolean: '“是”（true）或“否”（false）',
  array: '一组内容（用方括号 [ ] 括起来）',
  object: '一组字段（用花括号 { } 括起来）',
  record: '一组字段（用花括号 { } 括起来）',
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return '一组内容（方括号 [ ]）'
  if (typeof value === 'string') return `文字“${value}”`
  if (typeof value === 'number') return `数字 ${value}`
  if (typeof value === 'boolean') return String(value)
  return '一组字段（花括号 { }）'
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let node = json
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
  return node
}

function messagesOf(issue: z.core.$ZodIssue, json: unknown): ContentProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  const value = valueAt(json, issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `这里不能有“${key}”这一项：是字段名拼错了，还是放错了地方？请改成正确的字段名，或者删掉这一项。`,
      }))
    case 'invalid_type': {
      const wanted = WANTED[issue.expected] ?? '别的写法'
      if (value === undefined) return [{ path, message: `缺少这一项：它必须写，要填${wanted}。` }]
      return [{ path, message: `这里要填${wanted}，现在填的是${describeValue(value)}。` }]
    }
    case 'invalid_value':
      return [
        { path, message: `不能填${describeValue(value)}：只能填 ${issue.values.map((each) => `“${String(each)}”`).join('、')} 中的一个。` },
      ]
    case 'invalid_union':
      // A discriminated union (an annex's table) names the values its key may take.
      if ('options' in issue && issue.options)
        return [
          {
            path,
            message: `不能填${describeValue(value)}：只能填 ${issue.options.map((each) => `“${String(each)}”`).join('、')} 中的一个。`,
          },
        ]
      return [{ path, message: '这一项的写法不对：请照同类文件里这一项的写法改正。' }]
    default:
      return [{ path, message: '这一项的写法不对：请照同类文件里这一项的写法改正。' }]
  }
}

/**
 * The shape problems of one data file's parsed JSON (the desk shows each at its field; content:check prints each
 * as a line). Empty when the file has the shape its kind must have.
 */
export function validateContentFile(kind: ContentFileKind, json: unknown): ContentProblem[] {
  const result = contentSchemas[kind].safeParse(json)
  return result.success ? [] : result.error.issues.flatMap((issue) => messagesOf(issue, json))
}

/** The JSON Schema of each kind of data file, as `npm run content:schemas` writes it to schemas/. */
export function jsonSchemaOf(kind: ContentFileKind): Record<string, unknown> {
  return z.toJSONSchema(contentSchemas[kind], { target: 'draft-7', io: 'input' }) as Record<string, unknown>
}

export type DocumentFile = z.infer<typeof documentSchema>
export type IssueFileData = z.infer<typeof issueSchema>
export type RulesFileData = z.infer<typeof rulesSchema>
export type CorrectionsFile = z.infer<typeof correctionsSchema>
export type TablesFile = z.infer<typeof tablesSchema>
export type DateWindowData = z.infer<typeof dateWindowSchema>
export type KeyPointData = z.infer<typeof keyPointSchema>
export type ConsultationData = z.infer<typeof consultationSchema>
export type AnnexData = z.infer<typeof annexSchema>
export type SeeAlsoData = z.infer<typeof seeAlsoSchema>
export type OfficeData = z.infer<typeof officeSchema>
export type CitationFileData = z.infer<typeof citationFileSchema>
export type PeriodData = z.infer<typeof periodSchema>
export type ReviewData = z.infer<typeof reviewSchema>
export type RuleParameterFileData = z.infer<typeof ruleParameterFileSchema>
export type ToolEditionFileData = z.infer<typeof toolEditionFileSchema>
export type RuleListFileData = z.infer<typeof ruleListFileSchema>
export type CorrectionData = z.infer<typeof correctionSchema>
export type LegalBasisData = z.infer<typeof legalBasisSchema>
export type PowerItemData = z.infer<typeof powerItemSchema>
export type FundedProjectData = z.infer<typeof fundedProjectSchema>
export type ProjectPlanHeadData = z.infer<typeof projectPlanHeadSchema>
export type PowerListHeadData = z.infer<typeof powerListHeadSchema>
