// Publishing toolkit end to end: printed codes round-trip to the right page, the PDF sheet renders,
// and a new issue folder (the test-only fixture) builds, shows in 往期 and opens by deep link.
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { calculators } from '#src/domain/calculators'
import { docQrUrl } from '#src/domain/links/deeplink'
import { siteConfig } from '#src/site.config'
import { generateCodes, type GeneratedCodes } from '../../scripts/publish/qrcodes'
import { decodePng } from '../support/decode-qr'
import { AppBrowser } from './app-browser'

const root = join(import.meta.dirname, '..', '..')

describe('printed codes', () => {
  let app: AppBrowser
  let generated: GeneratedCodes
  before(async () => {
    app = await AppBrowser.start()
    generated = await generateCodes(mkdtempSync(join(tmpdir(), 'lishi-print-')), { pdf: true })
  })
  after(async () => {
    await app?.close()
  })

  it('the A4 sheet is rendered to PDF by Chromium', () => {
    assert.ok(generated.pdf)
    assert.equal(readFileSync(generated.pdf).subarray(0, 5).toString(), '%PDF-')
  })

  it('every code, decoded from its PNG, opens the right document or calculator in the H5 build', async () => {
    const view = await app.newPage()
    for (const target of generated.targets) {
      const url = decodePng(join(generated.outDir, `${target.file}.png`))
      assert.equal(url, target.url)
      const page = target.kind === 'document' ? 'doc' : 'calc'
      await view.open(`/pages/${page}/index?q=${encodeURIComponent(url!)}`)
      const text = await view.bodyText()
      if (target.kind === 'document') assert.ok(text.includes(target.docNo), `${target.id}: ${target.docNo}`)
      else assert.ok(text.includes(calculators.find((c) => c.id === target.id)!.title), target.id)
    }
    assert.deepEqual(view.errors, [])
  })
})

describe('a new issue is a folder of content', () => {
  let fixtureApp: AppBrowser
  let productApp: AppBrowser
  before(async () => {
    fixtureApp = await AppBrowser.start('h5-fixture')
    productApp = await AppBrowser.start()
  })
  after(async () => {
    await fixtureApp?.close()
    await productApp?.close()
  })

  it('the fixture issue appears in 往期 and opens from its own page', async () => {
    const view = await fixtureApp.newPage()
    await view.open('/')
    assert.match(
      await view.bodyText(),
      new RegExp(`${latestFullIssue.year}年第${latestFullIssue.number}期`),
      'the latest issue stays on top',
    )
    await view.page.locator('#issue-2000-01').click()
    await view.page.locator('#older-issue-notice').waitFor()
    assert.match(await view.bodyText(), /2000年第1期（总第1期）[\s\S]*离政办发〔2000〕1号/)
    // An old share card of home for that issue opens the same page.
    await view.open('/?issue=2000-01')
    await view.page.locator('#older-issue-notice').waitFor()
    assert.deepEqual(view.errors, [])
  })

  it('contacts count an older issue’s documents under their line instead of listing them', async () => {
    const view = await fixtureApp.newPage()
    await view.open('/pages/contacts/index')
    // 离政办发〔2000〕2号 prints 人社局's number as 2022年第3期 does.
    const card = view.page.locator('.contact').filter({ hasText: '0358-8222401' })
    const text = await card.innerText()
    assert.match(text, /往期公报里还有1份文件/)
    assert.ok(!text.includes('离政办发〔2000〕2号'), text)
    assert.deepEqual(view.errors, [])
  })

  it('its documents open by id, scene and q', async () => {
    const view = await fixtureApp.newPage()
    for (const query of ['id=lzbf2000-1', 'scene=lzbf2000-1', `q=${encodeURIComponent(docQrUrl('lzbf2000-1', siteConfig.qrDomain))}`]) {
      await view.open(`/pages/doc/index?${query}`)
      assert.match(await view.bodyText(), /离政办发〔2000〕1号[\s\S]*0358-0000000/, query)
    }
    assert.deepEqual(view.errors, [])
  })

  it('is not shipped: the product build neither lists nor opens it, nor carries its text', async () => {
    const view = await productApp.newPage()
    await view.open('/')
    assert.ok(!(await view.bodyText()).includes('往期'))
    await view.open('/pages/doc/index?id=lzbf2000-1')
    assert.match(await view.bodyText(), /没有找到这份文件/)
    for (const dir of ['h5', 'weapp']) {
      const files = readdirSync(join(root, 'dist', dir), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.js'))
      for (const file of files) assert.ok(!readFileSync(join(root, 'dist', dir, file), 'utf8').includes('测试样例'), `${dir}/${file}`)
    }
  })
})
