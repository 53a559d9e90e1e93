// What the desk says about a drafted annex table and which of its rows it shows (plain TypeScript): the number of
// rows the program counted, said as such (a “第51项” printed in the gazette is an item's number, not a count), the
// 序号 it found missing or twice, and the rows a search keeps, a page at a time.
import type { DeskTable, DeskTableRow } from '../scripts/desk/table-rows'

export const ROWS_PER_PAGE = 20

/** “程序数出来的行数：104行（…）；序号从1到104，没有缺号、没有重号。” — or the 序号 missing or repeated. */
export function rowCountLine(table: DeskTable): string {
  const count = `程序数出来的行数：${table.rows.length}行（程序把表里的行一行一行数的；原文正文里写了总数的，和它对一对）`
  if (table.rows.length === 0) return `${count}。这张表一行也没有读出来，请对照原文看附件。`
  const numbers = table.rows.map((row) => row.no)
  const seen = new Set<number>()
  const twice = new Set<number>()
  for (const no of numbers) (seen.has(no) ? twice : seen).add(no)
  const first = Math.min(...numbers)
  const last = Math.max(...numbers)
  const missing: number[] = []
  for (let no = first; no <= last; no++) if (!seen.has(no)) missing.push(no)
  const problems = [
    missing.length > 0 ? `缺第${missing.join('、')}项` : '',
    twice.size > 0 ? `第${[...twice].join('、')}项有两行` : '',
  ].filter(Boolean)
  return `${count}；序号从${first}到${last}，${problems.length > 0 ? `${problems.join('，')}，请对照原文核对。` : '没有缺号、没有重号。'}`
}

/** The rows a search keeps: a number finds that 序号; words find the rows that print them in a column. */
export function rowsMatching(table: DeskTable, query: string): DeskTableRow[] {
  const wanted = query.trim()
  if (wanted === '') return table.rows
  if (/^\d+$/.test(wanted)) return table.rows.filter((row) => row.no === Number(wanted))
  return table.rows.filter((row) => row.cells.some((cell) => cell.includes(wanted)))
}

/** The rows of page `page` (0-based) and how many pages there are. */
export function pageOf(rows: DeskTableRow[], page: number): { rows: DeskTableRow[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE))
  const at = Math.min(Math.max(0, page), pages - 1)
  return { rows: rows.slice(at * ROWS_PER_PAGE, (at + 1) * ROWS_PER_PAGE), page: at, pages }
}
