// Part of `npm run bench`: search as the app ships it, for 1, 10, 40 and 100 issues, in Chromium with the CPU
// throttled 4× (a cheap Android phone), side by side in one run with the build before it (every issue's entries,
// all kinds, indexed on the phone at first use) and a naive scan. The app searches the newest issue at once (its
// entries ship in its subpackage); older issues' document entries are fetched only for 往期也搜 (one file per issue,
// network time not counted here). Older issues are the newest one's documents with their own 文号 and words, as the
// synthetic archive makes them. Heap: after the first answer and every query. Prints numbers; asserts nothing.
import { bundleForPage } from './page-bundle'
import { chromium, type CDPSession, type Page } from 'playwright-core'
import type { SearchEntry } from '#src/domain/search/search'
import { buildEntries } from '../build/search-entries'

const COUNTS = (process.env.BENCH_ISSUES ?? '1,10,40,100').split(',').map(Number)
const QUERIES = [
  '医保',
  'yibao',
  '宅基地',
  '34号',
  '离政办发34',
  '上王营庄',
  '护工',
  '清洁煤',
  'tuoguan',
  '低保',
  '燃气',
  '人社局',
  '核桃',
  '火星移民',
  '学生',
  '稳岗',
]
const ROUNDS = 10
const COLD_RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** Issue k (1 = the one before the newest): its documents' entries, their 文号 and words its own. */
function olderIssueEntries(newest: SearchEntry[], k: number, kinds: 'doc' | 'all'): SearchEntry[] {
  return newest
    .filter((entry) => kinds === 'all' || entry.kind === 'doc')
    .map((entry) => ({
      ...entry,
      path: `${entry.path}&k=${k}`,
      title: `${entry.title}（往期${k}）`,
      text: `${entry.text}往期${k}`,
      docNo: entry.docNo ? { ...entry.docNo, number: entry.docNo.number + 100 * k } : undefined,
    }))
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

async function searchCode(): Promise<string> {
  // \`eager\`: the index as the build before this one made it on the phone — every bigram's postings at once.
  const entry = `
    import { buildSearchIndex, scanIndex, search } from './src/domain/search/search'
    function eagerIndex(entries) {
      const postings = new Map()
      const add = (key, index) => { const list = postings.get(key); if (!list) postings.set(key, [index]); else if (list[list.length - 1] !== index) list.push(index) }
      entries.forEach((entry, index) => {
        for (const field of [entry.text, entry.pinyin, entry.initials, ...(entry.aliases || [])]) {
          for (const ch of field) add(ch, index)
          for (let i = 0; i < field.length - 1; i++) add(field.slice(i, i + 2), index)
        }
      })
      return { entries, lookup: (key) => postings.get(key) || [] }
    }
    window.lishi = { buildSearchIndex, scanIndex, search, eagerIndex }`
  return bundleForPage(entry)
}

/** As webpack ships a JSON module and as the archive's file arrives: text parsed on the phone. */
const shipped = (entries: SearchEntry[]) => JSON.stringify(JSON.stringify(entries))

async function throttledPage(code: string): Promise<{ page: Page; cdp: CDPSession }> {
  const browser = (await browserPromise)!
  const page = await browser.newPage()
  const cdp = await page.context().newCDPSession(page)
  await page.setContent('<!doctype html><meta charset="utf-8"><body></body>')
  await page.addScriptTag({ content: code })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { page, cdp }
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize / 1024 / 1024
}

let browserPromise: ReturnType<typeof chromium.launch> | undefined

interface Row {
  coldMs: number[]
  p50: number
  p95: number
  /** Entries and postings, after the first answer and every query. */
  heapMb: number
  bytes: number
}

/** One way of searching `files` (each a JSON text as it arrives): cold start to the first answer, then per query. */
async function measure(
  code: string,
  files: string[],
  mode: 'index' | 'eager' | 'naive',
  runs = mode === 'index' ? COLD_RUNS : 3,
): Promise<Row> {
  const coldMs: number[] = []
  let p50 = 0
  let p95 = 0
  let heap = 0
  for (let run = 0; run < runs; run++) {
    const { page, cdp } = await throttledPage(code)
    await page.evaluate(`window.files = [${files.join(',')}]`)
    const before = await heapMb(cdp)
    coldMs.push(
      (await page.evaluate(`(() => {
        const t0 = performance.now()
        const entries = [].concat(...window.files.map((text) => JSON.parse(text)))
        window.index = window.lishi.${{ index: 'buildSearchIndex', eager: 'eagerIndex', naive: 'scanIndex' }[mode]}(entries)
        window.lishi.search(window.index, '医保')
        return performance.now() - t0
      })()`)) as number,
    )
    if (run === 0) {
      const times = (await page.evaluate(
        `(() => { const times = []; for (let r = 0; r < ${ROUNDS}; r++) for (const q of ${JSON.stringify(QUERIES)}) { const t = performance.now(); window.lishi.search(window.index, q); times.push(performance.now() - t) } return times.sort((a, b) => a - b) })()`,
      )) as number[]
      p50 = percentile(times, 50)
      p95 = percentile(times, 95)
      heap = (await heapMb(cdp)) - before
    }
    await page.close()
  }
  return { coldMs, p50, p95, heapMb: heap, bytes: files.reduce((sum, file) => sum + Buffer.byteLength(JSON.parse(file) as string), 0) }
}

const line = (label: string, row: Row) =>
  `  ${label.padEnd(38)} cold ${median(row.coldMs).toFixed(0).padStart(5)} ms (min ${Math.min(...row.coldMs).toFixed(0)}, max ${Math.max(...row.coldMs).toFixed(0)})  p50 ${row.p50.toFixed(2)} ms  p95 ${row.p95.toFixed(2)} ms  heap ${row.heapMb.toFixed(1)} MB  ${(row.bytes / 1024).toFixed(0)} KB`

export async function benchIssues(): Promise<void> {
  const newest = buildEntries()
  const code = await searchCode()
  browserPromise = chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
  try {
    console.log(
      `\n(d) search by number of issues — Chromium, CPU 4× throttled; cold = parse the entries + index + first query (median of ${COLD_RUNS} runs; 3 for the comparisons); per query ${QUERIES.length} queries × ${ROUNDS}`,
    )
    console.log(' the newest issue (what the search page loads at once):')
    console.log(line('app: its entries, looked up as asked', await measure(code, [shipped(newest)], 'index')))
    console.log(line('before: every bigram indexed on opening', await measure(code, [shipped(newest)], 'eager')))
    console.log(line('naive scan', await measure(code, [shipped(newest)], 'naive')))
    for (const count of COUNTS.filter((each) => each > 1)) {
      const older = Array.from({ length: count - 1 }, (_, k) => k + 1)
      console.log(` ${count} issues:`)
      const archive = await measure(
        code,
        older.map((k) => shipped(olderIssueEntries(newest, k, 'doc'))),
        'index',
      )
      console.log(line(`app: 往期也搜 over ${count - 1} older issues`, archive))
      const before = await measure(code, [shipped([...newest, ...older.flatMap((k) => olderIssueEntries(newest, k, 'all'))])], 'eager')
      console.log(line('before: every entry, indexed on the phone', before))
      const naive = await measure(code, [shipped([...newest, ...older.flatMap((k) => olderIssueEntries(newest, k, 'doc'))])], 'naive')
      console.log(line('naive scan of the same documents', naive))
    }
  } finally {
    await (await browserPromise).close()
  }
}

if (process.argv[1]?.endsWith('bench-issues.ts')) void benchIssues()
