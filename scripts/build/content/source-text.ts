// Reading an issue's own gazette text (its folder's source.txt, extracted from the PDF) for the content check:
// what it prints for each document (政策咨询 block, signing date, 目录 page), and whether a figure or a rule
// value is printed in it. Documents are cut as the import and the 原文 cut them (documentSections), dates read
// with their one grammar (printed-dates.ts). Plain TypeScript, no file access: the caller passes the text.
import { squashText } from '#src/content/original-document'
import { printedDay } from './printed-dates'
import { documentSections } from '../import/parse'

/** Whitespace removed and full-width/half-width punctuation unified, for substring checks (as the 原文 uses). */
export const squash = squashText

export interface PrintedDocument {
  docNo: string
  consultUnit?: string
  consultPhone?: string
  /** The signing date (落款) as printed, e.g. 2022年9月25日 or 二〇二二年九月二十五日. */
  signedLine?: string
  tocPage?: number
  /** The document's own text: its lines from its 文号 to the next document's. */
  text: string
}

/** What the gazette prints for each document, by 文号, in body order: its section as the import and the 原文 read it
 * (../import/parse.ts documentSections: from its title to the next document's title). */
export function printedDocuments(text: string): Map<string, PrintedDocument> {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  const printed = new Map<string, PrintedDocument>()
  for (const { docNo, lines: sectionLines } of documentSections(text)) {
    const section = sectionLines.map((line) => line.trim())
    const unitLine = section.find((line) => /^咨询单位[：:]/.test(line))
    const phoneLine = section.find((line) => /^咨询电话[：:]/.test(line))
    const tocLine = lines.find((line) => line.includes(`${docNo})`) || line.includes(`${docNo}）`))
    const tocPage = tocLine ? /…+\s*(\d+)$/.exec(tocLine)?.[1] : undefined
    printed.set(docNo, {
      docNo,
      consultUnit: unitLine?.replace(/^咨询单位[：:]\s*/, ''),
      consultPhone: phoneLine?.replace(/^咨询电话[：:]\s*/, ''),
      signedLine: section.find((line) => printedDay(line) !== undefined),
      tocPage: tocPage === undefined ? undefined : Number(tocPage),
      text: section.join('\n'),
    })
  }
  return printed
}

/** Amounts and counts as our summaries write them: 350元, 2.5吨, 7.65万元, 60%. */
export const FIGURE = /\d+(?:\.\d+)?万?(?:元|亩|人|吨|米|千克|%|座|个|户|天|村|次|项|家|头|立方米|大卡|cm)/g

/**
 * True when the cited words state this value with this unit: `1500元`, `5万元`, a range `300-500亩`, or the
 * `valueWords` a citation gives for a value that is not written as a number (全额资助 for 0).
 */
export function wordsStateValue(words: string, value: number, unit: string, valueWords?: string): boolean {
  const text = squash(words)
  if (valueWords !== undefined) return text.includes(squash(valueWords))
  const unitToken = (/^[^/·]+/.exec(unit)?.[0] ?? unit).replace(/以上$|以下$/, '')
  const forms = [String(value)]
  if (value >= 10000 && value % 100 === 0) forms.push(`${value / 10000}万`)
  const number = '\\d+(?:\\.\\d+)?'
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return forms.some((form) =>
    new RegExp(`(?<![\\d.])(?:${escape(form)}(?:-${number})?|${number}-${escape(form)})${escape(unitToken)}`).test(text),
  )
}
