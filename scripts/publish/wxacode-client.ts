// Requests official 小程序码 images through wxacode.getUnlimited (POST /wxa/getwxacodeunlimit) for every
// scene. AppID and AppSecret come from the environment only; the secret and the access token stay in memory.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Credentials {
  appId: string
  appSecret: string
}

export interface WxacodeOptions {
  apiBase: string
  envVersion: 'release' | 'trial' | 'develop'
  checkPath: boolean
  width: number
  /** How many times a busy (-1) or rate-limited (45009) answer is retried. */
  retries: number
  sleep: (ms: number) => Promise<void>
}

export const DEFAULT_OPTIONS: WxacodeOptions = {
  apiBase: 'https://api.weixin.qq.com',
  envVersion: 'release',
  checkPath: true,
  width: 430,
  retries: 3,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** What WeChat's documented error codes mean, for the person running the script. */
const ERROR_HINTS: Record<number, string> = {
  85400: 'URL Link 的有效期不合法（最多30天）',
  85401: 'URL Link 的有效期不合法',
  85402: 'URL Link 的 path 或 query 不合法',
  [-1]: '微信系统繁忙，稍后重试',
  40001: 'access_token 无效（AppSecret 错误或已过期）',
  40013: 'AppID 无效，请检查 WX_APPID',
  40125: 'AppSecret 无效，请检查 WX_APPSECRET',
  40164: '调用接口的 IP 不在小程序后台的 IP 白名单里',
  42001: 'access_token 已过期',
  45009: '调用太频繁，超过接口频率限制',
  40129: "scene 不合法（只能用数字、英文字母和 !#$&'()*+,/:;=?@-._~）",
  40169: 'scene 长度不合法（最多32个字符）',
  41030: 'page 不合法：页面不存在或小程序还没发布（未发布时可加 --no-check-path）',
  47001: '请求数据格式错误',
  48001: '小程序没有这个接口的权限',
}

export class WxApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`errcode ${errcode}：${ERROR_HINTS[errcode] ?? '未知错误'}（${errmsg}）`)
  }
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  const appId = env.WX_APPID?.trim()
  const appSecret = env.WX_APPSECRET?.trim()
  if (!appId || !appSecret) {
    throw new Error('需要环境变量 WX_APPID 和 WX_APPSECRET（小程序后台 → 开发管理 → 开发设置）。为了安全，它们不能写在文件里。')
  }
  return { appId, appSecret }
}

/** For the command-line scripts: the credentials, or undefined after saying in one line what is missing. */
export function credentialsOrExplain(env: NodeJS.ProcessEnv): Credentials | undefined {
  try {
    return credentialsFromEnv(env)
  } catch (error) {
    console.error((error as Error).message)
    return undefined
  }
}

/** The value after a command-line flag (`--env release` → release). */
export function flagValue(argv: string[], flag: string): string | undefined {
  const index = argv.indexOf(flag)
  return index >= 0 ? argv[index + 1] : undefined
}

const RETRYABLE = new Set([-1, 45009])
const TOKEN_EXPIRED = new Set([40001, 42001])

export async function fetchAccessToken(credentials: Credentials, options: WxacodeOptions): Promise<string> {
  const url = `${options.apiBase}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(credentials.appId)}&secret=${encodeURIComponent(credentials.appSecret)}`
  const answer = (await (await fetch(url)).json()) as { access_token?: string; errcode?: number; errmsg?: string }
  if (!answer.access_token) throw new WxApiError(answer.errcode ?? -1, answer.errmsg ?? 'no access_token')
  return answer.access_token
}

export interface CodeRequest {
  id: string
  scene: string
  page: string
}

function unlimitedRequestBody(request: CodeRequest, options: WxacodeOptions): Record<string, unknown> {
  return { scene: request.scene, page: request.page, check_path: options.checkPath, env_version: options.envVersion, width: options.width }
}

/** One 小程序码 image, or a WxApiError with WeChat's code and its meaning. */
export async function fetchUnlimitedCode(request: CodeRequest, token: string, options: WxacodeOptions): Promise<Buffer> {
  const response = await fetch(`${options.apiBase}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(unlimitedRequestBody(request, options)),
  })
  const body = Buffer.from(await response.arrayBuffer())
  const isJson = (response.headers.get('content-type') ?? '').includes('json') || body.subarray(0, 1).toString() === '{'
  if (isJson) {
    const answer = JSON.parse(body.toString('utf8')) as { errcode?: number; errmsg?: string }
    throw new WxApiError(answer.errcode ?? -1, answer.errmsg ?? '')
  }
  return body
}

export interface DownloadResult {
  id: string
  file?: string
  error?: string
}

/** Download every code into outDir as <id>.png; errors are reported per code, the rest carry on. */
export async function downloadCodes(
  requests: CodeRequest[],
  credentials: Credentials,
  outDir: string,
  options: WxacodeOptions,
): Promise<DownloadResult[]> {
  let token = await fetchAccessToken(credentials, options)
  const results: DownloadResult[] = []
  for (const request of requests) {
    let attempt = 0
    let refreshed = false
    for (;;) {
      try {
        const image = await fetchUnlimitedCode(request, token, options)
        const file = join(outDir, `wxacode-${request.id}.png`)
        writeFileSync(file, image)
        results.push({ id: request.id, file })
        break
      } catch (error) {
        if (error instanceof WxApiError && TOKEN_EXPIRED.has(error.errcode) && !refreshed) {
          refreshed = true
          token = await fetchAccessToken(credentials, options)
          continue
        }
        if (error instanceof WxApiError && RETRYABLE.has(error.errcode) && attempt < options.retries) {
          attempt++
          await options.sleep(1000 * 2 ** attempt)
          continue
        }
        results.push({ id: request.id, error: error instanceof Error ? error.message : String(error) })
        break
      }
    }
  }
  return results
}
