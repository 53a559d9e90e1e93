// The content check run before every build (`npm run content:check`): one line per problem, naming the
// file, the field and what is wrong. Plain TypeScript, so tests can feed it broken content.
import {
  POWER_TYPES,
  type Citation,
  type GazetteDocument,
  type GazetteIssue,
  type PowerList,
  type ProjectPlan,
  type RuleParameter,
  type ToolEdition,
} from '#src/content/types'
import type { RuleList } from '#src/content/load'
import {
  blockText,
  blockWithWords,
  clauseAnchor,
  locateCitation,
  squashText,
  timesPrinted,
  type OriginalDocument,
} from '#src/content/original-document'
import { dateClaimProblems, unprintedDates } from './date-claims'
import { printedDay } from './printed-dates'
import { FIGURE, printedDocuments, squash, wordsStateValue, type PrintedDocument } from './source-text'
import { clauseOfWords, printedUnit, valuesOutOfOrder, type CitedValue } from './figures'
import { isValidIsoDate } from '#src/domain/dates/dates'
import { MAX_WORDS_LENGTH } from '#src/domain/links/link-targets'
import { landingBlock, markInBlock } from '#src/domain/original-reader'
import { DOC_ID_PATTERN, docNoOfId, SCENE_MAX_LENGTH } from '#src/domain/links/deeplink'
import { isWellFormedPhone, normalizePhone } from '#src/domain/phone'
import { fieldOfPath, validateContentFile, type ContentProblem } from '#src/content/schema'

export interface Problem {
  file: string
  /** The line in the file, where known (JSON data files). */
  line?: number
  field: string
  message: string
}

export interface CheckInput {
  issues: GazetteIssue[]
  params: RuleParameter[]
  /** Lists the gazette gives (the 托管 pilot townships), each with its citation. */
  lists?: RuleList[]
  /** The self-checks there are: a document's seeAlso may name only these. */
  selfCheckIds: string[]
  /** Where a document (or, without one, the issue) is written, for the report. */
  fileOf: (issueId: string, doc?: GazetteDocument) => string
  /** Editions of calculators and self-checks (each issue's rules files, `tools`). */
  tools?: ToolEdition[]
  /** The calculators and self-checks the content must give an edition to. */
  toolIds?: string[]
  /** Where an issue's rule parameter, list or tool edition (`tool:<id>`) with this id is written. */
  paramFile: (issueId: string, id: string) => string
  /** Each issue's own gazette text (its folder's source.txt); undefined when the folder has none. */
  sourceOf: (issueId: string) => string | undefined
  sourceFile: (issueId: string) => string
  powerLists: PowerList[]
  projectPlans: ProjectPlan[]
  tablesFile: (docId: string) => string
  /** A document's 原文 as built from its issue's source.txt and corrections; undefined when it has none. */
  originalOf?: (docId: string) => OriginalDocument | undefined
  /** The line of a field in a file, where known: a message that points at another file names its line too. */
  lineOf?: (file: string, field: string) => number | undefined
  /** Data files the shape check (./schema) refused: their own checks are skipped, they would only repeat it. */
  wrongShape?: (file: string) => boolean
}

