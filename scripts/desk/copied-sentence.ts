// Our own words, not the gazette's: a document's 一句话说明, its key points' 我们的说法 and its annexes' notes are
// what residents read instead of the 原文, so each must be in plain words a villager understands — not a sentence
// copied out of the 原文 (the import drafts such sentences when it has nothing better). `source` and `cite.words`
// are the opposite: quotes, verbatim by rule, and not looked at here. Plain TypeScript: the desk's page uses it.
import { getAt, type FilePath } from './marks'
import { fullWidth } from './punctuation'

/** Shorter texts (a name, 2023年9月1日) are not sentences copied. */
const SHORTEST_SENTENCE = 10

/** The same characters whether the PDF text gave full- or half-width punctuation, without spaces or line breaks. */
const plain = (text: string) => fullWidth(text.replace(/\s+/g, ''))

/** Whether the text is, whole, a piece of the 原文 (its closing 。；， aside). */
export function isCopiedSentence(text: string, original: string[]): boolean {
  const words = plain(text).replace(/[。；，]+$/, '')
  return words.length >= SHORTEST_SENTENCE && original.some((block) => plain(block).includes(words))
}

/** The fields of a document file that must be our own words. */
export function ownWordsPaths(data: unknown): string[] {
  const count = (path: string) => {
    const items = getAt(data, path)
    return Array.isArray(items) ? items.length : 0
  }
  return [
    'summary',
    ...Array.from({ length: count('keyPoints') }, (_, index) => `keyPoints[${index}].text`),
    ...Array.from({ length: count('annexes') }, (_, index) => `annexes[${index}].contains`),
  ]
}

/** The own-words fields (`file|path`) of the document files whose text is a sentence of the 原文. */
export function copiedFields(files: Record<FilePath, unknown>, original: string[]): string[] {
  const whole = [original.join('')]
  return Object.keys(files)
    .filter((file) => file.startsWith('documents/'))
    .flatMap((file) =>
      ownWordsPaths(files[file])
        .filter((path) => {
          const value = getAt(files[file], path)
          return typeof value === 'string' && isCopiedSentence(value, whole)
        })
        .map((path) => `${file}|${path}`),
    )
}

/** The own-words field a draft mark stands for (`keyPoints[1]` → `keyPoints[1].text`), if it has one. */
export function ownWordsFieldOf(field: string): string | undefined {
  if (field === 'summary' || /^annexes\[\d+\]\.contains$/.test(field)) return field
  const keyPoint = /^keyPoints\[\d+\]$/.exec(field)
  return keyPoint ? `${field}.text` : undefined
}

export const COPIED_WARNING =
  '这句话是从原文里一字不差抄来的。居民看的是我们的话：请改成老百姓一听就懂的说法（谁、能领多少、什么时候、去哪儿办）。'
