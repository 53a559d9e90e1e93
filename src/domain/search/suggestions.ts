// The words the empty search page offers to try, taken from the newest issue itself (so the next issue offers its own):
// its documents' most frequent topics, one of its 文号 as people say it (“25号”), a township of its funded projects and
// one calculator's name in pinyin (showing that pinyin works). Each is a query that finds something in that issue.
import type { DocumentHead } from '#src/content/types'
import type { SearchEntry } from './search'

const TOPICS_OFFERED = 4

/** Topics by how many documents carry them, most first (ties: the order they first appear). */
function frequentTopics(documents: DocumentHead[]): string[] {
  const counts = new Map<string, number>()
  for (const doc of documents) for (const topic of doc.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return [...counts.entries()]
    .map(([topic, count], order) => ({ topic, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ topic }) => topic)
}

export function searchSuggestions(documents: DocumentHead[], entries: SearchEntry[]): string[] {
  const docNumber = entries.find((entry) => entry.kind === 'doc' && entry.docNo)?.docNo?.number
  const township = entries.find((entry) => entry.kind === 'project')?.subtitle.split(' · ')[0]
  const calculator = entries.find((entry) => entry.kind === 'calc')
  const pinyin = calculator?.titlePinyin.slice(0, 2).join('')
  const words = [
    ...frequentTopics(documents).slice(0, TOPICS_OFFERED),
    docNumber === undefined ? '' : `${docNumber}号`,
    township ?? '',
    pinyin && /^[a-z]+$/.test(pinyin) ? pinyin : '',
  ]
  return [...new Set(words.filter((word) => word.length > 0))]
}
