// Where a link into a document lands: a clause anchor (?at=) or cited words (?hl=), read from the link with care (a
// value of the wrong shape is ignored). Small on purpose: the main package's printed-code page reads anchors too.
import { decodeRepeatedly } from './deeplink'

/** Longest anchor accepted from a link (三（二）1（3）, 附件2·十一, b123-2). */
const MAX_ANCHOR_LENGTH = 24
const ANCHOR_SHAPE = /^(?:附件\d{0,2}(?:·)?)?(?:[一二三四五六七八九十（）\d]+|b\d{1,4})?(?:-\d{1,2})?$/
/** Longest cited words a link carries: content:check holds every citation's words to it. */
export const MAX_WORDS_LENGTH = 200
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/

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

/** Cited words from a link (shown highlighted), if they are plain text of a sensible length. The link encodes them
 * once (routes.ts) and WeChat and the H5 router hand them over as encoded, so they are decoded exactly once:
 * the gazette's own “%” (托管 30%, 硫份低于1%) stays, where decoding again would read “%25” or refuse a lone “%”.
 * Words that are not percent-encoded at all (typed into an address bar) are taken as they are. */
export function readWords(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  let text: string
  try {
    text = decodeURIComponent(raw).trim()
  } catch {
    // A broken escape (%E4%B8) is a damaged link; a lone % is the text itself.
    if (PERCENT_ESCAPE.test(raw)) return undefined
    text = raw.trim()
  }
  if (!text || text.length > MAX_WORDS_LENGTH || /[<>]/.test(text)) return undefined
  return text
}
