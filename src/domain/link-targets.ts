// Where a link into a document lands: a clause anchor (?at=) or cited words (?hl=), read from the link with care (a
// value of the wrong shape is ignored). Small on purpose: the main package's printed-code page reads anchors too.
import { decodeRepeatedly } from './deeplink'

/** Longest anchor accepted from a link (三（二）1（3）, 附件2·十一, b123-2). */
const MAX_ANCHOR_LENGTH = 24
const ANCHOR_SHAPE = /^(?:附件\d{0,2}(?:·)?)?(?:[一二三四五六七八九十（）\d]+|b\d{1,4})?(?:-\d{1,2})?$/
const MAX_WORDS_LENGTH = 80

/** A link's value as text: WeChat and the H5 router hand query values over still percent-encoded. */
function decoded(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : decodeRepeatedly(raw)?.trim()
}

/** An anchor from a link, if it has an anchor's shape; anything else is ignored (the page opens at the top). */
export function readAnchor(raw: string | undefined): string | undefined {
  const text = decoded(raw)
  if (!text || text.length > MAX_ANCHOR_LENGTH || !ANCHOR_SHAPE.test(text)) return undefined
  return text
}

/** Cited words from a link (shown highlighted), if they are plain text of a sensible length. */
export function readWords(raw: string | undefined): string | undefined {
  const text = decoded(raw)
  if (!text || text.length > MAX_WORDS_LENGTH || /[<>]/.test(text)) return undefined
  return text
}
