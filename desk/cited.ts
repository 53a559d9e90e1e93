// The 原文 words a field cites, shown where they stand: highlighted (the CSS Custom Highlight API, so the 原文's
// text nodes — and the clerk's own selection — stay as they are) and scrolled to the middle of the 原文 pane, which
// keeps its own scroll; the focus stays where the clerk is.

import { fullWidth } from '../scripts/desk/punctuation'

export const CITED_HIGHLIGHT = 'desk-cited'

/** The page's highlights (a Map in the browser; TypeScript's DOM lib names only some of its methods). */
const highlights = () => globalThis.CSS?.highlights as unknown as Map<string, Highlight> | undefined

/** Highlights the words in the 原文 box; false (and nothing highlighted) when they are not in it. */
export function showCitedWords(box: HTMLElement, words: string): boolean {
  highlights()?.delete(CITED_HIGHLIGHT)
  if (!words) return false
  // The words as cited may have a comma half-width where the 原文 has it full-width (scripts/desk/punctuation.ts).
  const wanted = fullWidth(words)
  const block = Array.from(box.querySelectorAll<HTMLElement>('[data-block]')).find((each) =>
    fullWidth(each.textContent ?? '').includes(wanted),
  )
  const text = block?.firstChild
  if (!block || !text) return false
  const start = fullWidth(block.textContent!).indexOf(wanted)
  showRange(box, text, start, start + words.length)
  return true
}

/** Highlights characters `start`–`end` of a text node of the 原文 box and scrolls them into the 原文 pane's view. */
export function showRange(box: HTMLElement, text: Node, start: number, end: number): void {
  const range = document.createRange()
  range.setStart(text, start)
  range.setEnd(text, end)
  highlights()?.set(CITED_HIGHLIGHT, new Highlight(range))
  const pane = box.closest<HTMLElement>('.tab-panel')
  if (pane) {
    const top = range.getBoundingClientRect().top - pane.getBoundingClientRect().top
    pane.scrollTop += top - pane.clientHeight / 3
  }
}
