// An archived issue in a phone's browser: the synthetic archive's site (dist/synthetic-40, built by CI) behind real
// nginx, Chromium at 375×667. The printed code of an old issue's document opens it fetched from /data/, checked,
// shown and kept; with the site's data unreachable the page says so and offers the phones; a changed file is
// refused and nothing is kept. Every request is recorded: only the site itself, only GETs of a file's path.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core'
import { dialString } from '#src/domain/phone'
import { serveSite, type ServedSite } from '../support/nginx'
import { syntheticArchive, syntheticSite } from '../support/synthetic-archive'

let served: ServedSite
let browser: Browser
let archive: ReturnType<typeof syntheticArchive>

before(async () => {
  archive = syntheticArchive()
  served = await serveSite(syntheticSite)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
  })
})

after(async () => {
  await browser?.close()
  served?.stop()
})

interface Visit {
  context: BrowserContext
  page: Page
  requests: Request[]
  errors: string[]
}

async function visit(): Promise<Visit> {
  // The site's certificate is self-signed for the test: Chromium ignores that by its flag, route.fetch() (Playwright's own client) by ignoreHTTPSErrors.
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    ignoreHTTPSErrors: true,
  })
  const page = await context.newPage()
  const requests: Request[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(request))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    // A request the test blocks on purpose is logged by the browser as a failed resource; anything else counts.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text())
  })
  return { context, page, requests, errors }
}

const current = (page: Page) => page.locator('.taro_page:not(.taro_page_shade)').last()
const dataRequests = (requests: Request[]) => requests.filter((request) => new URL(request.url()).pathname.startsWith('/data/'))
const keptFiles = (page: Page) =>
  page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('lishi-archive-') && key !== 'lishi-archive-index')") as Promise<
    string[]
  >

