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
  /** The gazette's own words for this date, shown beside it when they are less exact than the date. */
  source?: string
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
  summary: string
  keyPoints: string[]
  dates: DateWindow[]
  consultation: Consultation
  /** 此件公开发布 */
  publicRelease: boolean
  annexes: Annex[]
  /** Places where the extracted text is broken or unclear, and how we read them. */
  readingNotes: string[]
}

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

/** Where a rule parameter comes from: the document, the clause as numbered there, the page, the words. */
export interface Citation {
  docId: string
  docNo: string
  /** The clause as numbered in the document, e.g. `三、（二）` or `附件 第43项`. */
  clause: string
  page: number
  /** The gazette's own words for this figure (tests check they are printed in the gazette). */
  words: string
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
}
