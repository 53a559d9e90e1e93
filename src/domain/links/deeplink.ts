// The one parser for links that open a page from outside the app (a document, or a calculator):
//   ?id=<id>                      (plain link, share card)
//   ?scene=<id>                   (小程序码 from wxacode.getUnlimited; WeChat passes it URL-encoded)
//   ?q=<encodeURIComponent(url)>  (扫普通链接二维码, url = https://<qrDomain>/d/<id> for documents,
//                                  https://<qrDomain>/c/<id> for calculators)
// No Taro import: it runs in Node tests.

export type DocLinkSource = 'id' | 'scene' | 'q'

export type NotFoundReason = 'missing' | 'malformed' | 'tooLong' | 'wrongDomain' | 'unknown'

export type DocLink = { kind: 'found'; id: string; via: DocLinkSource } | { kind: 'notFound'; reason: NotFoundReason; shownId?: string }

export type RouteParams = Record<string, string | undefined>

/**
 * Route parameters as strings only. Taro's H5 router gives null for a bare `?id` and an array for a repeated
 * `?id=a&id=b`; WeChat gives strings. A bare parameter becomes '', a repeated one its first value.
 */
export function normaliseRouteParams(raw: unknown): RouteParams {
  const params: RouteParams = {}
  if (raw === null || typeof raw !== 'object') return params
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value
    if (typeof first === 'string') params[key] = first
    else if (typeof first === 'number' || typeof first === 'boolean') params[key] = String(first)
    else params[key] = ''
  }
  return params
}

/** What a printed URL path points at, and what its ids look like. */
export interface LinkTarget {
  pathPrefix: 'd' | 'c'
  idPattern: RegExp
}

export interface DocLinkOptions {
  qrDomain: string
  isKnownId: (id: string) => boolean
}

/** wxacode.getUnlimited: at most 32 visible characters from this set. */
export const SCENE_MAX_LENGTH = 32
const SCENE_CHARSET = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/
/** Document ids: `lzf2022-25`, `lzbf2022-34`: lower-case letters, a year, a dash, a number. */
export const DOC_ID_PATTERN = /^[a-z]{2,8}\d{4}-\d{1,4}$/
/** Calculator ids: `yibao`, `jiuye-geren`. */
const CALC_ID_PATTERN = /^[a-z][a-z0-9-]{1,30}$/

export const DOC_LINK: LinkTarget = { pathPrefix: 'd', idPattern: DOC_ID_PATTERN }
export const CALC_LINK: LinkTarget = { pathPrefix: 'c', idPattern: CALC_ID_PATTERN }
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/
const MAX_DECODE_ROUNDS = 3

/** Undo one or more rounds of URL encoding; null when the text is not valid percent-encoding. */
export function decodeRepeatedly(raw: string): string | null {
  let text = raw
  for (let round = 0; round < MAX_DECODE_ROUNDS && PERCENT_ESCAPE.test(text); round++) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return null
    }
  }
  return text.includes('%') ? null : text
}

type ParseOptions = DocLinkOptions & { target: LinkTarget }

/** lzf2022-25 → 离政发〔2022〕25号; undefined for ids of another pattern. */
export function docNoOfId(id: string): string | undefined {
  const match = /^(lzf|lzbf)(\d{4})-(\d+)$/.exec(id)
  if (!match) return undefined
  return `${match[1] === 'lzf' ? '离政发' : '离政办发'}〔${match[2]}〕${match[3]}号`
}

/** A document id read as its 发文字号 series (`lzbf` = 离政办发), year and number; undefined for another shape. */
function seriesOf(id: string): { series: string; year: string; digits: string; number: number } | undefined {
  const match = /^([a-z]+)(\d{4})-(\d+)$/.exec(id)
  return match ? { series: match[1], year: match[2], digits: match[3], number: Number(match[3]) } : undefined
}

/**
 * The documents a damaged or unknown id most likely meant, from the same series and year only: first the numbers
 * that start with the digits that were read (a code that lost its last digit: 3 → 30–36号), then the others,
 * each group nearest number first. Empty when the id does not have the shape of a document id.
 */
export function nearestDocIds(id: string, knownIds: string[], count = 8): string[] {
  const wanted = seriesOf(id)
  if (!wanted) return []
  const candidates = knownIds.flatMap((other) => {
    const known = seriesOf(other)
    if (!known || other === id || known.series !== wanted.series || known.year !== wanted.year) return []
    return [
      {
        id: other,
        startsAlike: known.digits.startsWith(wanted.digits),
        distance: Math.abs(known.number - wanted.number),
        number: known.number,
      },
    ]
  })
  return candidates
    .sort((a, b) => Number(b.startsAlike) - Number(a.startsAlike) || a.distance - b.distance || a.number - b.number)
    .slice(0, count)
    .map((candidate) => candidate.id)
}

/**
 * True when the id is past the newest document known in its series: a higher number than any of its year, or a
 * later year than any of the series. Only then can it be a newer issue the app has not loaded yet.
 */
