// Updates and newer issues in WeChat's own runtime (dist/weapp): a new version WeChat has downloaded is applied
// only at a moment that loses nothing; a printed code of a newer issue's document, scanned with this (older) build,
// is looked up in the site's catalogue (/data/catalogue.json) and shows its 文号 and phone, with 拨打. The
// catalogue below is the one a site with the next issue would publish (tests/fixtures/next-issue/gazette-2023-03.txt:
// 离政办发〔2023〕14号, 咨询单位 吕梁市离石区医疗保障局, 0358-8227811).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { weappRuntime, type WeappRuntime } from './runtime'

const SITE = 'https://gb.lishi.example.cn'
const office = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'issues', '2022-03', 'issue.json'), 'utf8')) as {
    office: { phone: string }
  }
).office
const newer = {
  issues: [
    {
      id: '2023-03',
      year: 2023,
      number: 3,
      documents: [
        {
          id: 'lzbf2023-14',
          docNo: '离政办发〔2023〕14号',
          title: '吕梁市离石区人民政府办公室关于做好2023年城乡居民基本医疗保险缴费工作的通知',
          consultation: { unit: '吕梁市离石区医疗保障局', shortName: '医保局', phone: '0358-8227811' },
        },
      ],
    },
  ],
}

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
let runtime: WeappRuntime