const SCENE_CHARSET = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.field}: ${problem.message}`
}

/** What `npm run content:import` writes where a person has to write something. */
export const TO_FILL = '【待填写】'

/** How content:check starts the line of a draft the import carried forward (a rule value, list or edition). */
export const REVIEW = '待审核：'

/** Where to review a draft, for someone reading content:check's list (the desk leaves it out: see inTheDesk). */
export const REVIEW_WHERE = '请在审核台（npm run desk）里'

/** How to accept a draft without the desk (the desk leaves it out: see inTheDesk). */
export const reviewByHand = (mark: string) => `（直接改文件的：核对无误后删掉 ${mark}）`

/** A field the import drafted (a document's `drafts`, a correction's `draft`): accepted by deleting the mark. */
export function draftMessage(from: string, mark = 'drafts 里的这一行'): string {
  return `${REVIEW}导入起草的（${from}）。${REVIEW_WHERE}对照原文核对，无误就点这一项的“核对无误，确认这一项”${reviewByHand(mark)}。`
}

/** A tool edition's words: in the document's own issue text, inside the clause named. */
function checkToolCitation(
  cite: Citation | undefined,
  docs: Map<string, { docNo: string; source?: string }>,
  originalOf: CheckInput['originalOf'],
  f: (field: string, message: string) => void,
): void {
  const doc = cite ? docs.get(cite.docId) : undefined
  if (!cite || !doc) return f('cite.docId', `引用的文件“${cite?.docId}”不存在`)
  if (!cite.clause?.trim() || !cite.words?.trim()) return f('cite', '要写明条款和原文')
  if (doc.source !== undefined && !doc.source.includes(squash(cite.words)))
    return f('cite.words', `“${cite.words}”在这期公报的原文里找不到`)
  checkCitationLands(cite, doc.docNo, originalOf?.(cite.docId), f)
}

export function checkContent(input: CheckInput): Problem[] {
  const problems: Problem[] = []
  const seenIds = new Map<string, string>()
  const docs = new Map<string, { docNo: string; page: number; source?: string }>()

  for (const issue of input.issues) {
    const issueFile = input.fileOf(issue.id)
    const fail = (file: string, field: string, message: string) => problems.push({ file, field, message })
    // issue.json's shape (its document ids are checked against the files by content:check's listing).
    const issueShape = validateContentFile('issue', { ...issue, documents: [] })
    for (const problem of issueShape) problems.push(shapeProblem(issueFile, problem))
    if (issueShape.length === 0) checkIssueFacts(issue, (field, message) => fail(issueFile, field, message))

    const source = input.sourceOf(issue.id)
    if (source === undefined) fail(input.sourceFile(issue.id), '(全文)', '缺少这期公报的文字稿 source.txt，内容无法和原文核对')
    const printed = source === undefined ? undefined : printedDocuments(source)
    const squashedSource = source === undefined ? undefined : squash(source)

    for (const doc of issue.documents) {
      const file = input.fileOf(issue.id, doc)
      const f = (field: string, message: string) => fail(file, field, message)
      const shape = validateContentFile('document', doc)
      for (const problem of shape) problems.push(shapeProblem(file, problem))
      if (shape.length > 0) {
        // Its own checks are skipped; what cites it is still checked against the issue's text.
        if (typeof doc.id === 'string') docs.set(doc.id, { docNo: String(doc.docNo), page: doc.page, source: squashedSource })
        continue
      }
      for (const [field, text] of writtenFields(doc)) if (text.includes(TO_FILL)) f(field, toFillMessage(text))
      for (const [field, from] of Object.entries(doc.drafts ?? {})) f(field, draftMessage(from))
      if (!DOC_ID_PATTERN.test(doc.id)) f('id', `“${doc.id}” 不符合编号规则（如 lzf2022-25、lzbf2022-34）`)
      if (doc.id.length > SCENE_MAX_LENGTH || !SCENE_CHARSET.test(doc.id))
        f('id', `“${doc.id}” 不能用作小程序码 scene（最多32个字符，只能用字母数字和 !#$&'()*+,/:;=?@-._~）`)
      const earlier = seenIds.get(doc.id)
      if (earlier) {
        // Name the file that was changed: the one whose file name is not its id.
        const [changed, other] = isNamedFor(earlier, doc.id) ? [file, earlier] : [earlier, file]
        fail(changed, 'id', duplicateIdMessage(doc.id, changed, other, input.lineOf?.(other, 'id')))
      }
      seenIds.set(doc.id, file)
      const expectedNo = docNoOfId(doc.id)
      if (expectedNo && doc.docNo !== expectedNo) f('docNo', `“${doc.docNo}”和编号“${doc.id}”不一致（应为 ${expectedNo}）`)
      const government = doc.id.startsWith('lzf')
      if (doc.issuer !== (government ? '区人民政府' : '区人民政府办公室')) f('issuer', `“${doc.issuer}”和文号不一致`)
      if (doc.category !== (government ? '区政府文件' : '区政府办公室文件')) f('category', `“${doc.category}”和文号不一致`)
      for (const key of ['title', 'summary'] as const) if (!doc[key]?.trim()) f(key, '不能为空')
      if (!Number.isInteger(doc.page) || doc.page <= 0) f('page', '公报页码要填正整数')
      if (doc.topics.length === 0) f('topics', '至少要有一个话题')
      if (doc.audience.length === 0) f('audience', '至少写一类“谁需要看”')
      if (doc.keyPoints.length < 3 || doc.keyPoints.length > 8) f('keyPoints', `要点要3到8条，现在${doc.keyPoints.length}条`)
      // An item added and left empty (the desk's 加一条…) is not a key point, date, topic or audience.
      doc.keyPoints.forEach((point, index) => {
        if (!point.text?.trim()) f(`keyPoints[${index}].text`, `不能为空：写这条要点，或者点“删掉要点${index + 1}”。`)
        if (!point.source?.trim()) f(`keyPoints[${index}].source`, '不能为空：照抄这条要点出自原文的哪句话（可以在原文里选中这些字）。')
      })
      doc.dates.forEach((window, index) => {
        if (!window.label?.trim()) f(`dates[${index}].label`, '不能为空：给这个时间起个名称，如“缴费时间”。')
      })
      for (const key of ['topics', 'audience'] as const)
        doc[key].forEach((item, index) => {
          if (!item.trim()) f(`${key}[${index}]`, '不能为空：写上，或者删掉这一条。')
        })
      if (!isValidIsoDate(doc.signedOn))
        f(
          'signedOn',
          `“${doc.signedOn}”不是一个真有的日期，或者写法不对：在审核台（npm run desk）里写成 2023年9月1日 这样；直接改文件的写成 2023-09-01 这样（年-月-日）。`,
        )
      if (doc.dates.length === 0) f('dates', '至少要有一个时间（政策期限、截止日期等）')
      doc.dates.forEach((window, index) => {
        const field = `dates[${index}]（${window.label}）`
        for (const [name, day] of [
          ['start', window.start],
          ['end', window.end],
        ] as const) {
          if (day !== undefined && !isValidIsoDate(day))
            f(
              `${field}.${name}`,
              `“${day}”不是一个真有的日期，或者写法不对：在审核台（npm run desk）里写成 2023年9月1日 这样；直接改文件的写成 2023-09-01 这样（年-月-日）。`,
            )
        }
        if (window.start && window.end && window.start > window.end) f(field, '开始日期晚于结束日期')
        if (!window.start && !window.end && !window.source)
          f(field, '没有具体日期时，要写“原文原话”：照抄原文里说这个时间的字句（在审核台里可以在原文里选中这些字）。')
        else if (!window.start && !window.end && !window.note?.trim())
          f(
            field,
            '没有写开始日期、结束日期，也没有说明：原文写了具体哪一天的，写上开始或结束日期；原文没写具体哪一天的（如“6月中旬前”“秋季开学起”），在“我们的说明”（note）里写明，如“原文只写到6月中旬前，没有写具体哪一天”。',
          )
        else if (!window.source)
          f(
            `${field}.source`,
            '写了日期，就要在“原文原话”里照抄原文里说这个时间的字句，检查才能核对日期（在审核台里可以在原文里选中这些字）。',
          )
        checkAct(window.act, window.end, (message) => f(`${field}.act`, message))
      })
      if (isValidIsoDate(doc.signedOn)) checkDateClaims(doc, f)
      if (!doc.consultation.unit.trim()) f('consultation.unit', '不能为空')
      for (const [index, pointer] of (doc.seeAlso ?? []).entries()) {
        if (!pointer.who.trim()) f(`seeAlso[${index}].who`, '要写明给谁看，如“家里用瓶装液化气的住户”')
        if (!input.selfCheckIds.includes(pointer.selfCheck))
          f(`seeAlso[${index}].selfCheck`, `没有编号为“${pointer.selfCheck}”的自查（有：${input.selfCheckIds.join('、')}）`)
      }
      checkPhone(doc.consultation.phone, (message) => f('consultation.phone', message))
      const original = input.originalOf?.(doc.id)
      if (printed && squashedSource !== undefined) checkAgainstSource(doc, printed.get(doc.docNo), original, f)
      if (original) checkAgainstOriginal(doc, original, f)
      docs.set(doc.id, { docNo: doc.docNo, page: doc.page, source: squashedSource })
    }
  }

  // A parameter keeps its id from issue to issue (a new value each time, starting later); within an issue, once.
  const seenParams = new Map<string, string>()
  const earlier = new Map<string, RuleParameter>()
  // Values of one file citing the same words, each standing for one of its figures (see valuesOutOfOrder).
  const sameWords = new Map<string, { param: RuleParameter; file: string; cited: CitedValue }[]>()
  const byIssue = [...input.params].sort((a, b) => a.issueId.localeCompare(b.issueId))
  for (const param of byIssue) {
    const file = input.paramFile(param.issueId, param.id)
    if (input.wrongShape?.(file)) continue
    const f = (field: string, message: string) => problems.push({ file, field: `${param.id}.${field}`, message })
    const key = `${param.issueId}/${param.id}`
    if (seenParams.has(key)) {
      const other = seenParams.get(key)!
      const line = input.lineOf?.(other, `${param.id}.id`)
      f(
        'id',
        `这一期已经有编号为“${param.id}”的参数（在 ${other}${line ? `:${line}` : ''}），同一期里一个编号只能写一次：删掉其中一个，或者给这个参数另起一个编号。`,
      )
    }
    seenParams.set(key, file)
    if (typeof param.value !== 'number' || !Number.isFinite(param.value)) f('value', '不是有效数字')
    if (!param.period || !isValidIsoDate(param.period.from)) f('period.from', `“${param.period?.from}” 不是有效日期`)
    else if (param.period.to !== undefined && (!isValidIsoDate(param.period.to) || param.period.to < param.period.from))
      f('period.to', `“${param.period.to}” 不是有效的截止日期`)
    const before = earlier.get(param.id)
    if (before && before.issueId !== param.issueId && param.period && before.period && param.period.from <= before.period.from) {
      f('period.from', `要晚于上一期（${before.issueId}）这个参数的开始日期${before.period.from}：新一期的标准从哪天起用，要写新一期的日期`)
    }
    earlier.set(param.id, param)
    const cite = param.cite as RuleParameter['cite'] | undefined
    if (!cite) {
      f('cite', '没有写出处（文件、条款、页码和原文）')
      continue
    }
    const doc = docs.get(cite.docId)
    if (!doc) {
      f('cite.docId', `引用的文件“${cite.docId}”不存在`)
      continue
    }
    if (!cite.clause?.trim() || !cite.words?.trim()) {
      f('cite', '要写明条款和原文')
      continue
    }
    if (doc.source !== undefined && !doc.source.includes(squash(cite.words))) f('cite.words', `“${cite.words}”在这期公报的原文里找不到`)
    else if (Number.isFinite(param.value) && !wordsStateValue(cite.words, param.value, param.unit, cite.valueWords)) {
      f('value', `${param.value}${param.unit}和引用的原文“${cite.valueWords ?? cite.words}”不符`)
    } else if (cite.valueWords === undefined && Number.isFinite(param.value)) {
      const key = [param.issueId, file, cite.docId, squash(cite.words), printedUnit(param.unit)].join('|')
      const cited = { value: param.value, unit: param.unit, label: param.label, words: cite.words }
      sameWords.set(key, [...(sameWords.get(key) ?? []), { param, file, cited }])
    }
    checkCitationLands(cite, doc.docNo, input.originalOf?.(cite.docId), f)
  }
  for (const group of sameWords.values()) {
    const wrong = valuesOutOfOrder(group.map((each) => each.cited))
    for (const { param, file, cited } of group) {
      if (!wrong.has(cited)) continue
      problems.push({ file, field: `${param.id}.value`, message: swappedValueMessage(cited, wrong.get(cited), group.length) })
    }
  }

  for (const list of input.lists ?? []) {
    const file = input.paramFile(list.issueId, list.id)
    if (input.wrongShape?.(file)) continue
    const f = (field: string, message: string) => problems.push({ file, field: `lists.${list.id}.${field}`, message })
    const source = docs.get(list.cite?.docId ?? '')?.source
    if (!source) f('cite.docId', `引用的文件“${list.cite?.docId}”不存在`)
    else if (!source.includes(squash(list.cite.words))) f('cite.words', `“${list.cite.words}”在这期公报的原文里找不到`)
    // A 街道 is printed as 街道办 in some places: the name without 街道 must be in the cited words.
    else
      for (const value of list.values)
        if (!squash(list.cite.words).includes(squash(value.replace(/街道$/, '')))) f('values', `“${value}”不在引用的原文里`)
    if (list.cite)
      checkCitationLands(list.cite, docs.get(list.cite.docId)?.docNo ?? list.cite.docId, input.originalOf?.(list.cite.docId), f)
  }

  const editions = input.tools ?? []
  for (const tool of editions) {
    const file = input.paramFile(tool.issueId, `tool:${tool.toolId}`)
    if (input.wrongShape?.(file)) continue
    const f = (field: string, message: string) => problems.push({ file, field: `tools.${tool.toolId}.${field}`, message })
    if (input.toolIds && !input.toolIds.includes(tool.toolId))
      f('(编号)', `没有叫“${tool.toolId}”的计算器或自查：编号要是其中之一（${input.toolIds.join('、')}）`)
    if (!tool.label?.trim()) f('label', '要写这一期标准的名称，如“2023年度居民医保集中缴费期”')
    if (!tool.period || !isValidIsoDate(tool.period.from)) f('period.from', `“${tool.period?.from}” 不是有效日期`)
    else if (tool.period.to !== undefined && (!isValidIsoDate(tool.period.to) || tool.period.to < tool.period.from))
      f('period.to', `“${tool.period.to}” 不是有效的截止日期`)
    checkToolCitation(tool.cite, docs, input.originalOf, f)
  }
  for (const id of input.toolIds ?? []) {
    if (!editions.some((tool) => tool.toolId === id))
      problems.push({
        file: 'src/content/issues',
        field: `tools.${id}`,
        message: `计算器或自查“${id}”没有哪一期的适用时间：在它所依据文件的 rules 文件里写 tools.${id}（名称、起止日期和原文）`,
      })
  }

  for (const list of input.powerLists) {
    const file = input.tablesFile(list.docId)
    if (input.wrongShape?.(file)) continue
    if (!docs.has(list.docId)) problems.push({ file, field: 'docId', message: `权责清单所属文件“${list.docId}”不存在` })
    list.items.forEach((item, index) => {
      const f = (field: string, message: string) => problems.push({ file, field: `第${item.no}项.${field}`, message })
      if (item.no !== index + 1) f('no', `序号应为${index + 1}`)
      if (!(POWER_TYPES as readonly string[]).includes(item.type)) f('type', `“${item.type}”不是职权类型`)
      if (!item.name.trim()) f('name', '职权名称不能为空')
      if (!item.township && !item.subdistrict) f('实施主体', '乡镇、街道至少选一个')
      if (item.basis.length === 0) f('basis', '至少要有一条职权依据')
      item.basis.forEach((basis, b) => {
        if (!basis.title.trim() || !basis.articles.trim()) f(`basis[${b}]`, '依据要写明法规名称和条文')
      })
    })
  }

  for (const plan of input.projectPlans) {
    const file = input.tablesFile(plan.docId)
    if (input.wrongShape?.(file)) continue
    const f = (field: string, message: string) => problems.push({ file, field: `${plan.id}.${field}`, message })
    if (!docs.has(plan.docId)) f('docId', `项目计划所属文件“${plan.docId}”不存在`)
    const sum = (projects: { amount: number }[]) => Math.round(projects.reduce((total, p) => total + p.amount, 0) * 100) / 100
    const total = sum(plan.projects)
    if (total !== plan.printedTotal) f('合计', `各项目金额加起来是${total}万元，公报印的是${plan.printedTotal}万元`)
    for (const category of plan.printedCategories) {
      const categorySum = sum(plan.projects.filter((p) => p.category === category.name))
      if (categorySum !== category.total)
        f(`${category.name}小计`, `加起来是${categorySum}万元，公报（${category.where}）印的是${category.total}万元`)
    }
    plan.projects.forEach((project, index) => {
      if (project.no !== index + 1) f(`第${project.no}项.no`, `序号应为${index + 1}`)
      if (!Number.isFinite(project.amount) || project.amount <= 0) f(`第${project.no}项.amount`, '金额要是正数（万元）')
      if (!plan.printedCategories.some((c) => c.name === project.category))
        f(`第${project.no}项.category`, `“${project.category}”不在分类里`)
    })
  }

  // Annexes that the app shows as tables must point at a table of the same document.
  for (const issue of input.issues) {
    for (const doc of issue.documents) {
      doc.annexes.forEach((annex, index) => {
        const table = annex.table
        if (!table) return
        const found =
          table.kind === 'powers'
            ? input.powerLists.some((list) => list.docId === doc.id)
            : input.projectPlans.some((plan) => plan.id === table.planId && plan.docId === doc.id)
        if (!found)
          problems.push({
            file: input.fileOf(issue.id, doc),
            field: `annexes[${index}].table`,
            message: '指向的表格不存在或不属于这份文件',
          })
      })
    }
  }

  return problems
}

