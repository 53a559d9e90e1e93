// URL Links for the site's 在微信中打开 button, against a local stand-in for api.weixin.qq.com (127.0.0.1).
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { after, before, describe, it } from 'node:test'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { DEFAULT_OPTIONS, type WxacodeOptions } from '../../scripts/publish/wxacode-client'
import { generateManifest, linkFor } from '../../scripts/publish/urllink-client'
import { documentPage } from '../../scripts/build/site/render'

const APP = { appId: 'wx_test_app', appSecret: 'secret-never-on-disk' }
const bodies: Record<string, unknown>[] = []
let server: Server
let options: WxacodeOptions

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const json = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname === '/cgi-bin/token')
      return json(
        url.searchParams.get('secret') === APP.appSecret
          ? { access_token: 'TOKEN', expires_in: 7200 }
          : { errcode: 40125, errmsg: 'invalid appsecret' },
      )
    let raw = ''
    request.on('data', (chunk) => (raw += chunk))
    request.on('end', () => {
      const body = JSON.parse(raw) as { query: string; expire_interval: number }
      bodies.push(body)
      if (body.expire_interval > 30) return json({ errcode: 85400, errmsg: 'invalid expire_interval' })
      json({ errcode: 0, errmsg: 'ok', url_link: `https://wxaurl.cn/${body.query.replace('id=', '')}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  options = { ...DEFAULT_OPTIONS, apiBase: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` }
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const requests = [{ id: 'lzbf2022-34', path: 'pages/doc/index', query: 'id=lzbf2022-34' }]

describe('urllink.generate for the site', () => {
  it('asks for a link to the document page that expires in 30 days, and writes when it expires', async () => {
    const manifest = await generateManifest(requests, APP, 30, '2026-11-29', options)
    assert.deepEqual(bodies.at(-1), {
      path: 'pages/doc/index',
      query: 'id=lzbf2022-34',
      env_version: 'release',
      expire_type: 1,
      expire_interval: 30,
    })
    assert.deepEqual(manifest, {
      generatedOn: '2026-11-29',
      expiresOn: '2026-12-28',
      links: { 'lzbf2022-34': 'https://wxaurl.cn/lzbf2022-34' },
    })
  })
  it('refuses more than 30 days (the WeChat limit) before asking; explains a wrong secret', async () => {
    await assert.rejects(generateManifest(requests, APP, 31, '2026-11-29', options), /1 到 30/)
    await assert.rejects(generateManifest(requests, { ...APP, appSecret: 'wrong' }, 30, '2026-11-29', options), /40125：AppSecret 无效/)
  })
  it('the /d/ page shows 在微信中打开 only while the link is valid', () => {
    const manifest = { generatedOn: '2026-11-29', expiresOn: '2026-12-28', links: { 'lzbf2022-34': 'https://wxaurl.cn/abc' } }
    const doc = latestFullIssue.documents.find((each) => each.id === 'lzbf2022-34')!
    assert.equal(linkFor(manifest, doc.id, '2026-12-28'), 'https://wxaurl.cn/abc')
    assert.equal(linkFor(manifest, doc.id, '2026-12-29'), undefined)
    assert.equal(linkFor({ ...manifest, links: { 'lzbf2022-34': 'javascript:alert(1)' } }, doc.id, '2026-12-01'), undefined)
    assert.match(
      documentPage(doc, latestFullIssue, '2026-12-01', linkFor(manifest, doc.id, '2026-12-01')),
      /<a class="button button--plain" id="open-in-wechat" href="https:\/\/wxaurl.cn\/abc">在微信中打开<\/a>/,
    )
    const without = documentPage(doc, latestFullIssue, '2026-12-29', linkFor(manifest, doc.id, '2026-12-29'))
    assert.doesNotMatch(without, /在微信中打开/)
    assert.match(without, /用微信扫这个码，可以打开离石政策通小程序/)
  })
})
