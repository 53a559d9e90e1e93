// The content model of one gazette issue (《吕梁市离石区人民政府公报》) and its documents.
// Facts (文号, dates, amounts, units, phones) are copied from the gazette text;
// summaries and key points are our plain-language wording of them.

export type Issuer = '区人民政府' | '区人民政府办公室'
export type Category = '区政府文件' | '区政府办公室文件'

/** A span of time named in a document. Dates are ISO `YYYY-MM-DD`; either end may be missing. */
export interface DateWindow {
  label: string
  start?: string
  end?: string
  /** The gazette's own words for this date (found in the document's 原文, which opens at them). */
  source?: string
  /** Our remark beside the words, e.g. that the gazette gives no end date. */
  note?: string
  /**
   * What residents must do by this date (e.g. 交城乡居民医保费), only for dates that ask residents to act: such a
   * date, with an `end`, offers 加到手机日历 until it has passed.
   */
  act?: string
}

/** One 要点: our plain wording, and the gazette's words it comes from (the 原文 opens at them). */
export interface KeyPoint {
  text: string
  source: string
}

export interface Consultation {
  /** The 咨询单位 exactly as printed beside the document. */
  unit: string
  /** A short name for lists: 人社局, 医疗保障局 … */
  shortName: string
  /** The 咨询电话, normalised to `0358-8223386` (the gazette sometimes prints the dash as "—"). */
  phone: string
}

export interface Annex {
  title: string
  contains: string
  /** The annex is browsable in the app: 权责清单 or 涉农资金 project plan (its id). */
  table?: { kind: 'powers' } | { kind: 'projects'; planId: string }
}

/** Whom a document sends elsewhere, and to which self-check (its id). */
export interface SeeAlso {
  who: string
  selfCheck: string
}

export interface GazetteDocument {
  /** Stable ASCII id, also the 小程序码 scene: `lzf2022-<n>` / `lzbf2022-<n>`. */
  id: string
  docNo: string
  title: string
  issuer: Issuer
  category: Category
  signedOn: string
  /** Page of the gazette issue where the document starts (目录). */
  page: number
  topics: string[]
  /** 谁需要看 */
  audience: string[]
  /**
   * Readers who scan this document but are not the ones it is written for, pointed to the self-check that is for
   * them (a household scanning the restaurants' gas campaign is sent to the household cylinder check).
   */
  seeAlso?: SeeAlso[]
  summary: string
  keyPoints: KeyPoint[]
  dates: DateWindow[]
  consultation: Consultation
  /** 此件公开发布 */
  publicRelease: boolean
  annexes: Annex[]
  /** Places where the text is unclear and how we read it, shown to residents under 原文说明 (only notes that
   * change how to read the document). */
  readingNotes: string[]
  /** Notes for the 公报室 about the extracted text (typos, broken lines): kept with the content, never shown. */
  editorNotes?: string[]
  /** Figures in the summary or key points that we counted ourselves (not printed as such), and why. */
  ourCounts?: { figures: string[]; why: string }
  /**
   * Fields `npm run import` drafted (field → where the draft came from), for a person to review: content:check
   * lists each as 待审核 and a build refuses them. Accepting a draft is deleting its line.
   */
  drafts?: Record<string, string>
}

/**
 * What the main package carries of each document (src/content/catalogue.ts): enough to list it, open it from a
 * printed code and call about it. The rest (key points, dates, annexes, notes) is in the issue's subpackage.
 */
export const DOCUMENT_HEAD_FIELDS = ['id', 'docNo', 'title', 'issuer', 'category', 'signedOn', 'page', 'topics', 'summary', 'consultation'] as const
export type DocumentHead = Pick<GazetteDocument, (typeof DOCUMENT_HEAD_FIELDS)[number]>

export interface GazetteOffice {
  name: string
  phone: string
  email: string
  address: string
  postcode: string
}

export interface GazetteIssue {
  /** `YYYY-NN`, e.g. `2022-03`. */
  id: string
  title: string
  year: number
  number: number
  totalNumber: number
  publishedOn: string
  frequency: string
  sponsor: string
  office: GazetteOffice
  legalNote: string
  documents: GazetteDocument[]
}

/** An issue as the main package knows it: its documents' heads. */
export type IssueHead = Omit<GazetteIssue, 'documents'> & { documents: DocumentHead[] }

/** Where a rule parameter comes from: the document, the clause as numbered there, the page, the words. */
export interface Citation {
  docId: string
  docNo: string
  /** The clause as numbered in the document, e.g. `三、（二）` or `附件 第43项`. */
  clause: string
  page: number
  /** The gazette's own words for this figure (the content check finds them in the issue's source text). */
  words: string
  /** Where the words state the value other than as a number (全额资助 for 0), those words. */
  valueWords?: string
}

/** One amount, rate, cap or threshold of a policy (after OpenFisca parameters). */
export interface RuleParameter {
  id: string
  label: string
  value: number
  unit: string
  /** When the figure applies; `to` missing when the gazette gives no end. */
  period: { from: string; to?: string }
  cite: Citation
  /** The issue that printed it (filled in when the issue's rules are loaded). */
  issueId: string
}

/**
 * One issue's edition of a calculator or self-check: the period its figures follow, in the words of the document
 * that governs it (the call button and 依据 follow that document). A tool has one edition per issue that sets it.
 */
export interface ToolEdition {
  toolId: string
  /** 2023年度居民医保集中缴费期 */
  label: string
  period: { from: string; to?: string }
  /** Our remark beside the words, e.g. that the gazette gives no end date. */
  note?: string
  cite: Citation
  issueId: string
}

/** 职权类型 of the 乡镇（街道）权责清单. */
export const POWER_TYPES = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政裁决', '其他行政权力'] as const
export type PowerType = (typeof POWER_TYPES)[number]

export interface LegalBasis {
  /** 法律 / 行政法规 / 地方性法规 / 部门规章 / 政府规章 / 规范性文件 */
  kind: string
  title: string
  /** Edition as printed, e.g. 2019年修正. */
  edition: string
  /** The articles as quoted in the list. */
  articles: string
}

export interface PowerItem {
  no: number
  type: PowerType
  name: string
  /** 实施主体: 乡镇 and/or 街道. */
  township: boolean
  subdistrict: boolean
  basis: LegalBasis[]
  /** How a broken row of the extracted text was repaired. */
  notes: string[]
}

export interface PowerList {
  docId: string
  title: string
  items: PowerItem[]
}

export interface FundedProject {
  no: number
  category: string
  name: string
  location: string
  task: string
  nature: string
  period: string
  /** 万元, as printed (amountText keeps notes such as 第一批/第二批). */
  amount: number
  amountText: string
  source: string
  standard: string
  goal: string
  responsible: string
  implementer: string
  /** 乡镇（街道） the project is in, or 全区 when it spans several or the whole district. */
  township: string
  villages: string[]
  note?: string
}

export interface ProjectPlan {
  id: string
  docId: string
  title: string
  /** Totals printed in the gazette, 万元. */
  printedTotal: number
  printedCategories: { name: string; total: number; where: string }[]
  projects: FundedProject[]
}
