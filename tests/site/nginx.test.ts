// The site behind real nginx (Debian's package) with deploy/nginx.conf — only its ports, root and certificate replaced —
// over dist/site, over HTTPS with a self-signed certificate made for the test, driven by Chromium as a phone's browser
// would after scanning a printed code outside WeChat.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request } from 'node:https'
import { gunzipSync } from 'node:zlib'
import { connect, type SecureVersion } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import { serveSite, type ServedSite } from '../support/nginx'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { calculators } from '#src/domain/calculators'
import { dialString } from '#src/domain/phone'

const root = join(import.meta.dirname, '..', '..')
const site = join(root, 'dist', 'site')
let origin = ''
let served: ServedSite | undefined
let browser: Browser

before(async () => {
  assert.ok(existsSync(join(site, 'index.html')), 'run npm run build:site first')
  served = await serveSite(site)
  origin = served.origin
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
  })
})

after(async () => {
  await browser?.close()
  served?.stop()
})

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * A raw HTTPS request: the path exactly as written (no normalising of .. like a browser would), the certificate checked
 * against the one made for the test. `plain` asks the HTTP server instead.
 */
function raw(path: string, headers: Record<string, string> = {}, plain = false): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const onResponse = (res: IncomingMessage) => {
      let body = ''
      res.setEncoding('latin1')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    }
    const req = plain
      ? httpRequest(`${served!.httpOrigin}/`, { path, headers }, onResponse)
      : request(`${origin}/`, { path, headers, ca: served!.certificate }, onResponse)
    req.on('error', reject)
    req.end()
  })
}

/** Whether a TLS handshake with only this protocol version succeeds. */
function handshake(version: SecureVersion): Promise<boolean> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve) => {
    const socket = connect(
      { host: hostname, port: Number(port), ca: served!.certificate, minVersion: version, maxVersion: version },
      () => {
        socket.end()
        resolve(true)
      },
    )
    socket.on('error', () => resolve(false))
  })
}

/** Waits until the takeover script has decided: the app took over, or the page stays as it is. */
async function tookOver(page: Page, expected: 'app' | 'kept-page'): Promise<void> {
  await page.waitForFunction(() => !['loading', null].includes(document.documentElement.getAttribute('data-takeover')), null, {
    timeout: 20_000,
  })
  assert.equal(await page.evaluate("document.documentElement.getAttribute('data-takeover')"), expected)
}

/** Holds the app's script back until released: what a slow network does, so the page can be read first. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/js\/app\.[0-9a-f]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

const docNoTop = (page: Page) => page.evaluate("document.getElementById('doc-no').getBoundingClientRect().top") as Promise<number>

/** Opens a page; the app's pages are waited for until the network is idle, the static pages until loaded. */
async function openPage(path: string, javaScript: boolean, app = false) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled: javaScript })
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (req) => requests.push(req.url()))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  const response = await page.goto(origin + path, { waitUntil: app ? 'networkidle' : 'load' })
  return { page, context, status: response?.status(), requests, errors }
}

