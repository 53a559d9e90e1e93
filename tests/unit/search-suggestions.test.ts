// The empty search page's “试试” words come from the newest issue: each finds something there, and a next issue with
// other topics and 文号 offers its own words, not the last issue's.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSearchIndex, search, type SearchEntry } from '#src/domain/search/search'
import { searchSuggestions } from '#src/domain/search/suggestions'
import type { DocumentHead } from '#src/content/types'
import { buildEntries } from '../../scripts/build/search-entries'
import { latestFullIssue } from '../../scripts/build/content/issues'

const documents: DocumentHead[] = latestFullIssue.documents
const entries = buildEntries(latestFullIssue.id)

describe('search suggestions', () => {
  it('every word offered finds something in the newest issue', () => {
    const suggestions = searchSuggestions(documents, entries)
    assert.ok(suggestions.length >= 5, suggestions.join(' '))
    const index = buildSearchIndex(entries)
    for (const word of suggestions) assert.ok(search(index, word).length > 0, `“${word}” finds nothing`)
  })

  it('offers the issue’s most frequent topics first, one of its 文号 as “N号”, a township and a name in pinyin', () => {
    const suggestions = searchSuggestions(documents, entries)
    const counts = new Map<string, number>()
    for (const doc of documents) for (const topic of doc.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1)
    const most = Math.max(...counts.values())
    assert.equal(counts.get(suggestions[0]), most, `${suggestions[0]} is carried by ${most} documents`)
    const numbers = new Set(entries.flatMap((entry) => (entry.docNo ? [`${entry.docNo.number}号`] : [])))
    assert.ok(
      suggestions.some((word) => numbers.has(word)),
      'a 文号 of this issue',
    )
    assert.ok(
      suggestions.some((word) => /^[a-z]+$/.test(word)),
      'a pinyin word',
    )
  })

  it('a made-up next issue offers its own topics and 文号', () => {
    const nextDocuments = documents.map((doc, i) => ({ ...doc, topics: i < 3 ? ['家政服务', ...doc.topics] : doc.topics }))
    const nextEntries: SearchEntry[] = entries.map((entry) =>
      entry.docNo ? { ...entry, docNo: { ...entry.docNo, year: 2023, number: entry.docNo.number + 70 } } : entry,
    )
    const suggestions = searchSuggestions(nextDocuments, nextEntries)
    assert.equal(suggestions[0], '家政服务')
    const first = nextEntries.find((entry) => entry.kind === 'doc' && entry.docNo)!.docNo!.number
    assert.ok(suggestions.includes(`${first}号`), suggestions.join(' '))
    assert.ok(!suggestions.includes(`${first - 70}号`), 'not the last issue’s 文号')
  })

  it('an issue without projects, calculators or 文号 offers only what it has, and nothing empty', () => {
    const suggestions = searchSuggestions(
      documents.slice(0, 1),
      entries.filter((entry) => entry.kind === 'phone'),
    )
    assert.deepEqual(suggestions, [...new Set(documents[0].topics)].slice(0, 4))
  })
})