/** The issue's own facts (issue.json): its id, masthead, dates and the office's phone and email. */
function checkIssueFacts(issue: GazetteIssue, f: (field: string, message: string) => void): void {
  if (!/^\d{4}-\d{2}$/.test(issue.id)) f('id', `“${issue.id}” 应写成“年份-期号”，如 2022-03`)
  for (const key of ['title', 'sponsor', 'legalNote', 'frequency'] as const) if (!issue[key].trim()) f(key, '不能为空')
  for (const key of ['year', 'number', 'totalNumber'] as const) if (!Number.isInteger(issue[key]) || issue[key] <= 0) f(key, '要填正整数')
  if (!isValidIsoDate(issue.publishedOn))
    f(
      'publishedOn',
      `“${issue.publishedOn}”不是一个真有的日期，或者写法不对：在审核台（npm run desk）里写成 2023年9月1日 这样；直接改文件的写成 2023-09-01 这样（年-月-日）。`,
    )
  checkPhone(issue.office.phone, (message) => f('office.phone', message))
  if (!EMAIL.test(issue.office.email)) f('office.email', `“${issue.office.email}” 不是有效的电子邮箱`)
  if (issue.documents.length === 0) f('documents', '一期公报至少要有一份文件')
}

/** A document's facts against what its own issue's gazette text prints for it. */
function checkAgainstSource(
  doc: GazetteDocument,
  printed: PrintedDocument | undefined,
  original: OriginalDocument | undefined,
  f: (field: string, message: string) => void,
): void {
  if (!printed) {
    f('docNo', `原文里找不到“${doc.docNo}”这份文件`)
    return
  }
  const phone = printed.consultPhone === undefined ? undefined : normalizePhone(printed.consultPhone)
  if (printed.consultUnit === undefined || phone === undefined)
    f('consultation', '原文这份文件旁边没有“政策咨询”（咨询单位、咨询电话），不能自己编')
  else {
    if (doc.consultation.unit !== printed.consultUnit)
      f('consultation.unit', `“${doc.consultation.unit}”和原文印的“${printed.consultUnit}”不一致`)
    if (doc.consultation.phone !== phone) f('consultation.phone', `“${doc.consultation.phone}”和原文印的“${printed.consultPhone}”不一致`)
  }
  const signed = printed.signedLine === undefined ? undefined : printedDay(printed.signedLine)
  if (signed === undefined) f('signedOn', '原文里找不到这份文件的落款日期，没法核对')
  else if (doc.signedOn !== signed) f('signedOn', `“${doc.signedOn}”和原文落款“${printed.signedLine}”不一致`)
  if (printed.tocPage !== undefined && doc.page !== printed.tocPage) f('page', `第${doc.page}页和目录印的第${printed.tocPage}页不一致`)
  const counted = doc.ourCounts?.figures ?? []
  // A figure must be printed in this document, not merely somewhere in the issue (another document's 1600元 is no
  // source for this one's); a key point's in the words it cites or their clause (keyPointFigureMessage). The summary
  // cites no words: it sums up the whole document, so its figures are looked for in the whole document.
  const ownText = squash(printed.text)
  const texts: [string, string][] = [
    ['summary', doc.summary],
    ...doc.keyPoints.map((point, index): [string, string] => [`keyPoints[${index}].text`, point.text]),
  ]
  texts.forEach(([field, text], index) => {
    const point = index === 0 ? undefined : doc.keyPoints[index - 1]
    const clause = point && original ? clauseOfWords(original, point.source) : undefined
    for (const figure of squash(text).match(FIGURE) ?? []) {
      if (counted.includes(figure)) continue
      if (!ownText.includes(figure)) f(field, `“${figure}”在这份文件的原文里找不到（${text}）`)
      else if (point && clause && !squash(point.source).includes(figure) && !clause.text.includes(figure))
        f(field, keyPointFigureMessage(figure, point.source, clause.name, text))
    }
    if (!isValidIsoDate(doc.signedOn)) return
    for (const date of unprintedDates(text, printed.text, doc.signedOn))
      f(field, `日期“${date}”在这份文件的原文里没有印，要照原文写（${text}）`)
  })
}

