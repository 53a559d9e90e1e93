// This 原文 search index: the text shipped at build time (original/search.json), made searchable once, on
// the first query.
import { loadFullTextIndex, type FullTextIndex, type ShippedText } from '../../domain/fulltext'
import shipped from './original/search.json'

let index: FullTextIndex | undefined

export function fullTextIndex(): FullTextIndex {
  index ??= loadFullTextIndex(shipped as unknown as ShippedText)
  return index
}
