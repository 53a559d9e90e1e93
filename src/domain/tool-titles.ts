// Which calculators and self-checks a document has, by title only (generated at build time by
// scripts/tool-titles.ts into tool-titles.json): the document page lists them without loading the tools.
import titles from './tool-titles.json'

export interface ToolTitle {
  kind: 'calc' | 'selfcheck'
  id: string
  title: string
  /** A calculator's edition that rests on this document (its issue's figures open). */
  issueId?: string
}

export function toolsOfDocument(docId: string): ToolTitle[] {
  return (titles as Record<string, ToolTitle[]>)[docId] ?? []
}