/** A key point's figure not in the words it cites nor in their clause: where it was looked for, and what to do. */
function keyPointFigureMessage(figure: string, source: string, clause: string, text: string): string {
  const where = clause ? `条款“${clause}”` : '那一段'
  return `“${figure}”不在这条要点引的原文“${source}”里，也不在这句话所在的${where}里：要点里的数要和它引的那句原文一致（${text}）。数没错的话，把“原文原话”换成印着这个数的那句。`
}

/** A rule value that is printed in its words but stands where another value citing them stands (swapped). */
function swappedValueMessage(cited: CitedValue, expected: string | undefined, count: number): string {
  const where = expected === undefined ? '这一项的数在原文里要印在前一项的数后面' : `这一项（${cited.label}）的数应当在“${expected}”里`
  return `${cited.value}${cited.unit}不是这一项的数：引的原文“${cited.words}”印着几个数，${where}（同一句原文引在${count}项里时，按它们在文件里的先后，一项对一个数）。是不是和另一项的数写反了？`
}

/** Each date's start and end must be a day its gazette words state (the words themselves are checked against the 原文). */
function checkDateClaims(doc: GazetteDocument, f: (field: string, message: string) => void): void {
  doc.dates.forEach((window, index) => {
    if (!window.source || window.source.includes(TO_FILL)) return
    const valid = {
      start: window.start && isValidIsoDate(window.start) ? window.start : undefined,
      end: window.end && isValidIsoDate(window.end) ? window.end : undefined,
    }
    for (const problem of dateClaimProblems({ ...valid, source: window.source }, doc.signedOn))
      f(`dates[${index}]（${window.label}）.${problem.field}`, problem.message)
  })
}

