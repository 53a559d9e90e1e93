// Where a figure must be printed for the content check: not anywhere in the document, but in the words it cites
// (a rule value's `cite.words`, a key point's `source`) or the clause those words stand in. Plain TypeScript.
import { blockText, clauseBlocks, squashText, type OriginalBlock, type OriginalDocument } from '#src/content/original-document'

/** One number printed in cited words, scaled (5万元 → 50000); a range `3-8cm` prints two, each with the range's words. */
interface PrintedFigure {
  /** As printed, e.g. `定额资助280元`: the words of the figure, from the last break before it. */
  words: string
  value: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The unit a value's figure is printed with: 元 of 元/人·年, 亩 of 亩以上. */
export function printedUnit(unit: string): string {
  return (/^[^/·]+/.exec(unit)?.[0] ?? unit).replace(/以上$|以下$/, '')
}

/**
 * The numbers the words print in a unit, in order: `低保对象个人缴纳70元,定额资助280元` in 元 → 70 (低保对象个人缴纳70元)
 * and 280 (定额资助280元); `粒径在3-8cm` in cm → 3 and 8. Each figure's words run from the previous figure or the
 * last comma, colon or stop before it.
 */
export function printedFigures(words: string, unit: string): PrintedFigure[] {
  const text = squashText(words)
  const number = '(\\d+(?:\\.\\d+)?)'
  const pattern = new RegExp(`(?<![\\d.])${number}(?:-${number})?(万)?${escape(printedUnit(unit))}`, 'g')
  const figures: PrintedFigure[] = []
  let previousEnd = 0
  for (const match of text.matchAll(pattern)) {
    const scale = match[3] ? 10000 : 1
    const before = text.slice(previousEnd, match.index)
    // squashText reads ，；： as , ; : already.
    const lastBreak = Math.max(...[',', '、', ';', ':', '。'].map((mark) => before.lastIndexOf(mark)))
    const start = lastBreak === -1 ? previousEnd : previousEnd + lastBreak + 1
    previousEnd = match.index + match[0].length
    for (const number of [match[1], match[2]])
      if (number !== undefined)
        figures.push({ words: text.slice(start, previousEnd), value: Math.round(Number(number) * scale * 100) / 100 })
  }
  return figures
}

/** A rule value as the figure check needs it. */
export interface CitedValue {
  value: number
  unit: string
  label: string
  words: string
}

/**
 * Values citing the same words (a rules file's 低保对象个人缴纳 70 and 定额资助 280 both cite
 * `低保对象个人缴纳70元,定额资助280元`) each stand for one figure of those words, in the order the file lists them:
 * each value must be a figure printed after the one the value before it took. Two values swapped (280 for the
 * personal share, 70 for the subsidy) are both printed in the words, so only their order tells them apart.
 * Returns each value out of order with the figure's words it should have been in (none left after the value
 * before it: undefined).
 */
export function valuesOutOfOrder(values: CitedValue[]): Map<CitedValue, string | undefined> {
  const wrong = new Map<CitedValue, string | undefined>()
  if (values.length < 2) return wrong
  const figures = printedFigures(values[0].words, values[0].unit)
  if (figures.length === values.length) {
    // As many values as figures: the first value is the first figure, the second the second, …
    values.forEach((cited, index) => {
      if (figures[index].value !== cited.value) wrong.set(cited, figures[index].words)
    })
    return wrong
  }
  // Fewer values than figures (小于等于2立方米 … 大于2立方米小于等于4立方米: two volumes, three figures): each value
  // is a figure printed after the previous value's.
  let next = 0
  for (const cited of values) {
    const at = figures.findIndex((figure, index) => index >= next && figure.value === cited.value)
    if (at === -1) {
      const rest = figures.slice(next)
      wrong.set(cited, rest.length > 0 ? rest.map((figure) => figure.words).join('”或“') : undefined)
      continue
    }
    next = at + 1
  }
  return wrong
}

/** The parent of a clause path: 四（二）8 → 四（二）, 三（二） → 三; a top clause is its own. */
function parentClause(path: string): string {
  const parts = /^([一二三四五六七八九十]+)?(（[一二三四五六七八九十]+）)?(\d{1,2})?(（\d{1,2}）)?$/.exec(path)
  if (!parts) return path
  const present = parts.slice(1).filter((part) => part !== undefined)
  return present.length <= 1 ? path : present.slice(0, -1).join('')
}

/**
 * The clause a key point's source words stand in, for its figures: the clause around the block holding the words
 * (a key point sums up its clause: 三（二） of 低保对象 with its siblings 三（三） and 三（四） under 三), or, outside
 * numbered clauses, the block itself. Undefined when the words are not in the 原文 (that is reported on its own).
 */
export function clauseOfWords(original: OriginalDocument, words: string): { name: string; text: string } | undefined {
  const wanted = squashText(words)
  if (!wanted) return undefined
  const block = original.blocks.find((each) => squashText(blockText(each)).includes(wanted))
  if (!block) return undefined
  const path = parentClause(block.path)
  const blocks: OriginalBlock[] = path === '' || !/^[一二三四五六七八九十]/.test(path) ? [block] : clauseBlocks(original, path)
  return { name: path === '' || blocks.length === 1 ? '' : path, text: squashText(blocks.map(blockText).join('\n')) }
}
