// The search index of this issue: entries made at build time (search-entries.json), looked up by bigram as queries
// come (nothing is built when search opens).
import { buildSearchIndex, type SearchEntry, type SearchIndex } from '../../domain/search'
import entries from './search-entries.json'

let index: SearchIndex | undefined

export function searchIndex(): SearchIndex {
  index ??= buildSearchIndex(entries as SearchEntry[])
  return index
}
