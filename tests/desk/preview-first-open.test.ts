// The preview on first open and after a save, watched the way a clerk sees it (sampled every 200 ms): while Taro's
// first build runs, a plain message with the seconds left stands in the frame's place; the line above the frame says
// the page is up to date only while the frame really shows that page — never while the build is not done or the
// frame is still loading it, and after a save only once the frame shows what was saved.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, openDesk, type DeskSession } from './desk-browser'

const DOC = { id: 'lzbf2023-14', docNo: '离政办发〔2023〕14号' }
let session: DeskSession

before(async () => {
  // As `npm run desk` does: the preview's build starts with the desk, the clerk opens the preview at once.
  session = await openDesk(await importedProject(), { preview: true })
})
after(async () => {
  await session.close()
  removeCopies()
})

interface Sample {
  line: string | null
  placeholder: string | null
  /** The words looked for are in the frame the line is about. */
  frameShows: boolean
}

async function sample(words: string): Promise<Sample> {
  const { page } = session
  const { line, placeholder, frames } = await page.evaluate(() => ({
    line: document.querySelector('.preview-status')?.textContent ?? null,
    placeholder: document.querySelector('.phone.preparing')?.textContent ?? null,
    frames: document.querySelectorAll('iframe.phone').length,
  }))
  let frameShows = false
  if (frames === 1) {
    try {
      frameShows = (await page.frameLocator('iframe.phone').locator(`:text("${words}"):visible`).count()) > 0
    } catch {
      // The frame is navigating: it shows nothing yet.
    }
  }
  return { line, placeholder, frameShows }
}

/** Samples until the line says up to date and the frame shows the words; every sample on the way is kept. */
async function watchUntilShown(words: string): Promise<Sample[]> {
  const samples: Sample[] = []
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    const each = await sample(words)
    samples.push(each)
    // Never up to date while the frame does not show the page.
    if (each.line !== null && /^这是/.test(each.line))
      assert.ok(each.frameShows, `the line says “${each.line}” while the frame does not show “${words}”`)
    if (each.line !== null && /^这是/.test(each.line) && each.frameShows) return samples
    await session.page.waitForTimeout(200)
  }
  throw new Error(`the preview never showed “${words}”: last ${JSON.stringify(samples.at(-1))}`)
}

test(
  'first open: a plain message with the seconds left in the frame’s place, then the page; never up to date before',
  { timeout: 900_000 },
  async () => {
    const { page } = session
    await page.goto(`${session.desk.origin}/#/doc/${DOC.id}`)
    await page.getByRole('tab', { name: '居民看到的页面' }).click()
    const first = await sample(DOC.docNo)
    assert.equal(session.preview!.status.state, 'starting', 'the test opens the preview before the first build is done')
    assert.match(first.placeholder ?? '', /^预览正在准备.*大约还要\d+秒/)
    await session.screenshot('preview-preparing')
    const samples = await watchUntilShown(DOC.docNo)
    // Until the page was shown, the frame's place said what is happening instead of staying blank.
    for (const each of samples.slice(0, -1)) {
      if (each.line === null) assert.match(each.placeholder ?? '', /预览正在准备|正在打开居民看到的页面/, JSON.stringify(each))
    }
    assert.deepEqual(
      session.errors.filter((error) => !error.includes(session.preview!.status.origin)),
      [],
    )
  },
)

test('after a save: 正在更新 until the frame shows what was saved, never up to date before', { timeout: 900_000 }, async () => {
  const { page } = session
  await page.getByRole('tab', { name: '原文' }).click()
  const summary = page.getByLabel('一句话说明（老百姓能懂的话；金额、日期要和原文一致）', { exact: true })
  const saved = `${await summary.inputValue()}审核台测试改过这一句`
  await summary.fill(saved)
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  await page.getByRole('tab', { name: '居民看到的页面' }).click()
  const samples = await watchUntilShown('审核台测试改过这一句')
  assert.match(samples[0].line ?? '', /^正在更新/, 'right after the save the line says the page is being updated')
  await session.screenshot('preview-saved')
  assert.deepEqual(
    session.errors.filter((error) => !error.includes(session.preview!.status.origin)),
    [],
  )
})
