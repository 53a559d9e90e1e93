// The tool-titles step of `npm run generate` (scripts/build/generate.ts): the titles of each document's calculators and
// self-checks, and the self-checks its seeAlso sends some readers to (content data), written to
// src/domain/generated/tool-titles.json, so the document page shows its 算一算 / 自查 entries without importing the tools.
import { join } from 'node:path'
import { calculators } from '#src/domain/calculators'
import { currentEdition, toolEditions } from '#src/domain/tools/editions'
import { selfChecks } from '#src/domain/selfcheck'
import { fullIssues } from './content/issues'
import type { ToolTitle } from '#src/domain/tools/titles'

const toolTitlesFile = join(import.meta.dirname, '..', '..', 'src', 'domain', 'generated', 'tool-titles.json')

export function buildToolTitles(): Record<string, ToolTitle[]> {
  const byDocument: Record<string, ToolTitle[]> = {}
  const add = (docId: string, tool: ToolTitle) => (byDocument[docId] ??= []).push(tool)
  for (const calculator of calculators) {
    for (const { edition, docIds } of toolEditions(calculator)) {
      for (const docId of docIds) add(docId, { kind: 'calc', id: calculator.id, title: calculator.title, issueId: edition.issueId })
    }
  }
  for (const check of selfChecks) {
    for (const { docIds } of toolEditions(check)) add(docIds[0], { kind: 'selfcheck', id: check.id, title: check.title })
  }
  for (const doc of fullIssues.flatMap((issue) => issue.documents)) {
    for (const { who, selfCheck } of doc.seeAlso ?? []) {
      const check = selfChecks.find((each) => each.id === selfCheck)
      // An unknown self-check is reported by content:check, with the file and line.
      const home = check ? currentEdition(check)?.docIds[0] : undefined
      if (check && home) add(doc.id, { kind: 'selfcheck', id: check.id, title: check.title, who, docId: home })
    }
  }
  return byDocument
}

const render = (titles: Record<string, ToolTitle[]>) => `${JSON.stringify(titles, null, 2)}\n`

/** The title map (path → content). */
export function toolTitleFiles(): Map<string, string> {
  return new Map([[toolTitlesFile, render(buildToolTitles())]])
}
