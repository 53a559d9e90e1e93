// This 原文 search index: built once, on the first query, from the 原文 shipped in this subpackage.
import { buildFullTextIndex, type FullTextIndex } from '../../domain/fulltext'
import { originals } from './original'

let index: FullTextIndex | undefined

export function fullTextIndex(): FullTextIndex {
  index ??= buildFullTextIndex(Object.values(originals))
  return index
}
