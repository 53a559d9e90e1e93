// An archived issue in WeChat (the synthetic archive's dist/weapp, run by WeChat's own compilers): its document
// opened from a printed code is fetched with wx.request from the site's domain, checked, shown and kept; with
// the site down the page says so and offers the phones; a changed file is refused and nothing is kept.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { syntheticArchive, syntheticSite, syntheticWeapp } from '../support/synthetic-archive'
import { weappRuntime, type WeappRuntime } from './runtime'

const SITE = 'https://gb.lishi.example.cn'
let runtime: WeappRuntime
let archive: ReturnType<typeof syntheticArchive>

type RequestOptions = {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, string>
  success?: (r: unknown) => void
  fail?: (e: unknown) => void
  complete?: (r: unknown) => void
}
const requests: RequestOptions[] = []
let serve: (url: string) => { statusCode: number; data: string } | undefined = () => undefined

before(() => {
  archive = syntheticArchive()
  runtime = weappRuntime({}, syntheticWeapp)
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  wx.request = (options: RequestOptions) => {
    requests.push(options)
    const response = serve(options.url)
    setTimeout(() => {
      if (response) options.success?.({ ...response, header: {}, errMsg: 'request:ok' })
      else options.fail?.({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })
      options.complete?.({})
    }, 20)
    return { abort: () => undefined }
  }
})

/** The site as published by build:site: /data/<issue>/<hash>.json from the built site folder. */
function fromSite(change = (text: string) => text) {
  return (url: string) => {
    if (!url.startsWith(`${SITE}/data/`)) return undefined
    return { statusCode: 200, data: change(readFileSync(join(syntheticSite, url.slice(SITE.length)), 'utf8')) }
  }
}

const keptFiles = () => [...runtime.storage.keys()].filter((key) => key.startsWith('lishi-archive-') && key !== 'lishi-archive-index')

describe('an archived issue in the WeChat runtime', () => {
  it('refuses a changed file, says so, and keeps nothing', async () => {
    serve = fromSite((text) => text.replace(archive.doc.docNo, archive.doc.docNo.replace('号', '号 ')))
    const page = await runtime.open('packages/archive/pages/doc/index', { id: archive.doc.id })
    await waitFor(() => page.find('#archive-rejected').length > 0)
    assert.match(page.text(), /和公报室发布的不一样/)
    assert.match(page.text(), new RegExp(archive.doc.consultation.phone))
    assert.deepEqual(keptFiles(), [])
    page.close()
  })

  it('with the site down, says so kindly and offers the document’s and the 公报室’s phones', async () => {
    serve = () => undefined
    const page = await runtime.open('packages/archive/pages/doc/index', { id: archive.doc.id })
    await waitFor(() => page.find('#archive-offline').length > 0)
    assert.match(page.text(), /现在取不到.*（可能是没连上网）/)
    assert.ok(page.find('#archive-doc-no', archive.doc.docNo).length > 0)
    assert.match(page.text(), new RegExp(archive.doc.consultation.phone))
    assert.match(page.text(), new RegExp(archive.issue.office.phone))
    // 再试一次 once the site is back.
    serve = fromSite()
    await page.tap('#archive-retry')
    await waitFor(() => page.text().includes(archive.full.summary))
    page.close()
  })

  it('fetches the document from the site’s domain, shows it and keeps it; requests carry nothing but the file’s path', async () => {
    requests.length = 0
    runtime.storage.clear()
    serve = fromSite()
    const page = await runtime.open('packages/archive/pages/doc/index', { id: archive.doc.id })
    await waitFor(() => page.text().includes(archive.full.summary))
    assert.ok(page.find('#doc-no', archive.doc.docNo).length > 0)
    assert.deepEqual(
      requests.map((request) => request.url),
      [`${SITE}${archive.manifestPath}`],
    )
    for (const request of requests) {
      assert.equal(request.method, 'GET')
      assert.equal(request.data, undefined)
      assert.deepEqual(request.header ?? {}, {})
      assert.match(request.url, /^https:\/\/gb\.lishi\.example\.cn\/data\/\d{4}-\d{2}\/[0-9a-f]{32}\.json$/)
    }
    assert.equal(keptFiles().length, 1)
    // 读原文: the document's 原文, fetched and checked the same way.
    await page.tap('#archive-read-original')
    await waitFor(() => page.find('#archive-original').length > 0)
    assert.equal(requests.length, 2)
    assert.equal(keptFiles().length, 2)
    page.close()
  })

  it('opens a kept document without the network', async () => {
    serve = () => undefined
    requests.length = 0
    const page = await runtime.open('packages/archive/pages/doc/index', { id: archive.doc.id })
    await waitFor(() => page.text().includes(archive.full.summary))
    assert.equal(requests.length, 0)
    page.close()
  })

  it('the printed code of an archived document opens the archive’s page', async () => {
    const before = runtime.calls.length
    const page = await runtime.open('pages/doc/index', { id: archive.doc.id })
    assert.ok(page.find('#code-doc-no', archive.doc.docNo).length > 0)
    const redirect = runtime.calls.slice(before).find((call) => call.api === 'redirectTo') as { args: { url: string } } | undefined
    assert.equal(redirect?.args.url, `/packages/archive/pages/doc/index?id=${archive.doc.id}`)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })
})

describe('older issues in the WeChat runtime', () => {
  it('home lists them by year; an archived one opens the archive’s contents page, fetched from the site', async () => {
    serve = fromSite()
    const home = await runtime.open('pages/index/index')
    assert.equal(home.find(`#issue-${archive.issue.id}`, `第${archive.issue.number}期`).length, 1)
    assert.ok(home.find('.card', `${archive.issue.year}年（要联网看）`).length > 0)
    const before = runtime.calls.length
    await home.tap(`#issue-${archive.issue.id}`)
    const opened = runtime.calls.slice(before).find((call) => call.api === 'navigateTo') as { args: { url: string } } | undefined
    assert.equal(opened?.args.url, `/packages/archive/pages/issue/index?issue=${archive.issue.id}`)
    home.close()
    const contents = await runtime.open('packages/archive/pages/issue/index', { issue: archive.issue.id })
    await waitFor(() => contents.find('#issue-number', `${archive.issue.year}年第${archive.issue.number}期`).length > 0)
    assert.ok(contents.find('.doc-card', archive.doc.docNo).length > 0)
    contents.close()
  })

  it('an older issue in the package opens its own contents page, which says it is an older issue', async () => {
    const issue = archive.inPackage[0]
    const page = await runtime.open(`packages/issue-${issue.id}/pages/issue/index`)
    assert.ok(page.find('#older-issue-notice').length > 0)
    assert.ok(page.find('#issue-number', `${issue.year}年第${issue.number}期`).length > 0)
    assert.equal(page.find('.doc-card').length, issue.documents.length)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })
})

async function waitFor(check: () => boolean, timeout = 5000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
