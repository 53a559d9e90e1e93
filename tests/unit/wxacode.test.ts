// The 小程序码 script against a local stand-in for api.weixin.qq.com (127.0.0.1), including its error answers.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, it } from 'node:test'
import {
  credentialsFromEnv,
  DEFAULT_OPTIONS,
  downloadCodes,
  fetchAccessToken,
  type WxacodeOptions,
} from '../../scripts/publish/wxacode-client'

const APP = { appId: 'wx_test_app', appSecret: 'secret-never-on-disk' }
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

interface Seen {
  tokens: number
  bodies: Record<string, unknown>[]
  busyOnce: Set<string>
}
let seen: Seen
let server: Server
let options: WxacodeOptions
let validToken = 'TOKEN-1'

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const json = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' })
      response.end(JSON.stringify(body))
    }
    if (url.pathname === '/cgi-bin/token') {
      seen.tokens++
      if (url.searchParams.get('appid') !== APP.appId) return json({ errcode: 40013, errmsg: 'invalid appid' })
      if (url.searchParams.get('secret') !== APP.appSecret) return json({ errcode: 40125, errmsg: 'invalid appsecret' })
      return json({ access_token: validToken, expires_in: 7200 })
    }
    if (url.pathname === '/wxa/getwxacodeunlimit' && request.method === 'POST') {
      let raw = ''
      request.on('data', (chunk) => (raw += chunk))
      request.on('end', () => {
        const body = JSON.parse(raw) as { scene: string }
        seen.bodies.push(body)
        if (url.searchParams.get('access_token') !== validToken) return json({ errcode: 42001, errmsg: 'access_token expired' })
        if (body.scene === 'busy' && !seen.busyOnce.has('busy')) {
          seen.busyOnce.add('busy')
          return json({ errcode: 45009, errmsg: 'reach max api daily quota limit' })
        }
        if (body.scene === 'bad scene') return json({ errcode: 40129, errmsg: 'invalid scene' })
        response.writeHead(200, { 'content-type': 'image/jpeg' })
        response.end(PNG_BYTES)
      })
      return
    }
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  options = { ...DEFAULT_OPTIONS, apiBase: `http://127.0.0.1:${port}`, sleep: async () => undefined }
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen = { tokens: 0, bodies: [], busyOnce: new Set() }
  validToken = 'TOKEN-1'
})

describe('wxacode.getUnlimited script', () => {
  it('refuses to run without WX_APPID / WX_APPSECRET, saying why', () => {
    assert.throws(() => credentialsFromEnv({}), /需要环境变量 WX_APPID 和 WX_APPSECRET/)
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish/wxacode.ts'], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    })
    assert.equal(run.status, 2)
    assert.match(run.stderr, /需要环境变量/)
  })

  it('builds the documented request and saves one image per scene', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wxacode-'))
    const results = await downloadCodes(
      [
        { id: 'lzbf2022-34', scene: 'lzbf2022-34', page: 'pages/doc/index' },
        { id: 'yibao', scene: 'yibao', page: 'pages/calc/index' },
      ],
      APP,
      out,
      options,
    )
    assert.deepEqual(
      results.map((r) => r.error),
      [undefined, undefined],
    )
    assert.equal(seen.tokens, 1)
    assert.deepEqual(seen.bodies[0], {
      scene: 'lzbf2022-34',
      page: 'pages/doc/index',
      check_path: true,
      env_version: 'release',
      width: 430,
    })
    assert.deepEqual(readFileSync(join(out, 'wxacode-yibao.png')), PNG_BYTES)
  })

  it('retries a rate-limited answer (45009), refreshes an expired token (42001), reports a bad scene (40129) and carries on', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wxacode-'))
    validToken = 'TOKEN-1'
    const requests = [
      { id: 'busy', scene: 'busy', page: 'pages/doc/index' },
      { id: 'bad', scene: 'bad scene', page: 'pages/doc/index' },
      { id: 'after', scene: 'lzf2022-25', page: 'pages/doc/index' },
    ]
    const originalFetch = globalThis.fetch
    let calls = 0
    globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      calls++
      if (calls === 4) validToken = 'TOKEN-2' // the token expires before the third code
      return originalFetch(input, init)
    }) as typeof fetch
    try {
      const results = await downloadCodes(requests, APP, out, options)
      assert.ok(results[0].file, 'busy scene succeeded on retry')
      assert.match(results[1].error ?? '', /errcode 40129：scene 不合法/)
      assert.ok(results[2].file, 'the last code was fetched with a refreshed token')
      assert.equal(seen.tokens, 2)
    } finally {
      globalThis.fetch = originalFetch
    }
  })

  it('explains a wrong AppSecret, and never writes the secret or the token to disk', async () => {
    await assert.rejects(fetchAccessToken({ ...APP, appSecret: 'wrong' }, options), /40125：AppSecret 无效/)
    const out = mkdtempSync(join(tmpdir(), 'wxacode-'))
    await downloadCodes([{ id: 'x', scene: 'lzf2022-25', page: 'pages/doc/index' }], APP, out, options)
    for (const file of readdirSync(out)) {
      const content = readFileSync(join(out, file)).toString('latin1')
      assert.ok(!content.includes(APP.appSecret) && !content.includes('TOKEN-'), file)
    }
  })
})
