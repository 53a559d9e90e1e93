// The desk's tests: a copy of the project with the tests' next issue (tests/fixtures/next-issue, 2023-03) imported
// by `npm run content:import`, the desk started on the copy, and Chromium at 1280×800 driving it like a clerk — every
// click and key press counted, every console error collected (a test expects none).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { startDesk, type RunningDesk } from '../../scripts/desk/desk-server'
import { openIssueFolder, type IssueFolder } from '../../scripts/desk/issue-folder'
import { Preview } from '../../scripts/desk/preview'
import { regenerate } from '../../scripts/desk/regenerate'
import { nextIssueFile } from '../fixtures/next-issue/make'
import { projectCopy, runScript } from '../support/project-copy'

const root = join(import.meta.dirname, '..', '..')
export const NEXT_ISSUE_ID = '2023-03'
export const screenshotDir = join(root, 'artifacts', 'screenshots', 'desk')

/** A project copy (with what a build needs) holding the next issue as the import leaves it. */
export async function importedProject(): Promise<string> {
  const dir = projectCopy()
  for (const part of ['config', 'babel.config.js', 'project.config.json']) cpSync(join(root, part), join(dir, part), { recursive: true })
  const imported = await runScript(dir, 'build/import.ts', [nextIssueFile])
  if (imported.code !== 0) throw new Error(`import: ${imported.lines.join('\n')}`)
  return dir
}

/** Every data file of the issue folder, byte for byte. */
export function issueFiles(dir: string): Map<string, string> {
  const folder = join(dir, 'src', 'content', 'issues', NEXT_ISSUE_ID)
  const files = new Map<string, string>()
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(folder, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path)
      else files.set(path, readFileSync(join(folder, path), 'utf8'))
    }
  }
  walk('')
  return files
}

export interface DeskSession {
  dir: string
  folder: IssueFolder
  desk: RunningDesk
  preview?: Preview
  browser: Browser
  page: Page
  errors: string[]
  counts: { clicks: number; keys: number }
  /** A click, counted. */
  click: (target: Locator) => Promise<void>
  /** Key presses (`Tab`, `Enter`, `Shift+ArrowRight`…), each counted. */
  press: (key: string, times?: number) => Promise<void>
  /** Text typed character by character (each counted as a key press) into the focused field. */
  type: (text: string) => Promise<void>
  screenshot: (name: string) => Promise<void>
  close: () => Promise<void>
}

export async function openDesk(dir: string, options: { preview?: boolean } = {}): Promise<DeskSession> {
  const folder = openIssueFolder(dir, NEXT_ISSUE_ID)
  let preview: Preview | undefined
  if (options.preview) {
    await regenerate(dir)
    preview = await Preview.start(dir)
  }
  const desk = await startDesk({ folder, preview })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`)
  })
  await page.goto(`${desk.origin}/`)
  const counts = { clicks: 0, keys: 0 }
  return {
    dir,
    folder,
    desk,
    preview,
    browser,
    page,
    errors,
    counts,
    async click(target) {
      counts.clicks++
      await target.click()
    },
    async press(key, times = 1) {
      for (let i = 0; i < times; i++) {
        counts.keys++
        await page.keyboard.press(key)
      }
    },
    async type(text) {
      counts.keys += [...text].length
      await page.keyboard.type(text)
    },
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true })
      await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
    },
    async close() {
      await browser.close()
      preview?.stop()
      await desk.close()
    },
  }
}
