// Printable codes: every PNG decodes back to its URL, the manifest lists every code, the sheet prints at ≥ 2 cm.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { calculators } from '#src/domain/calculators'
import { SCENE_MAX_LENGTH } from '#src/domain/links/deeplink'
import { siteConfig } from '#src/site.config'
import { generateCodes, type GeneratedCodes } from '../../scripts/publish/qrcodes'
import { MANIFEST_COLUMNS, PRINT_SIZE_CM } from '../../scripts/publish/print-codes'
import { decodePng } from '../support/decode-qr'

let generated: GeneratedCodes
before(async () => {
  generated = await generateCodes(mkdtempSync(join(tmpdir(), 'lishi-qr-')), { pdf: false })
})

describe('npm run publish:qrcodes', () => {
  it('makes one code per document and per calculator', () => {
    assert.equal(generated.targets.length, latestFullIssue.documents.length + calculators.length)
  })

  it('every PNG decodes to its 普通链接二维码 URL on the configured domain', () => {
    for (const target of generated.targets) {
      const decoded = decodePng(join(generated.outDir, `${target.file}.png`))
      assert.equal(decoded, target.url, target.id)
      assert.ok(decoded?.startsWith(`https://${siteConfig.qrDomain}/${target.kind === 'document' ? 'd' : 'c'}/`))
    }
  })

  it('every SVG keeps a quiet zone and draws the code', () => {
    for (const target of generated.targets) {
      const svg = readFileSync(join(generated.outDir, `${target.file}.svg`), 'utf8')
      const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
      assert.ok(viewBox, target.id)
      assert.ok(Number(viewBox[1]) >= 21 + 8, 'at least version 1 plus 4 modules of quiet zone on each side')
    }
  })

  it('the manifest lists id, 文号, title, page, page path, scene, URL and files for every code', () => {
    const lines = readFileSync(join(generated.outDir, 'manifest.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    assert.equal(lines[0], MANIFEST_COLUMNS.join(','))
    assert.equal(lines.length - 1, generated.targets.length)
    const medical = lines.find((line) => line.startsWith('document,lzbf2022-34,'))
    assert.ok(medical)
    assert.match(
      medical,
      /,离政办发〔2022〕34号,吕梁市离石区人民政府办公室关于做好2022年城乡居民基本医疗保险缴费工作的通知,115,pages\/doc\/index,lzbf2022-34,https:\/\/[^,]+\/d\/lzbf2022-34,doc-lzbf2022-34\.svg,doc-lzbf2022-34\.png$/,
    )
    for (const target of generated.targets) assert.ok(target.scene.length <= SCENE_MAX_LENGTH)
  })

  it('the print sheet shows title, 文号 and page beside a code of at least 2 cm', () => {
    const html = readFileSync(join(generated.outDir, 'print-sheet.html'), 'utf8')
    assert.ok(PRINT_SIZE_CM >= 2)
    assert.match(html, new RegExp(`\\.qr svg \\{ width: ${PRINT_SIZE_CM}cm; height: ${PRINT_SIZE_CM}cm`))
    assert.match(html, /@page \{ size: A4/)
    for (const doc of latestFullIssue.documents) {
      assert.ok(html.includes(doc.docNo), doc.docNo)
      assert.ok(html.includes(`公报第${doc.page}页`), `${doc.docNo} page`)
    }
    assert.equal((html.match(/<svg/g) ?? []).length, generated.targets.length)
  })
})
