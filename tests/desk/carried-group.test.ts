// Facts carried unchanged from the last issue and printed again in the new 原文 (dates with their years moved, read
// as the words say), then our own labels the same as last issue's, are one list per document, read and then
// confirmed with one press (writing what confirming each would); anything changed — on disk or in the form —
// is reviewed on its own; a draft that is a copied 原文 sentence warns at its field and is not accepted by one press.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { acceptDraft, formatJson } from '../../scripts/desk/marks'
import { fullWidth } from '../../scripts/desk/punctuation'
import { removeCopies } from '../support/project-copy'
import { importedProject, NEXT_ISSUE_ID, openDesk, type DeskSession } from './desk-browser'

let session: DeskSession
const pathOf = (file: string) => join(session.dir, 'src', 'content', 'issues', NEXT_ISSUE_ID, file)
const readText = (file: string) => readFileSync(pathOf(file), 'utf8')

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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A rule value's fold in the form, by its name (its heading is the name, then what is left of it). */
const ruleGroup = (label: string) =>
  session.page.locator('.group.folding').filter({ has: session.page.locator('h4', { hasText: new RegExp(`^${escape(label)} `) }) })

const lines = () => session.page.locator('section.carried li')
const listed = () =>
  lines().evaluateAll((items) => items.map((item) => ({ file: item.getAttribute('data-file')!, field: item.getAttribute('data-field')! })))

test('the carried facts are one list — what, value, the words in the 原文 — and one press confirms them as each press would', async () => {
  const { page } = session
  const docId = 'lzbf2023-6'
  await openDoc(docId)
  const facts = await listed()
  assert.ok(facts.length > 20, `${facts.length} facts listed`)
  const files = [...new Set(facts.map((fact) => fact.file))]
  const before = Object.fromEntries(files.map((file) => [file, readText(file)]))
  // A rule value: its name, its amount with its unit, the words of this issue's 原文, highlighted when it has the focus.
  const rule = lines().filter({ hasText: '补助标准：省内县外务工一次性交通补贴' })
  assert.match(await rule.innerText(), /600元\/人·年[\s\S]*原文：“省内县外务工的补贴标准从最高不超过300元提高到600元”/)
  await rule.click()
  assert.equal(await highlighted(), '省内县外务工的补贴标准从最高不超过300元提高到600元')
  // Down moves to the next line and its words.
  await page.keyboard.press('ArrowDown')
  const second = lines().nth((await lines().allInnerTexts()).findIndex((text) => text.includes('省内县外务工一次性交通补贴')) + 1)
  assert.ok(await second.evaluate((element) => element === document.activeElement))
  const secondWords = /原文：“([\s\S]*)”$/.exec(await second.innerText())![1]
  assert.equal(await highlighted(), fullWidth(secondWords))
  // A date whose years moved on: its days as the clerk reads them, what this issue's words say, highlighted.
  const date = lines().filter({ hasText: '时间4：企业缓缴失业保险费' })
  assert.match(await date.innerText(), /到2024年3月31日[\s\S]*原文：“失业保险缓缴期限阶段性延长至2024年3月底”/)
  await date.click()
  assert.equal(await highlighted(), '失业保险缓缴期限阶段性延长至2024年3月底')
  // Our own labels, the same as last issue's, last: read down as a column, no words to find (nothing highlighted).
  const texts = await lines().allInnerTexts()
  const own = texts.filter((text) => text.includes('（沿用上一期）'))
  assert.deepEqual(await lines().filter({ hasText: '（沿用上一期）' }).locator('.what').allInnerTexts(), [
    '咨询单位简称',
    '谁需要看',
    '话题',
  ])
  assert.deepEqual(texts.slice(-own.length), own, 'after the facts with words')
  assert.ok(own.every((text) => !text.includes('原文：')))
  const audience = lines().filter({ hasText: '谁需要看' })
  await audience.click()
  assert.equal(await highlighted(), '')
  await session.screenshot('carried-labels-1280')
  await rule.click()
  // Their drafts down in the form wait for the list: no button of their own.
  const drafts = await page.locator('[data-draft]').count()
  await session.screenshot('carried-list-1280')

  await page.getByRole('button', { name: `这${facts.length}条我都核对过了，全部确认` }).click()
  await page.locator('section.carried').waitFor({ state: 'detached' })
  assert.equal(await page.locator('[data-draft]').count(), drafts, 'the drafts on their own are all still there')
  assert.match(await page.locator('.counts').innerText(), /有没保存的修改/)
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  // Written as confirming each one writes it: each mark deleted (desk/Form.tsx's 核对无误 calls acceptDraft), nothing else.
  for (const file of files) {
    let expected: unknown = JSON.parse(before[file])
    for (const fact of facts.filter((each) => each.file === file)) expected = acceptDraft(expected, { ...fact, from: '' })
    assert.equal(readText(file), formatJson(expected), file)
  }
  assert.deepEqual(session.errors, [])
})

