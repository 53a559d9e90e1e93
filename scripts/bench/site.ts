// `npm run bench:site`: how soon a phone sees the 文号 after scanning a printed code outside WeChat, side by side
// in one run: the prerendered /d/<id> page, today's app route, and a plain HTML file with just the 文号 (the
// floor). Chromium with the CPU throttled 4× and a slow network (150 ms round trip, 1.6 Mbit/s), over dist/site
// served locally; at least 7 runs each, printed as median, min and max. Prints numbers; asserts nothing.
import { gzipSync } from 'node:zlib'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startStaticServer } from '../dev/static-server'
import { siteDir } from '../build/build-site'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const DOC = 'lzbf2022-34'
const DOC_NO = '离政办发〔2022〕34号'

/**
 * Milliseconds from navigation start until #doc-no shows the 文号 and a frame has been painted with it: an
 * observer installed before the page's own scripts notes the moment.
 */
const WATCH_DOC_NO = `(() => {
  const check = () => {
    const el = document.getElementById('doc-no')
    if (window.__docNoAt || !el || el.textContent.trim() !== ${JSON.stringify(DOC_NO)}) return
    window.__docNoAt = -1
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__docNoAt = performance.now() }))
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true })
  document.addEventListener('DOMContentLoaded', check)
})()`

async function timeToDocNo(page: Page, url: string): Promise<number> {
  await page.addInitScript(WATCH_DOC_NO)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction('window.__docNoAt > 0', undefined, { timeout: 120000 })
  return (await page.evaluate('window.__docNoAt')) as number
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return `median ${(median / 1000).toFixed(2)} s (min ${(sorted[0] / 1000).toFixed(2)}, max ${(sorted[sorted.length - 1] / 1000).toFixed(2)})`
}

async function main(): Promise<void> {
  writeFileSync(
    join(siteDir, 'floor.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title></head><body><p id="doc-no">${DOC_NO}</p></body></html>`,
  )
  const server = await startStaticServer(siteDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
  const targets: [string, string][] = [
    ['static floor (just the 文号)', '/floor.html'],
    [`prerendered /d/${DOC}`, `/d/${DOC}/`],
    [`app route /pages/doc/index?id=${DOC}`, `/pages/doc/index?id=${DOC}`],
  ]
  const results = new Map<string, number[]>()
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of targets) {
      const context = await browser.newContext({ viewport: { width: 375, height: 667 } })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      results.set(name, [...(results.get(name) ?? []), await timeToDocNo(page, server.origin + path)])
      await context.close()
    }
  }
  await browser.close()
  await server.close()
  const html = readFileSync(join(siteDir, 'd', DOC, 'index.html'))
  console.log(`time until the 文号 is painted, ${RUNS} runs each, CPU 4× slower, 150 ms RTT, 1.6 Mbit/s:`)
  for (const [name] of targets) console.log(`  ${name.padEnd(42)} ${stats(results.get(name)!)}`)
  const median = (name: string) => [...results.get(name)!].sort((a, b) => a - b)[Math.floor(RUNS / 2)]
  console.log(
    `  prerendered / floor: ${(median(targets[1][0]) / median(targets[0][0])).toFixed(2)}×; app route / prerendered: ${(median(targets[2][0]) / median(targets[1][0])).toFixed(2)}×`,
  )
  console.log(
    `  /d/${DOC}/index.html: ${(html.length / 1024).toFixed(1)} KB, ${(gzipSync(html).length / 1024).toFixed(1)} KB gzipped, its styles inline: nothing render-blocking`,
  )
}

void main()
