// What a clerk's first trial of the desk found, each fixed and checked the way the clerk works: a held Enter
// accepts one draft, not a run (the focus goes to the next draft, whose cited words the 原文 shows); a confirmed
// amount can be undone; list items can be added and removed, a date's act and note written; a 【待填写】 date shows
// the last issue's value as a hint only; dates and placeholders read as a clerk writes them; a long document folds
// into sections that say what is left, with a jump to the next thing to do. Screenshots at 1280×800 and 1024×768.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, issueFiles, NEXT_ISSUE_ID, openDesk, type DeskSession } from './desk-browser'

let session: DeskSession
const folderOf = () => join(session.dir, 'src', 'content', 'issues', NEXT_ISSUE_ID)
const readJson = (file: string) => JSON.parse(readFileSync(join(folderOf(), file), 'utf8')) as Record<string, unknown>

before(async () => {
  session = await openDesk(await importedProject())
})
after(async () => {
  await session.close()
  removeCopies()
})

async function openDoc(docId: string): Promise<void> {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${docId}`)
  await page.reload()
  await page.locator('.save-bar').waitFor()
}

/** The words the 原文 pane highlights as cited, or '' when none. */
const highlighted = () =>
  session.page.evaluate(() => {
    const highlight = (CSS.highlights as unknown as Map<string, Highlight>).get('desk-cited')
    return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()).join('') : ''
  })

test('Enter held on 核对无误 accepts one draft; the focus goes to the next draft, its cited words shown in the 原文', async () => {
  const { page } = session
  await openDoc('lzbf2023-14')
  const drafts = page.locator('[data-draft]')
  const before = await drafts.count()
  assert.ok(before > 3)
  // A key point's draft: its source words are highlighted in the 原文 as soon as the draft has the focus.
  const keyPointDraft = page.locator('.group').filter({ hasText: '要点1' }).locator('[data-draft]').first()
  const source = await page.getByLabel('要点1：原文原话（出处）', { exact: true }).inputValue()
  await keyPointDraft.locator('button.accept').focus()
  assert.equal(await highlighted(), source, 'the draft’s cited words are highlighted in the 原文')
  assert.ok(
    await keyPointDraft.locator('button.accept').evaluate((element) => element === document.activeElement),
    'showing the words did not take the focus',
  )
  // Enter held down: one keydown, then repeats.
  for (let i = 0; i < 6; i++) await page.keyboard.down('Enter')
  await page.keyboard.up('Enter')
  await page.waitForFunction((count) => document.querySelectorAll('[data-draft]').length === count - 1, before)
  await page.waitForTimeout(300)
  assert.equal(await drafts.count(), before - 1, 'only one draft accepted')
  assert.ok(
    await page.evaluate(() => document.activeElement?.hasAttribute('data-draft')),
    'the focus is on the next draft, not on its button',
  )
  // 要点2 is the same as last issue's and its words are printed again: it waits in the list confirmed together, so
  // the next draft on its own is 要点3.
  const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  assert.equal(next, '草稿：要点3')
  assert.equal(
    await highlighted(),
    await page.getByLabel('要点3：原文原话（出处）', { exact: true }).inputValue(),
    'the next draft’s words are highlighted',
  )
  // The mouse resting on another key point (where the page moved under it) does not take the highlight off the draft
  // with the focus: the yellow words are always those of the framed draft.
  await page.locator('.group').filter({ hasText: '要点4' }).first().hover()
  assert.equal(
    await highlighted(),
    await page.getByLabel('要点3：原文原话（出处）', { exact: true }).inputValue(),
    'still the focused draft’s words',
  )
  // Clicking into another field moves it there.
  await page.getByLabel('要点4：原文原话（出处）', { exact: true }).click()
  assert.equal(await highlighted(), await page.getByLabel('要点4：原文原话（出处）', { exact: true }).inputValue())
  await session.screenshot('trial-cited-1280')
  assert.deepEqual(session.errors, [])
})

test('a confirmed amount can be undone: 撤销 writes the file back as it was, and the amount is to confirm again', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/`)
  await page.reload()
  const amounts = page.locator('.amount')
  await amounts.first().waitFor()
  const count = await amounts.count()
  const before = issueFiles(session.dir)
  await page.getByRole('button', { name: '新数和这一期原文一致，确认' }).first().click()
  await page.waitForFunction((left) => document.querySelectorAll('.amount').length === left - 1, count)
  assert.notDeepEqual(issueFiles(session.dir), before, 'the confirmation was written')
  await page.getByRole('status').filter({ hasText: '已确认' }).waitFor()
  await page.getByRole('button', { name: '撤销' }).click()
  await page.getByRole('status').filter({ hasText: '已撤销' }).waitFor()
  await page.waitForFunction((left) => document.querySelectorAll('.amount').length === left, count)
  assert.deepEqual(issueFiles(session.dir), before, 'the files are byte for byte as before the confirmation')
  assert.deepEqual(session.errors, [])
})