/**
 * A citation opens the 原文 of the document it names at the clause it names, with its words there: the words must
 * be in that document's 原文 (not merely somewhere in the issue) and inside that clause (which must exist).
 */
function checkCitationLands(
  cite: { clause: string; words: string },
  docNo: string,
  original: OriginalDocument | undefined,
  f: (field: string, message: string) => void,
): void {
  if (!original) return
  if (!blockWithWords(original, cite.words)) return f('cite.words', `“${cite.words}”不在${docNo}的原文里`)
  const unmarked = whyNotHighlighted(original, cite.words)
  if (unmarked) return f('cite.words', unmarked)
  const landing = locateCitation(original, cite.clause, cite.words)
  if ('problem' in landing) return f('cite.clause', `${docNo}：${landing.problem}`)
  // The app opens a citation at the first block of its clause holding its words (Citation.tsx passes the clause);
  // a clause it cannot name (附件 第43项) opens at the first block holding them: that must be the block named.
  if (landingBlock(original, { at: clauseAnchor(cite.clause), words: cite.words }) !== original.blocks.indexOf(landing.block))
    f('cite.words', ambiguousWords(cite.words, timesPrinted(original, cite.words), `${docNo}的原文`))
}

/** Every block that holds the words prints the same text: no longer quote could tell them apart. */
function onlyInLikeBlocks(original: OriginalDocument, words: string): boolean {
  const wanted = squashText(words)
  const texts = new Set(original.blocks.map((block) => squashText(blockText(block))).filter((text) => text.includes(wanted)))
  return texts.size === 1 && [...texts][0].split(wanted).length === 2
}