before(() => {
  runtime = weappRuntime()
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

const siteWith = (catalogue: unknown) => (url: string) =>
  url === `${SITE}/data/catalogue.json` ? { statusCode: 200, data: JSON.stringify(catalogue) } : undefined
const phoneCalls = () =>
  runtime.calls.filter((call) => call.api === 'makePhoneCall').map((call) => (call.args as { phoneNumber: string }).phoneNumber)
const NEWER_PAGE = 'packages/archive/pages/newer/index'
const redirects = (since: number) =>
  runtime.calls
    .slice(since)
    .filter((call) => call.api === 'redirectTo')
    .map((call) => (call.args as { url: string }).url)
const applied = () => runtime.calls.filter((call) => call.api === 'applyUpdate').length

async function waitFor(check: () => boolean, timeout = 5000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('a printed code of a newer issue, scanned with an older build', () => {
  it('opens the archive’s page, which asks the site’s catalogue once, shows the 文号, title and phone as from the site, and dials it', async () => {
    requests.length = 0
    serve = siteWith(newer)
    const since = runtime.calls.length
    const code = await runtime.open('pages/doc/index', { scene: 'lzbf2023-14' })
    assert.deepEqual(redirects(since), [`/${NEWER_PAGE}?id=lzbf2023-14`])
    assert.match(code.text(), /离政办发〔2023〕14号.*可能在更新的一期公报里/)
    code.close()
    const page = await runtime.open(NEWER_PAGE, { id: 'lzbf2023-14' })
    await waitFor(() => page.find('#code-doc-no', '离政办发〔2023〕14号').length > 0)
    assert.match(page.text(), /关于做好2023年城乡居民基本医疗保险缴费工作的通知/)
    assert.match(page.text(), /2023年第3期公报里.*来自公报室的网站/)
    assert.match(page.text(), /吕梁市离石区医疗保障局/)
    assert.match(page.text(), /要看全文，需要更新小程序/)
    assert.doesNotMatch(page.text(), /没有找到/)
    const before = phoneCalls().length
    await page.tap('#call-bar')
    assert.deepEqual(phoneCalls().slice(before), ['03588227811'])
    // One bare GET of the catalogue: no query, no body, no header of ours.
    assert.deepEqual(
      requests.map((request) => request.url),
      [`${SITE}/data/catalogue.json`],
    )
    assert.equal(requests[0].method, 'GET')
    assert.equal(requests[0].data, undefined)
    assert.deepEqual(requests[0].header ?? {}, {})
    page.close()
  })

  it('with the site unreachable, says so and offers the 公报室’s phone', async () => {
    requests.length = 0
    serve = () => undefined
    const page = await runtime.open(NEWER_PAGE, { id: 'lzbf2023-14' })
    await waitFor(() => page.find('#not-found').length > 0)
    assert.match(page.text(), /现在连不上公报室的网站/)
    assert.match(page.text(), new RegExp(office.phone))
    // The old advice (close and reopen, which reopens the same old version) is not given.
    assert.equal(page.find('#not-found-newer').length, 0)
    const before = phoneCalls().length
    await page.tap('#not-found-office .btn--call', office.phone)
    assert.deepEqual(phoneCalls().slice(before), [office.phone.replace(/\D/g, '')])
    assert.equal(requests.length, 1)
    page.close()
  })

  it('a site without the document: the ordinary not-found page', async () => {
    requests.length = 0
    serve = siteWith({ issues: [] })
    const page = await runtime.open(NEWER_PAGE, { id: 'lzbf2023-15' })
    await waitFor(() => page.find('#not-found').length > 0)
    assert.match(page.text(), /您扫的是：离政办发〔2023〕15号[\s\S]*这份文件不在小程序里/)
    assert.doesNotMatch(page.text(), /lzbf2023-15/)
    assert.equal(requests.length, 1)
    page.close()
  })

  it('a garbage, damaged, foreign or older-than-newest id never triggers a request', async () => {
    requests.length = 0
    serve = siteWith(newer)
    const codes: Record<string, string>[] = [
      { id: 'lzbf2022-37x' },
      { id: '../data/catalogue.json' },
      { id: 'lzbf2022-3' }, // inside the known 离政办发〔2022〕 numbers
      { id: 'abc2023-1' }, // a series no issue has
      { scene: 'lzbf2023%' },
      { q: encodeURIComponent('https://evil.example.com/d/lzbf2023-14') },
      { id: 'x'.repeat(60) },
    ]
    for (const query of codes) {
      const since = runtime.calls.length
      const page = await runtime.open('pages/doc/index', query)
      await waitFor(() => page.find('#not-found').length > 0)
      assert.deepEqual(redirects(since), [], JSON.stringify(query))
      page.close()
      // Not even when such a code reaches the archive's page directly.
      const direct = await runtime.open(NEWER_PAGE, query)
      await waitFor(() => direct.find('#not-found').length > 0)
      direct.close()
    }
    assert.deepEqual(
      requests.map((request) => request.url),
      [],
    )
    assert.deepEqual(runtime.errors, [])
  })
})

describe('a new version downloaded by WeChat', () => {
  it('is not applied while a form or a document is open; home says so in a sentence; applied when home opens afresh', async () => {
    assert.ok(
      runtime.calls.some((call) => call.api === 'getUpdateManager'),
      'the manager is taken on launch',
    )
    const form = await runtime.open('packages/tools/pages/calc/index', { id: 'yibao' })
    await form.input('#field-ordinary .calc-field__input', '3')
    await runtime.reportUpdate('hasUpdate')
    await runtime.reportUpdate('ready')
    assert.equal(applied(), 0)
    // What was typed is still there.
    await form.input('#field-dibao .calc-field__input', '1')
    await form.tap('#calc-answer')
    assert.match(form.text(), /全家个人要交1120元/) // 离政办发〔2022〕34号: 3 × 350 + 70

    // A printed code opened meanwhile: read and dialled, nothing restarts.
    const doc = await runtime.open('pages/doc/index', { id: 'lzbf2022-34' })
    const calls = phoneCalls().length
    await doc.tap('#call-bar')
    assert.equal(phoneCalls().length, calls + 1)
    doc.close()
    assert.equal(applied(), 0)

    // Home opened over the form: the form would be lost, so only the sentence, with 现在更新.
    const homeOverForm = await runtime.open('pages/index/index')
    assert.equal(applied(), 0)
    assert.ok(homeOverForm.find('#update-notice', '有新版本，下次打开首页时自动更新').length > 0)
    homeOverForm.close()
    form.close()

    // Home opened afresh, nothing else open: applied.
    const home = await runtime.open('pages/index/index')
    assert.equal(applied(), 1)
    home.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a newer issue’s code offers 现在更新 once the new version is ready, and applies it when tapped', async () => {
    serve = siteWith(newer)
    const page = await runtime.open(NEWER_PAGE, { id: 'lzbf2023-14' })
    await waitFor(() => page.find('#code-doc-no').length > 0)
    const before = applied()
    assert.match(page.text(), /新版本已经下载好/)
    await page.tap('#update-now')
    assert.equal(applied(), before + 1)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })
})
