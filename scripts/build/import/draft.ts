// The draft an import writes: the issue folder's data files with every extracted fact filled in and every field
// that needs a person marked 【待填写】, so that `npm run content:check` lists exactly what is left to write.
// On --update, what people wrote is kept and only the extracted facts are refreshed.
import { TO_FILL } from '../content/checks'
import type { GazetteDocument } from '#src/content/types'
import type { IssueFile } from '#src/content/load'
import type { ImportedDocument, ImportedIssue } from './parse'
import type { Correction } from '#src/content/original-document'

const fill = (what: string) => `${TO_FILL}${what}`

export function draftIssue(imported: ImportedIssue): IssueFile {
  const { issue, colophon } = imported
  return {
    id: `${issue.year}-${String(issue.number).padStart(2, '0')}`,
    title: '吕梁市离石区人民政府公报',
    year: issue.year,
    number: issue.number,
    totalNumber: issue.totalNumber,
    publishedOn: issue.publishedOn,
    frequency: colophon.frequency ?? fill('刊期，如 季刊'),
    sponsor: colophon.sponsor ?? fill('主办单位'),
    office: {
      name: colophon.officeName ?? fill('公报室名称'),
      phone: colophon.officePhone ?? fill('公报室电话'),
      email: colophon.email ?? fill('公报室邮箱'),
      address: colophon.address ?? fill('公报室地址'),
      postcode: colophon.postcode ?? fill('邮编'),
    },
    legalNote: colophon.legalNote ?? fill('效力说明'),
    documents: imported.documents.map((doc) => doc.id),
  }
}

/** The facts an import owns in a document file; everything else is written by people. */
function extractedFacts(doc: ImportedDocument) {
  return {
    id: doc.id,
    docNo: doc.docNo,
    title: doc.title,
    issuer: doc.issuer,
    category: doc.category,
    signedOn: doc.signedOn ?? fill('落款日期（YYYY-MM-DD）'),
    page: doc.page ?? 0,
    consultation: doc.consultation
      ? { unit: doc.consultation.unit, phone: doc.consultation.phone }
      : { unit: fill('原文没有政策咨询，请问公报室'), phone: '' },
    publicRelease: doc.publicRelease,
  }
}

export function draftDocument(doc: ImportedDocument): GazetteDocument {
  const facts = extractedFacts(doc)
  return {
    ...facts,
    topics: [fill('话题，如 医保')],
    audience: [fill('谁需要看，如 城乡居民')],
    summary: fill('一句话说明：用老百姓能懂的话说这份文件讲什么（金额、日期要和原文一致）'),
    keyPoints: [1, 2, 3].map((n) => ({ text: fill(`要点${n}`), source: fill('这条要点出自原文的哪句话（照抄原文的字句）') })),
    dates: [{ label: fill('时间的名称，如 缴费时间'), source: fill('原文怎么写的') }],
    consultation: { ...facts.consultation, shortName: fill('简称，如 医保局') },
    annexes: doc.annexes.map((title) => ({ title, contains: fill('附件里有什么，一句话') })),
    readingNotes: [],
  }
}

/**
 * --update: the extracted facts refreshed from the text, everything people wrote kept. Returns the new document
 * and one line per fact that changed.
 */
export function updateDocument(existing: GazetteDocument, doc: ImportedDocument): { document: GazetteDocument; changes: string[] } {
  const facts = extractedFacts(doc)
  const changes: string[] = []
  const compare = (field: string, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after))
      changes.push(`${doc.id}: ${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
  }
  for (const key of ['docNo', 'title', 'issuer', 'category', 'signedOn', 'page', 'publicRelease'] as const)
    compare(key, existing[key], facts[key])
  compare('consultation.unit', existing.consultation.unit, facts.consultation.unit)
  compare('consultation.phone', existing.consultation.phone, facts.consultation.phone)
  const annexes = doc.annexes.map(
    (title) => existing.annexes.find((annex) => annex.title === title) ?? { title, contains: fill('附件里有什么，一句话') },
  )
  compare(
    'annexes',
    existing.annexes.map((annex) => annex.title),
    doc.annexes,
  )
  return {
    document: { ...existing, ...facts, consultation: { ...existing.consultation, ...facts.consultation }, annexes },
    changes,
  }
}

/** The QR code's caption printed beside each 政策咨询 block: not text of the document (see its reason). */
const QR_CAPTION: Correction = {
  original: '扫码咨询',
  corrected: '',
  reason: '印在二维码下面的提示。手机上这里没有二维码；要打电话，按页面下方的“打电话问”。',
}

/**
 * A document's corrections file as the import drafts it: the QR caption taken out where it is printed once.
 * Other fixes (broken or interleaved lines, stray characters) are for the office to add after reading the 原文.
 */
export function draftCorrections(lines: string[]): { corrections: Correction[] } {
  const captions = lines.filter((line) => line.trim() === QR_CAPTION.original).length
  return { corrections: captions === 1 ? [QR_CAPTION] : [] }
}
