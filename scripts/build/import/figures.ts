// Figures carried from a predecessor's wording into the new issue's: every sentence of the old document is looked
// for again in the new one with its numbers as wildcards (the way carry-forward.ts finds cited words), and each
// number that always became the same new number is mapped. A number that became different numbers in different
// sentences (70元 stays for one group and becomes 100元 for another) is ambiguous and never guessed.
import { blockText, squashText, type OriginalDocument } from '#src/content/original-document'
import { FIGURE } from '../content/source-text'

const NUMBER = /\d+(?:\.\d+)?/g

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The document's running text, squashed as the content check reads it. */
export function documentText(doc: OriginalDocument): string {
  return doc.blocks.map((block) => squashText(blockText(block))).join('\n')
}

/** Sentences of the document's text blocks (tables aside), as printed. */
export function sentences(doc: OriginalDocument): { text: string; block: OriginalDocument['blocks'][number] }[] {
  return doc.blocks
    .filter((block) => !block.table)
    .flatMap((block) =>
      blockText(block)
        .split(/(?<=[。；;！？])/)
        .map((text) => ({ text: text.trim(), block })),
    )
    .filter((sentence) => sentence.text !== '')
}

/**
 * The words again in the new text, numbers as wildcards: the new numbers in order, as printed (0358 stays 0358),
 * when the words are there once.
 */
export function findAgain(words: string, text: string): string[] | undefined {
  const squashed = squashText(words)
  if (!/\d/.test(squashed)) return text.includes(squashed) ? [] : undefined
  const pattern = new RegExp(squashed.split(NUMBER).map(escapeRegExp).join('(\\d+(?:\\.\\d+)?)'), 'g')
  const found = [...text.matchAll(pattern)]
  return found.length === 1 ? found[0].slice(1) : undefined
}

/** The printed words with their numbers replaced, in order, by the new ones. */
export function withNumbers(words: string, numbers: string[]): string {
  let at = 0
  return words.replace(NUMBER, (number) => (at < numbers.length ? numbers[at++] : number))
}

export type FigureMap = Map<string, Set<string>>

/** What each number of the old words became in the new words (the same place in the same words). */
export function addPairs(map: FigureMap, oldWords: string, newNumbers: string[]): void {
  const old = squashText(oldWords).match(NUMBER) ?? []
  old.forEach((number, index) => {
    if (index >= newNumbers.length) return
    const set = map.get(number) ?? new Set<string>()
    set.add(newNumbers[index])
    map.set(number, set)
  })
}

/** Every sentence of the old document found again in the new one: old number → new number(s). */
export function figureMap(before: OriginalDocument, after: OriginalDocument): FigureMap {
  const map: FigureMap = new Map()
  const text = documentText(after)
  for (const sentence of sentences(before)) {
    if (!/\d/.test(sentence.text)) continue
    const numbers = findAgain(sentence.text, text)
    if (numbers) addPairs(map, sentence.text, numbers)
  }
  return map
}

export interface Updated {
  text: string
  /** old → new, for the note. */
  changed: string[]
  /** Numbers that could not be told (ambiguous, or a figure the new text does not print). */
  doubtful: string[]
}

/**
 * Our wording with its numbers updated: the local pairs first (the words this sentence came from), then the whole
 * document's. Every figure of the result (350元, 60%) must be printed in the new text, else it is doubtful (figures
 * we counted ourselves, `ourCounts`, aside).
 */
export function updateFigures(text: string, maps: FigureMap[], newText: string, counted: string[] = []): Updated {
  const changed: string[] = []
  const doubtful: string[] = []
  const updated = text.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (number) => {
    for (const map of maps) {
      const options = map.get(number)
      if (!options) continue
      if (options.size > 1) {
        doubtful.push(`${number}（这期原文里变成了${[...options].join('或')}）`)
        return number
      }
      const [now] = [...options]
      if (now !== number) changed.push(`${number} → ${now}`)
      return now
    }
    return number
  })
  for (const figure of squashText(updated).match(FIGURE) ?? [])
    if (!counted.includes(figure) && !newText.includes(figure)) doubtful.push(`“${figure}”这期原文里没有`)
  return { text: updated, changed: [...new Set(changed)], doubtful }
}
