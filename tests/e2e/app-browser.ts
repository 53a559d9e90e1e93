// Drives the built H5 app (dist/h5) in Debian's Chromium at 375×667, like a person on a phone.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page, type Request } from 'playwright-core'
import { startStaticServer, type RunningServer } from '../../scripts/dev/static-server'

const root = join(import.meta.dirname, '..', '..')
export const screenshotDir = join(root, 'artifacts', 'screenshots')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The day the tests pretend it is, unless a test says otherwise (Beijing time, mid-morning). */
export const TEST_TODAY = '2026-11-29'

export interface AppPage {
  page: Page
  /** Uncaught errors thrown in the page and console errors; every test expects none. */
  errors: string[]
  open: (path: string) => Promise<void>
  bodyText: () => Promise<string>
  /** Click what `click` finds and return the tel: URL the app navigates to. */
  telOf: (click: () => Promise<void>) => Promise<string>
  screenshot: (name: string) => Promise<void>
}

export class AppBrowser {
  private constructor(
    private readonly server: RunningServer,
    private readonly browser: Browser,
  ) {}

  /** Serve a built H5 app (dist/h5 by default; dist/h5-fixture is the build with the test-only issue). */
  static async start(distDir = 'h5'): Promise<AppBrowser> {
    const server = await startStaticServer(join(root, 'dist', distDir))
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
    return new AppBrowser(server, browser)
  }

  get origin(): string {
    return this.server.origin
  }

  async newPage(today: string = TEST_TODAY): Promise<AppPage> {
    const context = await this.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date(`${today}T10:00:00+08:00`))
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
    })
    const origin = this.server.origin
    return {
      page,
      errors,
      async open(path) {
        await page.goto(origin + path)
        await page.waitForLoadState('networkidle')
        // A printed code's page (pages/doc/index) shows the document's head, then opens the full page in its place.
        await page.waitForFunction(
          () => !document.querySelector('.taro_page:not(.taro_page_shade) #code-doc-no') || document.querySelector('#code-open-failed'),
          undefined,
          { polling: 100 },
        )
        await page.waitForLoadState('networkidle')
      },
      async bodyText() {
        return page.innerText('body')
      },
      async telOf(click) {
        const request = page.waitForEvent('request', { predicate: (r: Request) => r.url().startsWith('tel:'), timeout: 5000 })
        await click()
        return (await request).url()
      },
      async screenshot(name) {
        mkdirSync(screenshotDir, { recursive: true })
        await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
      },
    }
  }

  async close(): Promise<void> {
    await this.browser.close()
    await this.server.close()
  }
}
