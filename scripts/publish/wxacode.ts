// `npm run publish:wxacode -- [--env release|trial|develop] [--no-check-path] [--out DIR]`
// Requests the official 小程序码 for every document and calculator through wxacode.getUnlimited.
// Needs WX_APPID and WX_APPSECRET in the environment and the network; it refuses to run without them.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { latestFullIssue } from '../build/content/issues'
import { calculators } from '#src/domain/calculators'
import { siteConfig } from '#src/site.config'
import { codeTargets } from './print-codes'
import { credentialsOrExplain, DEFAULT_OPTIONS, flagValue, downloadCodes, type WxacodeOptions } from './wxacode-client'

async function main(argv: string[]): Promise<number> {
  const credentials = credentialsOrExplain(process.env)
  if (!credentials) return 2
  const value = (flag: string) => flagValue(argv, flag)
  const envVersion = (value('--env') ?? 'release') as WxacodeOptions['envVersion']
  if (!['release', 'trial', 'develop'].includes(envVersion)) {
    console.error('--env 只能是 release、trial 或 develop')
    return 2
  }
  const options: WxacodeOptions = {
    ...DEFAULT_OPTIONS,
    envVersion,
    checkPath: !argv.includes('--no-check-path'),
    apiBase: process.env.WX_API_BASE ?? DEFAULT_OPTIONS.apiBase,
  }
  const outDir = value('--out') ?? join(import.meta.dirname, '..', '..', 'dist', 'wxacode')
  mkdirSync(outDir, { recursive: true })
  const requests = codeTargets(latestFullIssue, calculators, siteConfig.qrDomain).map((t) => ({
    id: t.id,
    scene: t.scene,
    page: t.pagePath,
  }))
  const results = await downloadCodes(requests, credentials, outDir, options)
  for (const result of results) console.log(result.file ? `✓ ${result.id} → ${result.file}` : `✗ ${result.id}：${result.error}`)
  const failed = results.filter((result) => result.error).length
  console.log(`${results.length - failed}个成功，${failed}个失败。`)
  return failed === 0 ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
