// `npm run dev:screens -- --out <dir>`: screenshots of every page of a built H5 app (dist/h5; `--dist <name>` for another
// folder under dist/), taken so that two runs on the same build give the same pixels: a fixed clock, nothing stored
// but the 大字 choice, no request leaving the local server, animations finished, fonts loaded, the page still.
// `npm run dev:screens -- --compare <before> <after> [--diff <dir>]`: pixel comparison of two such folders; lists the
// screenshots that differ with the count of differing pixels, writes diff PNGs (default <after>-diff/), exit 1 if any.
// The list of pages (scripts/dev/screens-pages.ts) comes from app.config.ts and the content.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { AppBrowser } from '../../tests/e2e/app-browser'
import { compareFolders } from './screens-compare'
import { screenshotList, type Shot } from './screens-pages'

/** The day the app is told it is (the e2e tests' day): fixed, so before and after runs show the same dates. */
const TODAY = '2026-11-29'
const HEIGHT = 667
const ATTEMPTS = 3

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

/**
 * Wait until fonts and images are loaded and the DOM has not changed for `quietMs` (at most `maxMs`), then scroll to
 * the top. A string, not a function: tsx's name-keeping helper does not exist inside the page.
 */
const SETTLE = (quietMs: number, maxMs: number) => `(async () => {
  await document.fonts.ready
  await Promise.all([...document.images].map((img) => img.complete ? undefined : new Promise((done) => img.addEventListener('loadend', done, { once: true }))))
  await new Promise((done) => {
    const start = performance.now()
    let last = start
    const observer = new MutationObserver(() => { last = performance.now() })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    const check = () => {
      const now = performance.now()
      if (now - last >= ${quietMs} || now - start >= ${maxMs}) { observer.disconnect(); done() } else setTimeout(check, 50)
    }
    setTimeout(check, 50)
  })
  window.scrollTo(0, 0)
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
})()`

/** The height of the shown page's content (Taro's `.taro_page` is the scrolling element), in CSS pixels. */
const PAGE_HEIGHT = `Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('.taro_page')]
  .filter((page) => getComputedStyle(page).display !== 'none').map((page) => page.scrollHeight))`

async function shoot(app: AppBrowser, shot: Shot, outDir: string): Promise<string[]> {
  const view = await app.newPage(TODAY)
  const context = view.page.context()
  try {
    // Nothing leaves the local server (the archive and the newer-issue catalogue then show their offline states).
    await context.route('**/*', (route) => (route.request().url().startsWith(app.origin) ? route.continue() : route.abort()))
    if (!shot.firstVisit) {
      await context.addInitScript((large) => {
        const state = { largeText: large, recentDocIds: [], largeTextAsked: true }
        localStorage.setItem('lishi-prefs', JSON.stringify({ data: JSON.stringify({ state, version: 2 }) }))
      }, shot.large)
    }
    await view.page.setViewportSize({ width: shot.width, height: HEIGHT })
    await view.open(shot.path)
    await view.page.evaluate(SETTLE(300, 8000))
    // Taro scrolls inside the page element, not the document: the whole page shows in a window as tall as it is.
    const height = await view.page.evaluate<number>(PAGE_HEIGHT)
    if (height > HEIGHT) {
      await view.page.setViewportSize({ width: shot.width, height })
      await view.page.evaluate(SETTLE(300, 8000))
    }
    await view.page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' })
    return view.errors
  } finally {
    await context.close()
  }
}

async function takeScreenshots(outDir: string, distDir: string, only?: string): Promise<boolean> {
  const started = Date.now()
  const failed: string[] = []
  const { shots, unknownPages } = await screenshotList()
  for (const page of unknownPages) console.warn(`screens: no states known for ${page}; shot bare (add it to scripts/dev/screens-pages.ts)`)
  const chosen = only ? shots.filter((shot) => shot.name.includes(only)) : shots
  mkdirSync(outDir, { recursive: true })
  for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file))
  writeFileSync(join(outDir, 'shots.json'), `${JSON.stringify(chosen, null, 2)}\n`)
  const app = await AppBrowser.start(distDir)
  try {
    for (const [index, shot] of chosen.entries()) {
      const line = `${String(index + 1).padStart(3)}/${chosen.length} ${shot.name}  ${shot.path}`
      for (let attempt = 1; ; attempt++) {
        try {
          const errors = await shoot(app, shot, outDir)
          console.log(`${line}${errors.length ? `  (page errors: ${errors.join(' | ').slice(0, 200)})` : ''}`)
          break
        } catch (error) {
          // A wait that timed out on a busy machine: the next attempt starts afresh (new context, empty storage).
          console.warn(`${line}: attempt ${attempt} failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`)
          if (attempt === ATTEMPTS) {
            failed.push(shot.name)
            break
          }
        }
      }
    }
  } finally {
    await app.close()
  }
  console.log(`${chosen.length - failed.length} screenshots in ${outDir} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  if (failed.length) console.error(`not taken: ${failed.join(', ')}`)
  return failed.length === 0
}

function compare(beforeDir: string, afterDir: string, diffDir: string): number {
  const { compared, differences } = compareFolders(beforeDir, afterDir, diffDir)
  for (const d of differences) {
    const what = typeof d.pixels === 'number' ? `${d.pixels} pixels differ${d.sizes ? ` (size ${d.sizes})` : ''} → ${d.diffFile}` : d.pixels
    console.log(`DIFFERS ${d.name}: ${what}`)
  }
  console.log(`${compared} screenshots compared, ${differences.length} differ`)
  return differences.length === 0 ? 0 : 1
}

async function main(args: string[]): Promise<number> {
  const compareAt = args.indexOf('--compare')
  if (compareAt >= 0) {
    const [before, after] = args.slice(compareAt + 1, compareAt + 3)
    if (!before || !after) throw new Error('usage: npm run dev:screens -- --compare <before-dir> <after-dir> [--diff <dir>]')
    return compare(resolve(before), resolve(after), resolve(option(args, '--diff') ?? `${after.replace(/\/$/, '')}-diff`))
  }
  const out = option(args, '--out')
  if (!out) throw new Error('usage: npm run dev:screens -- --out <dir> [--dist h5] [--only <name part>]')
  return (await takeScreenshots(resolve(out), option(args, '--dist') ?? 'h5', option(args, '--only'))) ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  },
)