const ambiguousWords = (words: string, times: number, where = '这份文件的原文') =>
  `“${words}”在${where}里出现了${times}次，居民点开会跳到第一处：请多选几个字，让它只出现一次`

/**
 * Words found in the 原文 that its page could still not open at and highlight, as it does it (original-reader.ts):
 * words longer than a link carries, or words running from one table row into the next.
 */
function whyNotHighlighted(original: OriginalDocument, words: string): string | undefined {
  if (words.length > MAX_WORDS_LENGTH) return `“${words}”太长：打开原文的链接最多带${MAX_WORDS_LENGTH}个字`
  const landing = landingBlock(original, { words })
  if (landing !== undefined && !markInBlock(original.blocks[landing], words))
    return `“${words}”跨了表格的两行，打开原文时标不出来（只引一行里的字）`
  return undefined
}

/** The 要点 and dates open the 原文 at their words: the words must be in this document's 原文, and highlightable. */
function checkAgainstOriginal(doc: GazetteDocument, original: OriginalDocument, f: (field: string, message: string) => void): void {
  const check = (field: string, words: string) => {
    if (words.includes(TO_FILL)) return
    if (!blockWithWords(original, words)) return f(field, `“${words}”不在这份文件的原文里`)
    const unmarked = whyNotHighlighted(original, words)
    if (unmarked) return f(field, unmarked)
    // A 要点 or a date opens the 原文 at the first place its words are printed: they must name one place.
    // Blocks printed word for word alike (时间进度：2022年11月底完成。 under each project) are one place to a reader.
    const times = timesPrinted(original, words)
    if (times > 1 && !onlyInLikeBlocks(original, words)) f(field, ambiguousWords(words, times))
  }
  doc.keyPoints.forEach((point, index) => check(`keyPoints[${index}].source`, point.source))
  doc.dates.forEach((window, index) => {
    if (window.source) check(`dates[${index}].source`, window.source)
  })
}