describe('every printed code works in a browser (real nginx, deploy/nginx.conf)', () => {
  for (const javaScript of [true, false]) {
    it(`all ${latestFullIssue.documents.length} documents by /d/<id>, JavaScript ${javaScript ? 'on' : 'off'}: 文号 and a tel: link with the right digits`, async () => {
      const { page, context, requests, errors } = await openPage('/d/lzbf2022-34', javaScript)
      for (const doc of latestFullIssue.documents) {
        for (const path of [`/d/${doc.id}`, `/d/${doc.id}/?from=scan`]) {
          const response = await page.goto(origin + path, { waitUntil: 'load' })
          assert.equal(response?.status(), 200, path)
          if (javaScript) await tookOver(page, 'app')
          assert.equal(await page.locator('#doc-no').innerText(), doc.docNo)
          assert.match(await page.title(), new RegExp(doc.docNo.replace(/[〔〕]/g, '.')))
          const dial = await page.locator(`a[href="tel:${dialString(doc.consultation.phone)}"]`).count()
          assert.ok(javaScript ? dial >= 1 : dial === 1, `${path}: ${dial} tel: links`)
        }
      }
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(origin)),
        [],
        'no request to any other origin',
      )
      assert.deepEqual(errors, [])
      await context.close()
    })
  }

  it('with JavaScript the app takes over /d/<id> once it is ready, the 文号 staying where the reader saw it', async () => {
    const { page, context, requests, errors } = await openPage('/d/lzbf2022-34', true)
    const release = await holdAppScript(page)
    await page.goto(`${origin}/d/lzbf2022-34?from=scan`, { waitUntil: 'domcontentloaded' })
    await page.evaluate('window.scrollTo(0, 10)')
    const seen = await docNoTop(page)
    assert.equal(await page.locator('#static-page #doc-no').innerText(), '离政办发〔2022〕34号', 'the page is read before the app')
    release()
    await tookOver(page, 'app')
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34')
    assert.equal(await page.locator('#static-page').count(), 0)
    assert.equal(await page.locator('#doc-no').innerText(), '离政办发〔2022〕34号')
    const shown = await docNoTop(page)
    assert.ok(Math.abs(shown - seen) <= 1, `the 文号 moved from y=${seen} to y=${shown}`)
    await page.getByText('算一算', { exact: false }).first().waitFor()
    assert.deepEqual(errors, [])
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin)),
      [],
    )
    await context.close()
  })

  it('a reader who has scrolled on, or came for a clause, keeps the page; the address stays /d/<id>', async () => {
    const { page, context, errors } = await openPage('/d/lzbf2022-34', true)
    const release = await holdAppScript(page)
    await page.goto(`${origin}/d/lzbf2022-34`, { waitUntil: 'domcontentloaded' })
    await page.evaluate('window.scrollTo(0, 600)')
    release()
    await tookOver(page, 'kept-page')
    assert.equal(new URL(page.url()).pathname, '/d/lzbf2022-34')
    assert.equal(await page.evaluate('window.scrollY'), 600)
    assert.equal(await page.locator('#static-page').count(), 1)
    const clause = await context.newPage()
    await clause.goto(`${origin}/d/lzbf2022-34#${encodeURIComponent('三（二）')}`, { waitUntil: 'load' })
    await tookOver(clause, 'kept-page')
    assert.equal(await clause.locator('.taro_page').count(), 0, 'the app was not even loaded')
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('/d/<id>#<clause> opens the 原文 at that clause, without JavaScript; a wide table scrolls in its own box', async () => {
    const { page, context } = await openPage(`/d/lzbf2022-34#${encodeURIComponent('三（二）')}`, false)
    const clause = page.locator('[id="三（二）"]')
    assert.equal(await clause.innerText(), '(二)低保对象个人缴纳70元,定额资助280元。')
    const box = await clause.boundingBox()
    assert.ok(box && box.y > -2 && box.y < 667, `the clause is at y=${box?.y}`)
    assert.ok(await page.evaluate('document.documentElement.scrollWidth <= 375'))
    assert.match(await page.locator('#yuanwen').innerText(), /原文说明[\s\S]*扫码咨询/)
    await context.close()
  })

  it('every document has its 5:4 share picture at /share/<id>.png (the imageUrl of its WeChat share card)', async () => {
    for (const doc of latestFullIssue.documents) {
      const response = await raw(`/share/${doc.id}.png`)
      assert.equal(response.status, 200, doc.id)
      assert.match(String(response.headers['content-type']), /^image\/png/)
      const bytes = Buffer.from(response.body, 'latin1')
      assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG')
      assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [500, 400])
    }
  })

  it('the app’s index.html preloads the document page’s chunks, which the document page then uses', async () => {
    const html = (await raw('/pages/doc/index?id=lzbf2022-34')).body
    const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((match) => match[1])
    assert.ok(
      preloaded.some((path) => /^\/js\/\d+\.[0-9a-f]+\.js$/.test(path)),
      html.slice(0, 400),
    )
    const { page, context, requests } = await openPage('/pages/doc/index?id=lzbf2022-34', true, true)
    assert.equal(await page.locator('#doc-no').innerText(), '离政办发〔2022〕34号')
    for (const path of preloaded) assert.ok(requests.includes(origin + path), `${path} was preloaded but not used`)
    await context.close()
  })

  it('every calculator by /c/<id> opens with its title; 开始算 leads into the app', async () => {
    const { page, context } = await openPage('/c/yibao', true)
    for (const calculator of calculators) {
      const response = await page.goto(`${origin}/c/${calculator.id}`, { waitUntil: 'load' })
      assert.equal(response?.status(), 200)
      assert.equal(await page.locator('#calc-title').innerText(), calculator.title)
    }
    await page.getByText('开始算（打开计算器）').click()
    await page.waitForURL(/\/pages\/calc\/index\?id=/)
    await page.locator('#calc-answer').waitFor()
    await context.close()
  })

  it('the app itself runs through nginx under its Content-Security-Policy, with no error and no other origin', async () => {
    const { page, context, requests, errors } = await openPage('/pages/doc/index?id=lzbf2022-34', true, true)
    assert.equal(await page.locator('#doc-no').innerText(), '离政办发〔2022〕34号')
    assert.deepEqual(errors, [])
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin)),
      [],
    )
    await context.close()
  })

  it('an id the site has no page for (damaged, unknown, in capitals) goes to the app, which opens it or names the nearest 文号', async () => {
    for (const [path, id] of [
      ['/d/lzbf2022-99', 'lzbf2022-99'],
      ['/d/LZBF2022-34', 'LZBF2022-34'],
      ['/d/nope/', 'nope'],
    ]) {
      const response = await raw(path)
      assert.equal(response.status, 302, path)
      assert.equal(response.headers.location, `/pages/doc/index?id=${id}`, path)
    }
  })

  it('other damaged paths get the friendly 404; nothing outside dist/site is ever served', async () => {
    for (const path of ['/d/no_such', '/d/%E4%B8%AD', '/d/LZBF2022-34/extra', '/c/nope', '/nothing-here', '/404.html', '/.git/config']) {
      const response = await raw(path)
      assert.equal(response.status, 404, path)
      assert.match(response.headers['content-type'] as string, /text\/html/)
    }
    assert.match((await raw('/d/no_such')).body, /<title>.*<\/title>/)
    for (const path of [
      '/../../etc/passwd',
      '/d/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E/etc/passwd',
      '/d/lzbf2022-34%00',
      '/js/..%2f..%2f..%2fetc%2fpasswd',
      `/${'a'.repeat(9000)}`,
    ]) {
      const response = await raw(path)
      assert.ok(response.status >= 400, `${path.slice(0, 40)} → ${response.status}`)
      assert.doesNotMatch(response.body, /root:x:0:0/, path.slice(0, 40))
    }
  })

  it('headers: the site-only CSP, nosniff, no referrer; no-cache on HTML, a year immutable on hashed files, gzip', async () => {
    for (const path of ['/d/lzbf2022-34', '/', '/pages/doc/index?id=lzbf2022-34']) {
      const { headers } = await raw(path)
      assert.match(headers['content-security-policy'] as string, /^default-src 'self';.*script-src 'self'/, path)
      assert.equal(headers['x-content-type-options'], 'nosniff')
      assert.equal(headers['referrer-policy'], 'no-referrer')
      assert.equal(headers['cache-control'], 'no-cache', path)
    }
    const index = readFileSync(join(site, 'index.html'), 'utf8')
    const script = /src="(\/js\/app\.[^"]+\.js)"/.exec(index)![1]
    const { headers } = await raw(script, { 'Accept-Encoding': 'gzip' })
    assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(headers['content-encoding'], 'gzip')
    assert.doesNotMatch(index, /<script>/, 'no inline script: the CSP allows only the site itself')
  })
})

