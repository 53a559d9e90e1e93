// Reads the gazette text kept in the issue folder (source.txt) so tests can check content against it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { squash } from '../../scripts/build/content/source-text'

export const gazetteText = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'issues', '2022-03', 'source.txt'), 'utf8')

export { squash }

export const squashedGazette = squash(gazetteText)

const lines = gazetteText.split('\n').map((line) => line.trim())

/** Line numbers where each document's body starts (the 文号 alone on its line). */
function bodyStarts(): { docNo: string; line: number }[] {
  const starts: { docNo: string; line: number }[] = []
  lines.forEach((line, index) => {
    const match = /^(离政办?发)〔(\d{4})〕\s*(\d+)\s*号$/.exec(line)
    if (match) starts.push({ docNo: `${match[1]}〔${match[2]}〕${match[3]}号`, line: index })
  })
  return starts
}

export interface PrintedDocument {
  docNo: string
  consultUnit: string
  consultPhone: string
  signedLine: string
  tocPage: number
}

/** What the gazette prints for one document: its consultation block, signing date line and 目录 page. */
export function printedDocument(docNo: string): PrintedDocument {
  const starts = bodyStarts()
  const index = starts.findIndex((start) => start.docNo === docNo)
  if (index < 0) throw new Error(`${docNo} not found in the gazette body`)
  const section = lines.slice(starts[index].line, index + 1 < starts.length ? starts[index + 1].line : lines.length)
  const unitLine = section.find((line) => /^咨询单位[：:]/.test(line))
  const phoneLine = section.find((line) => /^咨询电话[：:]/.test(line))
  const signedLine = section.find((line) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line))
  const tocLine = lines.find((line) => line.includes(`${docNo})`) || line.includes(`${docNo}）`))
  const tocPage = tocLine ? /…+(\d+)$/.exec(tocLine)?.[1] : undefined
  if (!unitLine || !phoneLine || !signedLine || !tocPage) throw new Error(`${docNo}: incomplete print record`)
  return {
    docNo,
    consultUnit: unitLine.replace(/^咨询单位[：:]\s*/, ''),
    consultPhone: phoneLine.replace(/^咨询电话[：:]\s*/, ''),
    signedLine,
    tocPage: Number(tocPage),
  }
}

export function bodyDocNos(): string[] {
  return bodyStarts().map((start) => start.docNo)
}
