// The content model of one gazette issue (《吕梁市离石区人民政府公报》) and its documents.
// Facts (文号, dates, amounts, units, phones) are copied from the gazette text;
// summaries and key points are our plain-language wording of them.

import type {
  AnnexData,
  CitationFileData,
  ConsultationData,
  DateWindowData,
  DocumentFile,
  FundedProjectData,
  IssueFileData,
  KeyPointData,
  LegalBasisData,
  OfficeData,
  PowerItemData,
  PowerListHeadData,
  ProjectPlanHeadData,
  RuleParameterFileData,
  SeeAlsoData,
  ToolEditionFileData,
} from './schema'

// The shapes of the data files are defined once, in ./schema (zod); these are their types as the app uses them.
// Only types are imported from there: zod never reaches the app's bundle.

export type Issuer = GazetteDocument['issuer']
export type Category = GazetteDocument['category']

/** A span of time named in a document. Dates are ISO `YYYY-MM-DD`; either end may be missing. */
export type DateWindow = DateWindowData

/** One 要点: our plain wording, and the gazette's words it comes from (the 原文 opens at them). */
export type KeyPoint = KeyPointData

export type Consultation = ConsultationData

export type Annex = AnnexData

/** Whom a document sends elsewhere, and to which self-check (its id). */
export type SeeAlso = SeeAlsoData

/** A document as its file documents/<id>.json holds it (without the file's "$schema"). */
export type GazetteDocument = Omit<DocumentFile, '$schema'>

/**
 * What the main package carries of each document (src/content/catalogue.ts): enough to list it, open it from a
 * printed code and call about it. The rest (key points, dates, annexes, notes) is in the issue's subpackage.
 */
export const DOCUMENT_HEAD_FIELDS = [
  'id',
  'docNo',
  'title',
  'issuer',
  'category',
  'signedOn',
  'page',
  'topics',
  'summary',
  'consultation',
] as const
export type DocumentHead = Pick<GazetteDocument, (typeof DOCUMENT_HEAD_FIELDS)[number]>

export type GazetteOffice = OfficeData

export type GazetteIssue = Omit<IssueFileData, '$schema' | 'documents'> & { documents: GazetteDocument[] }

/** An issue as the main package knows it: its documents' heads. */
export type IssueHead = Omit<GazetteIssue, 'documents'> & { documents: DocumentHead[] }

/** Where a rule parameter comes from: as its rules file cites it, with the document's 文号 and page filled in. */
export type Citation = CitationFileData & { docNo: string; page: number }

/** One amount, rate, cap or threshold of a policy (after OpenFisca parameters), as the app uses it. */
export type RuleParameter = Omit<RuleParameterFileData, 'cite' | 'review'> & {
  cite: Citation
  /** The issue that printed it (filled in when the issue's rules are loaded). */
  issueId: string
}

/**
 * One issue's edition of a calculator or self-check: the period its figures follow, in the words of the document
 * that governs it (the call button and 依据 follow that document). A tool has one edition per issue that sets it.
 */
export type ToolEdition = Omit<ToolEditionFileData, 'cite' | 'review'> & {
  toolId: string
  cite: Citation
  issueId: string
}

/** 职权类型 of the 乡镇（街道）权责清单. */
export const POWER_TYPES = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政裁决',
  '其他行政权力',
] as const
export type PowerType = (typeof POWER_TYPES)[number]

export type LegalBasis = LegalBasisData

export type PowerItem = PowerItemData

export type PowerList = PowerListHeadData & { items: PowerItem[] }

export type FundedProject = FundedProjectData

export type ProjectPlan = ProjectPlanHeadData & { projects: FundedProject[] }