test('a hurried second click while a confirmation is saved does nothing: no false “changed since” alarm', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/`)
  await page.reload()
  const amounts = page.locator('.amount')
  await amounts.first().waitFor()
  const count = await amounts.count()
  const confirmFirst = page.getByRole('button', { name: '新数和这一期原文一致，确认' }).first()
  // Two clicks 0 ms apart, as a clerk double-clicking or clicking on before the list reloads.
  await confirmFirst.evaluate((button: HTMLButtonElement) => {
    button.click()
    button.click()
  })
  await page.getByRole('status').filter({ hasText: '已确认' }).waitFor()
  await page.waitForFunction((left) => document.querySelectorAll('.amount').length === left - 1, count, { polling: 100 })
  assert.equal(await page.getByRole('alert').count(), 0, 'no 没有保存 alarm')
  // The confirmation's message and 撤销 are where the clerk is looking: above the amounts, not below them.
  const noticeTop = await page.locator('.notice.saved').evaluate((element) => element.getBoundingClientRect().top)
  const listTop = await page.locator('.amounts').evaluate((element) => element.getBoundingClientRect().top)
  assert.ok(noticeTop < listTop, 'the message sits above the list')
  await page.getByRole('button', { name: '撤销' }).click()
  await page.getByRole('status').filter({ hasText: '已撤销' }).waitFor()
  assert.deepEqual(session.errors, [])
})

test('key points, dates, audience and topics can be added and removed; a date’s act and note can be written', async () => {
  const { page } = session
  const file = 'documents/lzbf2023-15.json'
  await openDoc('lzbf2023-15')
  const before = readJson(file) as { keyPoints: unknown[]; topics: string[]; drafts?: Record<string, string> }
  // Added: a new key point, empty; the check asks for it at its field, and saving is refused.
  // The button low in the window, just above the save bar, where a clerk who scrolled down meets it.
  const add = page.getByRole('button', { name: '加一条要点' })
  await add.evaluate((button) => {
    const bar = document.querySelector('.save-bar')!.getBoundingClientRect()
    window.scrollBy(0, button.getBoundingClientRect().bottom - bar.top + 4)
    button.focus({ preventScroll: true })
  })
  await page.keyboard.press('Enter')
  const added = page.getByLabel(`要点${before.keyPoints.length + 1}：我们的说法`, { exact: true })
  assert.ok(await added.evaluate((element) => element === document.activeElement), 'the new key point’s first field has the focus')
  const [field, bar] = [await added.boundingBox(), await page.locator('.save-bar').boundingBox()]
  assert.ok(
    field && bar && field.y + field.height <= bar.y,
    `the new field is above the save bar, not under it: ${JSON.stringify({ field, bar })}`,
  )
  await page.locator('.field').filter({ has: added }).locator('.message').first().waitFor()
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('alert').filter({ hasText: '没有保存' }).waitFor()
  await page.getByRole('button', { name: `删掉要点${before.keyPoints.length + 1}` }).click()
  // A second topic added and written, the first removed (its draft mark goes with it; the marks after it follow).
  await page.getByRole('button', { name: '加一条话题' }).click()
  await page.keyboard.type('家政服务')
  await page.getByRole('button', { name: '删掉这一条话题' }).first().click()
  // A date's note and act.
  await page.getByLabel('时间1：我们的说明', { exact: true }).fill('原文没有写截止日期')
  await page.getByLabel('时间1：要居民做的事（手机日历的标题）', { exact: true }).fill('报名参加家政培训')
  await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.startsWith('还有：'))
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  const after = readJson(file) as {
    keyPoints: unknown[]
    topics: string[]
    dates: { note?: string; act?: string }[]
    drafts?: Record<string, string>
  }
  assert.equal(after.keyPoints.length, before.keyPoints.length)
  assert.deepEqual(after.topics, [...before.topics.slice(1), '家政服务'])
  assert.equal(after.dates[0].note, '原文没有写截止日期')
  assert.equal(after.dates[0].act, '报名参加家政培训')
  assert.deepEqual(
    Object.keys(after.drafts ?? {}).filter((key) => key.startsWith('topics[')),
    [],
    'the removed topic’s draft mark went with it',
  )
  assert.deepEqual(session.errors, [])
})

test('a date left without its days shows the last issue’s same date as a hint, not as a value', async () => {
  const { page } = session
  // 在2023年冬季取暖期 names no day (the import now reads the days of words like 2023年我区重点支持 or 至2023年底).
  await openDoc('lzbf2023-16')
  const group = page.locator('.group').filter({ has: page.getByLabel('时间1：名称', { exact: true }) })
  const hint = group.locator('.hint.previous')
  await hint.waitFor()
  // The same date by name (years set aside), not merely the one at the same position.
  const label = await page.getByLabel('时间1：名称', { exact: true }).inputValue()
  assert.match(label, /冬季取暖期/)
  assert.match(
    await hint.innerText(),
    new RegExp(`上一期（2022-03，离政办发〔2022〕\\d+号）：名称“${label.replace(/\d+/g, '\\d+').replace(/[()（）]/g, '.')}”`),
  )
  assert.equal(await page.getByLabel('时间1：开始日期', { exact: true }).inputValue(), '', 'nothing filled in')
  assert.equal(await page.getByLabel('时间1：结束日期', { exact: true }).inputValue(), '', 'nothing filled in')
  assert.doesNotMatch(await page.locator('.counts').innerText(), /有没保存的修改/)
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText('没有要保存的修改。').waitFor()
  await session.screenshot('trial-hint-1280')
})

test('dates are written 2023年9月1日; placeholders are examples, not values', async () => {
  const { page } = session
  const file = 'documents/lzbf2023-14.json'
  await openDoc('lzbf2023-14')
  const start = page.getByLabel('时间1：开始日期', { exact: true })
  assert.match((await start.getAttribute('placeholder')) ?? '', /^例：\d{4}年\d{1,2}月\d{1,2}日$/)
  const stored = (readJson(file) as { dates: { start?: string }[] }).dates[0].start
  if (stored) assert.match(await start.inputValue(), /^\d{4}年\d{1,2}月\d{1,2}日$/, 'a stored date is shown in words')
  await start.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('2023年9月1日')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  assert.equal(await start.inputValue(), '2023年9月1日')
  await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.startsWith('还有：'))
  const message = await page.locator('.field').filter({ has: start }).locator('.message').allInnerTexts()
  assert.ok(
    message.every((text) => !/YYYY|不加引号|drafts|source/.test(text)),
    message.join('\n'),
  )
  await page.getByRole('button', { name: '保存' }).click()
  await page
    .getByText(/^已保存|^没有/)
    .first()
    .waitFor()
  if (await page.getByText(/^已保存/).count())
    assert.equal((readJson(file) as { dates: { start?: string }[] }).dates[0].start, '2023-09-01', 'kept in the file as the schema has it')
})

test('a long document folds: sections say what is left, and 下一处要做的 jumps to it', async () => {
  const { page } = session
  // The document with the most rule values (a rules file of some 40 values: about 250 fields).
  const rules = readdirSync(join(folderOf(), 'rules')).map((name) => ({
    name,
    params: ((readJson(`rules/${name}`).params as unknown[]) ?? []).length,
  }))
  const biggest = rules.sort((a, b) => b.params - a.params)[0]
  assert.ok(biggest.params > 30)
  const docId = biggest.name.replace(/\.json$/, '')
  await openDoc(docId)
  const fields = await page.locator('.form-column input, .form-column textarea').count()
  assert.ok(fields > 200, `${fields} fields`)
  const visible = await page.locator('.form-column input:visible, .form-column textarea:visible').count()
  const work = await page.locator('.form-column [data-draft], .form-column [data-work]').count()
  assert.ok(visible < fields / 2, `${visible} of ${fields} fields shown at first`)
  // Each section says what is left in it.
  for (const summary of await page.locator('details.form-section > summary .work').allInnerTexts())
    assert.match(summary, /^(都做完了|还有：.+)$/)
  await page.getByRole('button', { name: '下一处要做的' }).click()
  const focused = await page.evaluate(() => {
    const active = document.activeElement
    return active?.hasAttribute('data-draft') || Boolean(active?.closest('[data-work]'))
  })
  assert.ok(focused && work > 0, 'the focus is on the next draft or field to write')
  await session.screenshot('trial-long-1280')
  await page
    .locator('details.form-section')
    .filter({ hasText: '补助标准' })
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await session.screenshot('trial-long-params-1280')
  await page.setViewportSize({ width: 1024, height: 768 })
  await session.screenshot('trial-long-1024')
  await openDoc('lzbf2023-14')
  await session.screenshot('trial-doc-1024')
  await page.goto(`${session.desk.origin}/#/`)
  await page.locator('.doc-list').waitFor()
  await session.screenshot('trial-issue-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
  assert.deepEqual(session.errors, [])
})