test('a value changed by hand on disk leaves the list and is reviewed on its own; so does one changed in the form', async () => {
  const { page } = session
  const docId = 'lzbf2023-13'
  const file = `rules/${docId}.json`
  await openDoc(docId)
  const facts = await listed()
  assert.ok(
    facts.some((fact) => fact.file === file && fact.field === 'params[0]'),
    'the first value is in the list',
  )
  // In a text editor: the first value (机耕作业服务价格 75元/亩) changed.
  const data = JSON.parse(readText(file)) as { params: { value: number; label: string }[] }
  const label = data.params[0].label
  data.params[0].value = 76
  writeFileSync(pathOf(file), formatJson(data))
  await openDoc(docId)
  const after = await listed()
  assert.equal(after.length, facts.length - 1)
  assert.ok(!after.some((fact) => fact.file === file && fact.field === 'params[0]'), 'the changed value is not in the list')
  await ruleGroup(label).locator('[data-draft] button.accept').waitFor()
  // In the form: another value's amount typed over; it leaves the list at once, and comes back when typed as it was.
  const moved = after.find((fact) => fact.file === file && fact.field !== 'params[0]')!
  const index = Number(/\d+/.exec(moved.field)![0])
  const movedLabel = data.params[index].label
  const group = ruleGroup(movedLabel)
  await group.locator('summary').first().click()
  const amount = group.getByLabel(new RegExp(`^${escape(movedLabel)}：数额`))
  await amount.fill('1')
  await page.waitForFunction((count) => document.querySelectorAll('section.carried li').length === count, after.length - 1)
  await amount.fill(String(data.params[index].value))
  await page.waitForFunction((count) => document.querySelectorAll('section.carried li').length === count, after.length)
  assert.deepEqual(session.errors, [])
})

test('confirming the list never writes over a file changed on disk since the page opened', async () => {
  const { page } = session
  const docId = 'lzf2023-13'
  await openDoc(docId)
  const facts = await listed()
  const file = `rules/${docId}.json`
  assert.ok(facts.some((fact) => fact.file === file))
  // Meanwhile, in a text editor or another desk: the same file changed.
  const byHand = readText(file).replace('"label": "', '"label": "（手改）')
  writeFileSync(pathOf(file), byHand)
  await page.getByRole('button', { name: `这${facts.length}条我都核对过了，全部确认` }).click()
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('alert').filter({ hasText: '被改过了' }).waitFor()
  assert.equal(readText(file), byHand, 'the other change is kept, byte for byte')
  assert.deepEqual(session.errors, [])
})

test('with the keyboard: Tab to the list, Up/Down line by line (its words highlighted), Tab to the button, Enter', async () => {
  const { page } = session
  await openDoc('lzf2023-5')
  const count = await lines().count()
  assert.ok(count > 1)
  for (
    let presses = 0;
    presses < 20 &&
    !(await lines()
      .first()
      .evaluate((element) => element === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab')
  assert.ok(
    await lines()
      .first()
      .evaluate((element) => element === document.activeElement),
    'Tab reaches the first line',
  )
  await page.keyboard.press('ArrowDown')
  assert.ok(
    await lines()
      .nth(1)
      .evaluate((element) => element === document.activeElement),
  )
  assert.equal(await highlighted(), fullWidth(/原文：“([\s\S]*)”$/.exec(await lines().nth(1).innerText())![1]))
  // One Tab from the list (a single stop, however long) to the button; Enter held down confirms the list once.
  await page.keyboard.press('Tab')
  const button = page.getByRole('button', { name: `这${count}条我都核对过了，全部确认` })
  assert.ok(await button.evaluate((element) => element === document.activeElement))
  for (let i = 0; i < 4; i++) await page.keyboard.down('Enter')
  await page.keyboard.up('Enter')
  await page.locator('section.carried').waitFor({ state: 'detached' })
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-draft')), 'the focus goes to the next draft')
  assert.deepEqual(session.errors, [])
})

test('a summary copied word for word from the 原文 warns at its field; keeping it takes a second press, own words one', async () => {
  const { page } = session
  await openDoc('lzbf2023-14')
  const summary = page.getByLabel('一句话说明（老百姓能懂的话；金额、日期要和原文一致）', { exact: true })
  await page.locator('.field').filter({ has: summary }).locator('.message.copied').filter({ hasText: '从原文里一字不差抄来的' }).waitFor()
  const draft = page.locator('.group').filter({ has: summary }).locator('[data-draft]')
  await draft.getByRole('button', { name: '核对无误，确认这一项' }).click()
  await draft.getByRole('alert').filter({ hasText: '还是原文照抄的' }).waitFor()
  assert.equal(await draft.count(), 1, 'one press did not accept it')
  await session.screenshot('copied-sentence-1280')
  await draft.getByRole('button', { name: '不改了，就用原文这句话，确认' }).click()
  await draft.waitFor({ state: 'detached' })

  // A key point copied from the 原文, rewritten in our words: the warning goes, and one press accepts it.
  await openDoc('lzbf2023-17')
  const text = page.getByLabel('要点2：我们的说法', { exact: true })
  const point = page.locator('.group').filter({ has: text })
  await point.locator('.message.copied').waitFor()
  await text.fill('户厕改好后要按时清掏；清掏的钱由村集体统一解决。')
  await point.locator('.message.copied').waitFor({ state: 'detached' })
  await point.locator('[data-draft]').getByRole('button', { name: '核对无误，确认这一项' }).click()
  await point.locator('[data-draft]').waitFor({ state: 'detached' })
  assert.deepEqual(session.errors, [])
})
