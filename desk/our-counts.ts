// The figures a document's 一句话说明 and 要点 use that its 原文 does not print as such (`ourCounts`, see
// docs/how-it-works.md “Content rules”): the content check does not look for them in the 原文, so the clerk checks
// them. Each is said in plain words: where our wording uses it, and whether it is an item's number printed in an
// annex table (“第51项”: the 51st item, not a count of 51) or a number counted by people or the program.
import { getAt } from '../scripts/desk/marks'

const squash = (text: string) => text.replace(/\s+/g, '')

/** Our wordings (一句话说明, 要点N) with their names in the form. */
function wordings(doc: unknown): [string, string][] {
  const points = getAt(doc, 'keyPoints')
  return [
    ['一句话说明', getAt(doc, 'summary')],
    ...(Array.isArray(points) ? points.map((point, index) => [`要点${index + 1}`, getAt(point, 'text')]) : []),
  ]
    .filter((each): each is [string, string] => typeof each[1] === 'string')
    .map(([where, text]) => [where, squash(text)])
}

/** What the figure is, in the clerk's words. */
export function figureInWords(doc: unknown, figure: string): string {
  const wanted = squash(figure)
  if (!wanted) return '还没写数。'
  // The figure itself, not the end of a longer number (“1项” is not in “第51项”).
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const alone = new RegExp(`(?<![\\d.])${escaped}`)
  const asNumber = new RegExp(`第${escaped}`)
  const uses = wordings(doc).filter(([, text]) => alone.test(text))
  if (uses.length === 0) return `一句话说明和要点里已经没有“${figure}”了。`
  const where = uses.map(([name]) => name).join('、')
  if (uses.every(([, text]) => asNumber.test(text)))
    return `${where}里写的“第${figure}”：是附件表格里的编号（序号），不是总数，也不是数出来的。核对这个编号的那一项还是原来那件事。`
  return `${where}里用到的数，原文里没有一字不差地这样印（是数出来的、算出来的，或者写法和原文不同，见下面“这些数是怎么来的”）。对照原文核对还对不对。`
}
