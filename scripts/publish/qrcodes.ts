// `npm run publish:qrcodes`: for every document and calculator of the latest issue, an SVG and a PNG of the
// 普通链接二维码 URL (error correction Q, quiet zone 4 modules), a manifest.csv and an A4 print sheet
// (print-sheet.html, and print-sheet.pdf rendered by Debian's Chromium when it is installed).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { latestFullIssue } from '../build/content/issues'
import { calculators } from '#src/domain/calculators'
import { siteConfig } from '#src/site.config'
import { codeTargets, manifestCsv, printSheetHtml, type CodeTarget } from './print-codes'

const QR_OPTIONS = { errorCorrectionLevel: 'Q' as const, margin: 4 }
/** PNG pixels per module: 8 px × ~37 modules ≈ 300 px, sharp at 3 cm and 250 dpi. */
const PNG_SCALE = 8

export interface GeneratedCodes {
  outDir: string
  targets: CodeTarget[]
  pdf?: string
}

export async function generateCodes(outDir: string, options: { pdf: boolean }): Promise<GeneratedCodes> {
  mkdirSync(outDir, { recursive: true })
  const targets = codeTargets(latestFullIssue, calculators, siteConfig.qrDomain)
  const svgs = new Map<string, string>()
  for (const target of targets) {
    const svg = await QRCode.toString(target.url, { ...QR_OPTIONS, type: 'svg' })
    svgs.set(target.id, svg)
    writeFileSync(join(outDir, `${target.file}.svg`), svg)
    await QRCode.toFile(join(outDir, `${target.file}.png`), target.url, { ...QR_OPTIONS, type: 'png', scale: PNG_SCALE })
  }
  writeFileSync(join(outDir, 'manifest.csv'), manifestCsv(targets))
  const label = `《${latestFullIssue.title}》${latestFullIssue.year}年第${latestFullIssue.number}期`
  const html = printSheetHtml(label, targets, (target) => svgs.get(target.id) ?? '')
  const htmlFile = join(outDir, 'print-sheet.html')
  writeFileSync(htmlFile, html)
  const pdf = options.pdf ? await renderPdf(htmlFile, join(outDir, 'print-sheet.pdf')) : undefined
  return { outDir, targets, pdf }
}

/** Print the sheet to PDF with Debian's Chromium; undefined when Chromium is not installed. */
export async function renderPdf(htmlFile: string, pdfFile: string): Promise<string | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) return undefined
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`file://${htmlFile}`)
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true })
    return pdfFile
  } finally {
    await browser.close()
  }
}

if (process.argv[1]?.endsWith('qrcodes.ts')) {
  const outDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist', 'qrcodes')
  generateCodes(outDir, { pdf: true }).then(({ targets, pdf }) => {
    console.log(
      `${targets.length}个二维码（${targets.filter((t) => t.kind === 'document').length}份文件、${targets.filter((t) => t.kind === 'calculator').length}个计算器）写到 ${outDir}`,
    )
    console.log(`清单：manifest.csv；打印：print-sheet.html${pdf ? '、print-sheet.pdf' : '（没有找到 chromium，未生成 PDF）'}`)
    console.log(`二维码内容：https://${siteConfig.qrDomain}/d/<文件编号>、https://${siteConfig.qrDomain}/c/<计算器编号>`)
  })
}
