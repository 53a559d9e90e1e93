// `npm run publish:urllinks -- [--days 30] [--env release|trial|develop]`: URL Links for every document, written to
// site/urllinks.json for `npm run build:site` (the 在微信中打开 button). Needs WX_APPID and WX_APPSECRET in the
// environment and the network; the secret and token stay in memory.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { latestFullIssue } from '../build/content/issues'
import { isoDay } from '#src/domain/dates/dates'
import { PAGES, wechatPagePath } from '#src/domain/links/routes'
import { credentialsOrExplain, DEFAULT_OPTIONS, flagValue, type WxacodeOptions } from './wxacode-client'
import { generateManifest, MAX_LINK_DAYS } from './urllink-client'

export const manifestFile = join(import.meta.dirname, '..', '..', 'site', 'urllinks.json')

async function main(argv: string[]): Promise<number> {
  const credentials = credentialsOrExplain(process.env)
  if (!credentials) return 2
  const value = (flag: string) => flagValue(argv, flag)
  const envVersion = (value('--env') ?? 'release') as WxacodeOptions['envVersion']
  const options: WxacodeOptions = { ...DEFAULT_OPTIONS, envVersion, apiBase: process.env.WX_API_BASE ?? DEFAULT_OPTIONS.apiBase }
  const requests = latestFullIssue.documents.map((doc) => ({ id: doc.id, path: wechatPagePath(PAGES.doc), query: `id=${doc.id}` }))
  const manifest = await generateManifest(requests, credentials, Number(value('--days') ?? MAX_LINK_DAYS), isoDay(new Date()), options)
  writeFileSync(process.env.URLLINK_OUT ?? manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(
    `${Object.keys(manifest.links).length}个 URL Link，有效到 ${manifest.expiresOn}。重新运行 npm run build:site 让网页用上它们。`,
  )
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
