// Part of `npm run bench`: search inside the 原文 of this issue, in Chromium with the CPU throttled 4× (a cheap
// Android phone), side by side in one run with a naive scan. The issue's search text and the search code are
// bundled as the subpackage ships them; "cold start" is from handing the bundle to the page (parse, load the text,
// make it searchable) to the first answer. Prints numbers; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleForPage } from './page-bundle'
import { originalIssues } from '#src/content/generated/original-issues'
import { chromium } from 'playwright-core'

const root = join(import.meta.dirname, '..', '..')
const QUERIES = [
  '上面千条线',
  '禁止燃烧硫份',
  '断保90天',
  '医保',
  '低保',
  '燃气',
  '宅基地',
  '乡镇',
  '补助',
  '2022年',
  '火星移民',
  '托管',
  '清洁煤',
  '护工',
  '核桃',
  'S-ECO',
]
const ROUNDS = 20
const COLD_RUNS = Number(process.env.BENCH_RUNS ?? 7)

/**
 * The code under test, as one script that defines window.bench. The shipped search text is embedded as webpack
 * ships a JSON module in the subpackage (JSON.parse of a string); the naive scan gets the 原文 data the same way.
 */
async function bundle(): Promise<{ code: string; naiveData: string }> {
  // The newest issue's 原文 (issue ids are YYYY-NN, so they sort by date).
  const dir = join(root, 'src', 'packages', `issue-${[...originalIssues].sort().at(-1)}`, 'original')
  const asWebpackShipsIt = (file: string) => `JSON.parse(${JSON.stringify(readFileSync(join(dir, file), 'utf8').trim())})`
  const originals = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'search.json')
  const entry = `
    import { loadFullTextIndex, searchFullText, scanFullText } from './src/domain/search/fulltext'
    let index
    window.bench = {
      first: (query) => { index = loadFullTextIndex(${asWebpackShipsIt('search.json')}); return searchFullText(index, query).total },
      indexed: (query) => searchFullText(index, query).total,
      naive: (query) => scanFullText(window.documents, query).total,
    }`
  const code = await bundleForPage(entry)
  // The 原文 data for the naive scan comes in a script of its own, after the cold start has been measured.
  return { code, naiveData: `window.documents = [${originals.map(asWebpackShipsIt).join(',')}]` }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export async function benchFullText(): Promise<void> {
  const { code, naiveData } = await bundle()
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
  try {
    const cold: number[] = []
    const per: Record<'indexed' | 'naive', number[]> = { indexed: [], naive: [] }
    for (let run = 0; run < COLD_RUNS; run++) {
      const page = await browser.newPage()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.setContent('<!doctype html><meta charset="utf-8"><body></body>')
      const ms = (await page.evaluate(
        `(() => { const t0 = performance.now(); const s = document.createElement('script'); s.textContent = ${JSON.stringify(code)}; document.body.appendChild(s); window.bench.first('上面千条线'); return performance.now() - t0 })()`,
      )) as number
      cold.push(ms)
      if (run === 0) {
        await page.addScriptTag({ content: naiveData })
        for (const kind of ['indexed', 'naive'] as const) {
          per[kind] = (await page.evaluate(
            `(() => { const times = []; for (let r = 0; r < ${ROUNDS}; r++) for (const q of ${JSON.stringify(QUERIES)}) { const t = performance.now(); window.bench.${kind}(q); times.push(performance.now() - t) } return times })()`,
          )) as number[]
        }
      }
      await page.close()
    }
    cold.sort((a, b) => a - b)
    console.log(
      `\n(c) search inside the 原文 of this issue — Chromium, CPU 4× throttled, ${(Buffer.byteLength(code) / 1024).toFixed(0)} KB bundle (data + code, UTF-8 as shipped)`,
    )
    console.log(
      `  cold start (parse + load and normalise the shipped text + first query): median ${percentile(cold, 50).toFixed(1)} ms, min ${cold[0].toFixed(1)}, max ${cold[cold.length - 1].toFixed(1)} (${COLD_RUNS} runs)`,
    )
    for (const kind of ['indexed', 'naive'] as const) {
      const sorted = [...per[kind]].sort((a, b) => a - b)
      console.log(
        `  ${kind === 'indexed' ? 'corpus index' : 'naive scan  '}  p50 ${percentile(sorted, 50).toFixed(3)} ms  p95 ${percentile(sorted, 95).toFixed(3)} ms  (${QUERIES.length} queries × ${ROUNDS})`,
      )
    }
  } finally {
    await browser.close()
  }
}