describe('an archived issue in the browser', () => {
  it('opens from its printed code: fetched, checked, shown, kept — and opens again without the network', async () => {
    const { context, page, requests, errors } = await visit()
    await page.goto(`${served.origin}/pages/doc/index?id=${archive.doc.id}`)
    await current(page).locator('#doc-no').filter({ hasText: archive.doc.docNo }).waitFor({ timeout: 20_000 })
    await current(page).getByText(archive.full.summary).waitFor()
    assert.deepEqual(
      dataRequests(requests).map((request) => new URL(request.url()).pathname),
      [archive.manifestPath],
    )
    for (const request of requests) {
      assert.equal(new URL(request.url()).origin, served.origin, `only the site itself: ${request.url()}`)
      if (!new URL(request.url()).pathname.startsWith('/data/')) continue
      assert.equal(request.method(), 'GET')
      assert.equal(new URL(request.url()).search, '')
      assert.equal(request.postData(), null)
      const headers = await request.allHeaders()
      assert.equal(headers.cookie, undefined)
    }
    assert.equal((await keptFiles(page)).length, 1)

    // 读原文 fetches the document's 原文, checked against the manifest.
    await current(page).locator('#archive-read-original').click()
    await current(page).locator('#archive-original').waitFor()
    assert.equal(dataRequests(requests).length, 2)
    assert.equal((await keptFiles(page)).length, 2)

    // Later, with no network for /data/: read from the phone.
    await page.route('**/data/**', (route) => route.abort('internetdisconnected'))
    const before = dataRequests(requests).length
    await page.reload()
    await current(page).getByText(archive.full.summary).waitFor({ timeout: 20_000 })
    assert.equal(dataRequests(requests).length, before)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('with the site’s data unreachable, says so kindly, keeps the phones, and tries again', async () => {
    const { context, page, errors } = await visit()
    await page.route('**/data/**', (route) => route.abort('internetdisconnected'))
    await page.goto(`${served.origin}/pages/doc/index?id=${archive.doc.id}`)
    const offline = current(page).locator('#archive-offline')
    await offline.waitFor({ timeout: 20_000 })
    assert.match(await offline.innerText(), /现在取不到.*（可能是没连上网）/)
    const text = await current(page).innerText()
    assert.ok(text.includes(archive.doc.docNo))
    assert.ok(text.includes(archive.doc.consultation.phone), 'the document’s consultation phone')
    assert.ok(text.includes(archive.issue.office.phone), 'the 公报室')
    assert.equal(
      (await current(page)
        .locator(`a[href="tel:${dialString(archive.doc.consultation.phone)}"]`)
        .count()) > 0,
      true,
      'a button that dials',
    )
    await page.unroute('**/data/**')
    await current(page).locator('#archive-retry').click()
    await current(page).getByText(archive.full.summary).waitFor({ timeout: 20_000 })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('refuses a changed file with a message and keeps nothing', async () => {
    const { context, page, errors } = await visit()
    await page.route('**/data/**', async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(archive.full.summary, `${archive.full.summary}（已改）`)
      await route.fulfill({ response, body })
    })
    await page.goto(`${served.origin}/pages/doc/index?id=${archive.doc.id}`)
    await current(page).locator('#archive-rejected').waitFor({ timeout: 20_000 })
    assert.equal(await current(page).getByText('（已改）').count(), 0)
    assert.deepEqual(await keptFiles(page), [])
    assert.ok((await current(page).innerText()).includes(archive.doc.consultation.phone))
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('home’s 往期 lists every older issue; an archived one opens its contents from the site', async () => {
    const { context, page, errors } = await visit()
    await page.goto(`${served.origin}/`)
    const label = `${archive.issue.year}年第${archive.issue.number}期`
    const chip = current(page).locator(`#issue-${archive.issue.id}`)
    await chip.scrollIntoViewIfNeeded({ timeout: 20_000 })
    assert.equal(await chip.innerText(), `第${archive.issue.number}期`)
    // Its year is all archived: said once, on the year.
    assert.match(
      await current(page)
        .locator('.card')
        .filter({ has: page.locator(`#issue-${archive.issue.id}`) })
        .innerText(),
      new RegExp(`${archive.issue.year}年（要联网看）`),
    )
    for (const issue of archive.older) assert.equal(await current(page).locator(`#issue-${issue.id}`).count(), 1, issue.id)
    assert.equal(await current(page).locator(`#issue-${archive.inPackage[0].id}`).innerText(), `第${archive.inPackage[0].number}期`)
    await chip.click()
    await current(page).locator('#issue-number').filter({ hasText: label }).waitFor({ timeout: 20_000 })
    await current(page).locator('.doc-card').filter({ hasText: archive.doc.docNo }).click()
    await current(page).getByText(archive.full.summary).waitFor({ timeout: 20_000 })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('an older issue still in the package opens from its own subpackage, not the network', async () => {
    const { context, page, requests, errors } = await visit()
    const issue = archive.inPackage[0]
    await page.goto(`${served.origin}/pages/doc/index?id=${issue.documents[0].id}`)
    await current(page).locator('#doc-no').filter({ hasText: issue.documents[0].docNo }).waitFor({ timeout: 20_000 })
    assert.equal(dataRequests(requests).length, 0)
    assert.match(page.url(), new RegExp(`/packages/issue-${issue.id}/pages/doc/index`))
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('往期也搜: searching fetches nothing from the archive until asked; then older issues’ documents are found', async () => {
    const { context, page, requests, errors } = await visit()
    await page.goto(`${served.origin}/packages/issue-2022-03/pages/search/index`)
    const input = current(page).locator('#search-input input')
    await input.waitFor({ timeout: 20_000 })
    await input.click()
    await input.fill(archive.doc.docNo)
    const start = current(page).locator('#archive-search-start')
    await start.waitFor()
    assert.equal(await start.innerText(), `🔍 往期也搜（共${archive.older.length}期，要联网）`)
    assert.equal(dataRequests(requests).length, 0, 'nothing fetched before the person asks')
    await start.click()
    const hit = current(page).locator('#archive-search .search-hit').first()
    await hit.waitFor({ timeout: 30_000 })
    assert.ok((await hit.innerText()).includes(archive.doc.docNo), await hit.innerText())
    // Each older issue: its manifest and its entries, nothing else.
    assert.equal(dataRequests(requests).length, 2 * archive.older.length)
    assert.equal(await current(page).locator('#archive-search-missing').count(), 0)
    await hit.click()
    await current(page).getByText(archive.full.summary).waitFor({ timeout: 20_000 })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('an old printed code opened in a browser without JavaScript shows its prerendered page: 文号, summary, phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled: false })
    const page = await context.newPage()
    for (const [doc, full] of [
      [archive.doc, archive.full],
      [archive.inPackage[0].documents[0], undefined],
    ] as const) {
      const response = await page.goto(`${served.origin}/d/${doc.id}`)
      assert.equal(response?.status(), 200, doc.id)
      assert.equal(await page.locator('#doc-no').innerText(), doc.docNo)
      const text = await page.locator('body').innerText()
      assert.ok(text.includes(doc.consultation.phone), doc.id)
      if (full) assert.ok(text.includes(full.summary))
    }
    await context.close()
  })

  it('an archived issue’s contents without network: the kind message, then every line of the issue with 拨打', async () => {
    const { context, page, errors } = await visit()
    await page.route('**/data/**', (route) => route.abort('internetdisconnected'))
    await page.goto(`${served.origin}/packages/archive/pages/issue/index?issue=${archive.issue.id}`)
    await current(page).locator('#archive-offline').waitFor({ timeout: 20_000 })
    const phones = current(page).locator('#archive-issue-phones')
    const text = await phones.innerText()
    for (const doc of archive.issue.documents) {
      assert.ok(text.includes(doc.docNo), doc.docNo)
      assert.ok(text.includes(doc.consultation.phone), doc.consultation.phone)
    }
    assert.equal(await phones.locator(`a[href="tel:${dialString(archive.doc.consultation.phone)}"]`).count(), 1)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('in 大字 at 320 px the archive’s offline pages fit the screen, with text of at least 18 px', async () => {
    for (const path of [`/pages/doc/index?id=${archive.doc.id}`, `/packages/archive/pages/issue/index?issue=${archive.issue.id}`]) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })
      await context.addInitScript(() =>
        localStorage.setItem(
          'lishi-prefs',
          JSON.stringify({ data: JSON.stringify({ state: { largeText: true, recentDocIds: [], largeTextAsked: true }, version: 2 }) }),
        ),
      )
      const page = await context.newPage()
      await page.route('**/data/**', (route) => route.abort('internetdisconnected'))
      await page.goto(`${served.origin}${path}`)
      await current(page).locator('#archive-offline').waitFor({ timeout: 20_000 })
      const measured = (await page.evaluate(`(() => {
        const page = [...document.querySelectorAll('.taro_page')].filter((each) => !each.classList.contains('taro_page_shade')).pop()
        const sizes = [...page.querySelectorAll('*')].filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())).map((el) => parseFloat(getComputedStyle(el).fontSize))
        return { scroll: document.documentElement.scrollWidth, smallest: Math.min(...sizes), largest: Math.max(...sizes) }
      })()`)) as { scroll: number; smallest: number; largest: number }
      assert.ok(measured.scroll <= 320, `${path}: ${measured.scroll} px wide`)
      assert.ok(measured.smallest >= 18, `${path}: ${measured.smallest} px text`)
      assert.ok(measured.largest >= 30, `${path}: largest ${measured.largest} px`)
      await context.close()
    }
  })
})