/** `act` (what residents must do by the date: it offers 加到手机日历) is a short text on a date with an end. */
function checkAct(act: unknown, end: string | undefined, f: (message: string) => void): void {
  if (act === undefined) return
  if (typeof act !== 'string' || !act.trim()) f('要写一句居民在这个时间要做的事，如“交城乡居民医保费”；不用居民去办的时间，这一栏空着。')
  else if (act.length > 40) f(`要做的事要短（40个字以内，它是手机日历里的标题），现在${act.length}个字`)
  else if (!end) f('要居民去办的时间要写结束日期，才能加到手机日历')
}

/**
 * A shape problem (./schema) as a line of the report. The report finds the line of a field in its JSON file, or of
 * the object around it; a field missing at the top of the file points at the file's first line.
 */
function shapeProblem(file: string, problem: ContentProblem): Problem {
  return {
    file,
    field: fieldOfPath(problem.path),
    message: problem.message,
    ...(problem.path.length <= 1 && file.endsWith('.json') ? { line: 1 } : {}),
  }
}

/** Where to write a 【待填写】 field, for someone reading content:check's list (the desk leaves it out: see check-edits.ts). */
export const TO_FILL_WHERE = `（在审核台（npm run desk）里打开这份文件就能填；直接改文件的，连“${TO_FILL}”和提示一起换掉）`

