// The search index of the shipped content: entries made at build time, bigram postings made on first use.
import { buildSearchIndex, type SearchEntry, type SearchIndex } from '../../domain/search'
import entries from './search-entries.json'

let index: SearchIndex | undefined

export function searchIndex(): SearchIndex {
  index ??= buildSearchIndex(entries as SearchEntry[])
  return index
}