describe('HTTPS only (TLS 1.2+, HSTS), every text file sent as compressed at build time', () => {
  it('plain HTTP answers every path with a permanent redirect to the same path over HTTPS on the site’s own name', async () => {
    for (const path of ['/', '/d/lzbf2022-34', '/d/lzbf2022-34/?from=scan', '/c/yibao', '/d/nope', '/data/x.json', '/.well-known/other']) {
      const response = await raw(path, { Host: 'evil.example' }, true)
      assert.equal(response.status, 301, path)
      assert.equal(response.headers.location, `https://gb.lishi.example.cn${path}`, path)
    }
  })

  it('plain HTTP answers a certificate authority’s check from the webroot certbot writes to, and nothing else there', async () => {
    // certbot --webroot -w <root> writes the token under <root>/.well-known/acme-challenge/.
    const challenges = join(served!.acmeRoot, '.well-known', 'acme-challenge')
    mkdirSync(challenges, { recursive: true, mode: 0o755 })
    chmodSync(join(served!.acmeRoot, '.well-known'), 0o755)
    writeFileSync(join(challenges, 'token-1'), 'token-1.key')
    chmodSync(join(challenges, 'token-1'), 0o644)
    const check = await raw('/.well-known/acme-challenge/token-1', {}, true)
    assert.equal(check.status, 200)
    assert.equal(check.body, 'token-1.key')
    assert.equal((await raw('/.well-known/acme-challenge/none', {}, true)).status, 404)
  })

  // WeChat requires TLS 1.2+ of request domains, and older Android WeChat speaks no 1.3: both must be offered. (1.0 and
  // 1.1 are refused by the config and, on Debian, by OpenSSL's own security level too.)
  it('TLS 1.2 and 1.3 are accepted, 1.0 and 1.1 refused', async () => {
    assert.deepEqual(await Promise.all((['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as SecureVersion[]).map(handshake)), [
      false,
      false,
      true,
      true,
    ])
  })

  it('HSTS for a year on pages, files and 404s', async () => {
    for (const path of ['/', '/d/lzbf2022-34', '/d/no_such', '/favicon.ico']) {
      assert.equal((await raw(path)).headers['strict-transport-security'], 'max-age=31536000', path)
    }
  })

  it('a document page, the app’s script and the 404 page are the .gz written by build:site, sent as they are', async () => {
    const index = readFileSync(join(site, 'index.html'), 'utf8')
    const script = /src="(\/js\/app\.[^"]+\.js)"/.exec(index)![1]
    for (const [path, file] of [
      ['/d/lzbf2022-34', 'd/lzbf2022-34/index.html'],
      [script, script.slice(1)],
      ['/d/no_such', '404.html'],
    ]) {
      const response = await raw(path, { 'Accept-Encoding': 'gzip' })
      assert.equal(response.headers['content-encoding'], 'gzip', path)
      const precompressed = readFileSync(join(site, `${file}.gz`))
      // On-the-fly gzip streams chunks without a length; the file from disk has its exact length.
      assert.equal(response.headers['content-length'], String(precompressed.length), `${path}: not the precompressed file`)
      assert.deepEqual(gunzipSync(Buffer.from(response.body, 'latin1')), readFileSync(join(site, file)), path)
    }
    const identity = await raw('/d/lzbf2022-34')
    assert.equal(identity.headers['content-encoding'], undefined, 'a client without gzip gets the plain page')
    assert.equal(identity.body, readFileSync(join(site, 'd/lzbf2022-34/index.html'), 'latin1'))
  })
})

// docs/deploy.md's layout: /srv/lishi-site/<build> copied by whoever deploys, and the `current` link moved by root.
// The build's files may belong to another user than the link (rsync -a and tar keep the owner of the build machine).
describe('the deploy layout: root is the `current` link to a build owned by another user', () => {
  let release: ServedSite | undefined
  const base = mkdtempSync(join(tmpdir(), 'lishi-release-'))
  before(async () => {
    chmodSync(base, 0o755)
    const build = join(base, '2023-01')
    cpSync(site, build, { recursive: true, filter: (path) => !path.includes('/share/') && !path.includes('/data/') })
    execFileSync('chown', ['-R', '65534:65534', build])
    symlinkSync(build, join(base, 'current'))
    release = await serveSite(join(base, 'current'))
  })
  after(() => {
    release?.stop()
    rmSync(base, { recursive: true, force: true })
  })
  it('pages and the 404 page are served through the link (nginx checks links inside the site, not the root itself)', async () => {
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request(`${release!.origin}${path}`, { ca: release!.certificate }, (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
          .on('error', reject)
          .end()
      })
    assert.equal(await get('/'), 200)
    assert.equal(await get('/d/lzbf2022-34'), 200)
    assert.equal(await get('/d/no_such'), 404)
  })
})