/**
 * A message as the desk shows it at its field: without the advice to open the desk or to edit the file by hand
 * (the clerk is in the desk), only what to do there. content:check prints the message whole.
 */
export function inTheDesk(message: string): string {
  return message
    .replace(TO_FILL_WHERE, '')
    .replace(REVIEW_WHERE, '')
    .replace(/（直接改文件的：核对无误后删掉 [^（）]*）/, '')
}

/** A field still marked 【待填写】: the import's hint in full, and what to do. */
export function toFillMessage(text: string): string {
  const hint = text.replace(TO_FILL, '').trim()
  return hint ? `还没有填写，提示是“${hint}”：照提示写好这一项${TO_FILL_WHERE}。` : `还没有填写：写好这一项${TO_FILL_WHERE}。`
}

/**
 * Two documents with one id: where the other one is (file and line), and what to do. The changed file is the one
 * whose name is not its id; its name says the id to go back to.
 */
function duplicateIdMessage(id: string, changed: string, other: string, otherLine: number | undefined): string {
  const where = `${other}${otherLine ? `:${otherLine}` : ''}`
  const named = /([^/\\]+)\.json$/.exec(changed)?.[1]
  const fix =
    named && named !== id && DOC_ID_PATTERN.test(named)
      ? `这份文件叫 ${named}.json，编号要和文件名一样：请把这里的 id 改回“${named}”。`
      : `请确认哪一份文件是“${id}”，把另一份的 id 改成它自己的编号（和文件名一样）。`
  return `编号“${id}”在 ${where} 已经用过：两份文件不能用同一个编号，编号印在二维码里，发布后永不改变。${fix}`
}

/** True when the file is named for this id (documents/<id>.json). */
function isNamedFor(file: string, id: string): boolean {
  return file.endsWith(`/${id}.json`)
}

/** Every field a person writes, with its path, to find the 【待填写】 marks. */
function writtenFields(doc: GazetteDocument): [string, string][] {
  const list = (name: string, items: string[]) => items.map((text, index): [string, string] => [`${name}[${index}]`, text])
  return [
    ['title', doc.title],
    ['summary', doc.summary],
    ['consultation.shortName', doc.consultation.shortName],
    ...doc.keyPoints.flatMap((point, index): [string, string][] => [
      [`keyPoints[${index}].text`, point.text],
      [`keyPoints[${index}].source`, point.source],
    ]),
    ...list('audience', doc.audience),
    ...list('topics', doc.topics),
    ...list('readingNotes', doc.readingNotes),
    ...(doc.seeAlso ?? []).map((pointer, index): [string, string] => [`seeAlso[${index}].who`, pointer.who]),
    ...doc.dates.flatMap((window, index): [string, string][] => [
      [`dates[${index}].label`, window.label],
      [`dates[${index}].source`, window.source ?? ''],
      [`dates[${index}].act`, typeof window.act === 'string' ? window.act : ''],
    ]),
    ...doc.annexes.map((annex, index): [string, string] => [`annexes[${index}].contains`, annex.contains]),
  ]
}

function checkPhone(phone: string, fail: (message: string) => void): void {
  if (normalizePhone(phone) !== phone) fail(`“${phone}” 要写成规范格式“${normalizePhone(phone)}”`)
  else if (!isWellFormedPhone(phone)) fail(`“${phone}” 不是有效的电话号码（如 0358-8222401）`)
}
