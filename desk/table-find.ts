// Where a drafted table's row is printed in the 原文: the line of the document's printed table (a `table` block, one
// printed row a line) that starts with the row's 序号, highlighted like cited words (./cited.ts) and scrolled into
// view; when several tables print that 序号, the line that also prints the row's name.
import { showCitedWords, showRange } from './cited'

/** Highlights the printed row; false (nothing highlighted) when the 原文 prints no row with this 序号 or name. */
export function showPrintedRow(box: HTMLElement, no: number, name: string): boolean {
  const lines: { text: Node; start: number; line: string }[] = []
  for (const block of Array.from(box.querySelectorAll<HTMLElement>('[data-block].table'))) {
    const text = block.firstChild
    if (!text) continue
    let start = 0
    for (const line of (block.textContent ?? '').split('\n')) {
      if (line.trim() === String(no) || line.trimStart().startsWith(`${no} `)) lines.push({ text, start, line })
      start += line.length + 1
    }
  }
  const nameStart = name.slice(0, 8)
  const hit = lines.find((each) => nameStart !== '' && each.line.includes(nameStart)) ?? lines[0]
  if (!hit) return showCitedWords(box, nameStart)
  showRange(box, hit.text, hit.start, hit.start + hit.line.length)
  return true
}
