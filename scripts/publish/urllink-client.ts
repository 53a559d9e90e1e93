// URL Links (urllink.generate, POST /wxa/generate_urllink): a https link that opens the mini-program from a
// browser inside or outside WeChat, for the 在微信中打开 button of the site's /d/<id> pages. WeChat lets a link
// live at most 30 days, so the office runs `npm run publish:urllinks` when it publishes and again within a month.
import { fetchAccessToken, WxApiError, type Credentials, type WxacodeOptions } from './wxacode-client'

export const MAX_LINK_DAYS = 30

export interface LinkRequest {
  id: string
  path: string
  query: string
}

export interface UrlLinkManifest {
  generatedOn: string
  /** The last day every link still opens (ISO date); the site shows the button only until then. */
  expiresOn: string
  links: Record<string, string>
}

export async function generateUrlLink(request: LinkRequest, token: string, days: number, options: WxacodeOptions): Promise<string> {
  const response = await fetch(`${options.apiBase}/wxa/generate_urllink?access_token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      path: request.path,
      query: request.query,
      env_version: options.envVersion,
      expire_type: 1,
      expire_interval: days,
    }),
  })
  const answer = (await response.json()) as { errcode?: number; errmsg?: string; url_link?: string }
  if (!answer.url_link) throw new WxApiError(answer.errcode ?? -1, answer.errmsg ?? 'no url_link')
  return answer.url_link
}

/** Every link, one token; stops at the first error (a manifest is all or nothing, never half stale). */
export async function generateManifest(
  requests: LinkRequest[],
  credentials: Credentials,
  days: number,
  today: string,
  options: WxacodeOptions,
): Promise<UrlLinkManifest> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_LINK_DAYS)
    throw new Error(`--days 要是 1 到 ${MAX_LINK_DAYS} 的整数（微信规定 URL Link 最多30天有效）`)
  const token = await fetchAccessToken(credentials, options)
  const links: Record<string, string> = {}
  for (const request of requests) links[request.id] = await generateUrlLink(request, token, days, options)
  const expires = new Date(`${today}T00:00:00Z`)
  expires.setUTCDate(expires.getUTCDate() + days - 1)
  return { generatedOn: today, expiresOn: expires.toISOString().slice(0, 10), links }
}

/** The manifest's link for a document, when the manifest is still valid today. */
export function linkFor(manifest: UrlLinkManifest | undefined, id: string, today: string): string | undefined {
  if (!manifest || manifest.expiresOn < today) return undefined
  const link = manifest.links[id]
  return typeof link === 'string' && /^https:\/\//.test(link) ? link : undefined
}
