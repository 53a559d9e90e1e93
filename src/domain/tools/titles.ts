// Which calculators and self-checks a document has, by title only (generated at build time by
// scripts/build/tool-titles.ts into tool-titles.json): the document page lists them without loading the tools.
import titles from '../generated/tool-titles.json'

export interface ToolTitle {
  kind: 'calc' | 'selfcheck'
  id: string
  title: string
  /** A calculator's edition that rests on this document (its issue's figures open). */
  issueId?: string
  /** Set for a self-check of another document that this document sends some readers to (its seeAlso): who. */
  who?: string
  /** …and the document that self-check belongs to. */
  docId?: string
}

export type Pointer = ToolTitle & { who: string; docId: string }

const listed = (docId: string) => (titles as Record<string, ToolTitle[]>)[docId] ?? []

/** The document's own calculators and self-checks. */
export function toolsOfDocument(docId: string): ToolTitle[] {
  return listed(docId).filter((tool) => tool.who === undefined)
}

/** The self-checks of other documents that this document sends some of its readers to. */
export function pointersOfDocument(docId: string): Pointer[] {
  return listed(docId).filter((tool): tool is Pointer => tool.who !== undefined && tool.docId !== undefined)
}