export function isBeyondNewest(id: string, knownIds: string[]): boolean {
  const wanted = seriesOf(id)
  if (!wanted) return false
  const series = knownIds.flatMap((other) => {
    const known = seriesOf(other)
    return known && known.series === wanted.series ? [known] : []
  })
  if (series.length === 0) return false
  const sameYear = series.filter((known) => known.year === wanted.year)
  if (sameYear.length > 0) return wanted.number > Math.max(...sameYear.map((known) => known.number))
  return series.every((known) => known.year < wanted.year)
}

/**
 * A link whose id may be a newer issue's document (unknown here, past the newest of its series): only such a link
 * asks the site's catalogue (site-catalogue.ts); never a damaged, foreign or older code.
 */
export function mayBeNewerIssue(link: DocLink, knownIds: string[]): link is Extract<DocLink, { kind: 'notFound' }> & { shownId: string } {
  return link.kind === 'notFound' && link.reason === 'unknown' && link.shownId !== undefined && isBeyondNewest(link.shownId, knownIds)
}

function checkId(candidate: string, via: DocLinkSource, options: ParseOptions): DocLink {
  // Ids are printed in lower case; a code read or typed in capitals means the same document.
  const id = candidate.trim().toLowerCase()
  if (id === '') return { kind: 'notFound', reason: 'missing' }
  if (id.length > SCENE_MAX_LENGTH) return { kind: 'notFound', reason: 'tooLong' }
  if (!options.target.idPattern.test(id)) return { kind: 'notFound', reason: 'malformed' }
  if (!options.isKnownId(id)) return { kind: 'notFound', reason: 'unknown', shownId: id }
  return { kind: 'found', id, via }
}

function fromScene(raw: string, options: ParseOptions): DocLink {
  const scene = decodeRepeatedly(raw)
  if (scene === null) return { kind: 'notFound', reason: 'malformed' }
  if (scene.length > SCENE_MAX_LENGTH) return { kind: 'notFound', reason: 'tooLong' }
  if (scene !== '' && !SCENE_CHARSET.test(scene)) return { kind: 'notFound', reason: 'malformed' }
  return checkId(scene, 'scene', options)
}

function fromQrUrl(raw: string, options: ParseOptions): DocLink {
  const url = decodeRepeatedly(raw)
  if (url === null || url.trim() === '') return { kind: 'notFound', reason: url === null ? 'malformed' : 'missing' }
  // http:// too: some scanners and people write the printed address without the s.
  const pattern = new RegExp(`^https?://([^/?#]+)/${options.target.pathPrefix}/([^/?#]*)/?(?:[?#].*)?$`, 'i')
  const match = pattern.exec(url.trim())
  if (!match) return { kind: 'notFound', reason: url.length > 200 ? 'tooLong' : 'wrongDomain' }
  if (match[1].toLowerCase() !== options.qrDomain.toLowerCase()) return { kind: 'notFound', reason: 'wrongDomain' }
  return checkId(match[2], 'q', options)
}

/** Read the route parameters of a page opened from outside. `id` wins over `scene`, `scene` over `q`. */
export function parseLink(params: RouteParams, options: ParseOptions): DocLink {
  if (params.id !== undefined) {
    const id = decodeRepeatedly(params.id)
    return id === null ? { kind: 'notFound', reason: 'malformed' } : checkId(id, 'id', options)
  }
  if (params.scene !== undefined) return fromScene(params.scene, options)
  if (params.q !== undefined) return fromQrUrl(params.q, options)
  return { kind: 'notFound', reason: 'missing' }
}

/** The document page's parameters. */
export function parseDocLink(params: RouteParams, options: DocLinkOptions): DocLink {
  return parseLink(params, { ...options, target: DOC_LINK })
}

/** The query string for 分享到朋友圈 (useShareTimeline takes a query, not a path). */
export function docShareQuery(id: string): string {
  return `id=${encodeURIComponent(id)}`
}

/** The URL printed as a 普通链接二维码: beside a document (`d`), or for a calculator (`c`). */
export function qrUrl(target: LinkTarget, id: string, qrDomain: string): string {
  return `https://${qrDomain}/${target.pathPrefix}/${id}`
}

export function docQrUrl(id: string, qrDomain: string): string {
  return qrUrl(DOC_LINK, id, qrDomain)
}

/** Why a link did not open a document, in words a resident understands. */
export function explainNotFound(link: Extract<DocLink, { kind: 'notFound' }>): string {
  switch (link.reason) {
    case 'missing':
      return '链接里没有写要打开哪份文件。'
    case 'malformed':
      return '二维码或链接的内容不完整，可能没有扫全，或被改动过。'
    case 'tooLong':
      return '这个二维码的内容太长，不是离石区政府公报印的二维码。'
    case 'wrongDomain':
      return '这个二维码不是离石区政府公报印的二维码。'
    case 'unknown':
      // A real 文号's id is shown above as the 文号 (您扫的是：…); only a code that reads as none is repeated as printed.
      return link.shownId && docNoOfId(link.shownId) ? '这份文件不在小程序里。' : `没有找到编号为“${link.shownId ?? ''}”的文件。`
  }
}
