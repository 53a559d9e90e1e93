// A content file changed while the desk has it open — by hand in an editor, or by another desk — is never
// overwritten: the save is refused with a message in Chinese, the file keeps the other change, and after 重新载入
// the clerk's next save keeps both.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, NEXT_ISSUE_ID, openDesk, type DeskSession } from './desk-browser'

const DOC = 'lzbf2023-15'
const SUMMARY = '一句话说明（老百姓能懂的话；金额、日期要和原文一致）'
let session: DeskSession
let file: string

before(async () => {
  session = await openDesk(await importedProject())
  file = join(session.dir, 'src', 'content', 'issues', NEXT_ISSUE_ID, 'documents', `${DOC}.json`)
})
after(async () => {
  await session.close()
  removeCopies()
})

async function replaceText(page: DeskSession['page'], label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true })
  // A section with nothing left to do is folded: the clerk opens it by its title.
  await field.waitFor({ state: 'attached' })
  if (!(await field.isVisible())) await page.locator('details.form-section').filter({ has: field }).locator('summary').first().click()
  await field.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

test('a hand edit made while the desk is open is not overwritten by the desk’s save', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await replaceText(page, '话题 1', '家政服务')
  // Meanwhile, in a text editor: the summary rewritten.
  const byHand = readFileSync(file, 'utf8').replace(/"summary": "[^"]*"/, '"summary": "区里要建家政服务标准化试点，让家政服务更规范。"')
  writeFileSync(file, byHand)
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('alert').filter({ hasText: '被改过了' }).waitFor()
  assert.equal(readFileSync(file, 'utf8'), byHand, 'the hand edit is kept, byte for byte')
  await page.getByRole('button', { name: '重新载入' }).click()
  assert.equal(await page.getByLabel(SUMMARY, { exact: true }).inputValue(), '区里要建家政服务标准化试点，让家政服务更规范。')
  await replaceText(page, '话题 1', '家政服务')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { summary: string; topics: string[] }
  assert.equal(saved.summary, '区里要建家政服务标准化试点，让家政服务更规范。')
  assert.deepEqual(saved.topics, ['家政服务'])
  assert.deepEqual(session.errors, [])
})

test('two desks on the same file: the second save is refused, the first one kept', async () => {
  const other = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await page.reload()
  await other.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await replaceText(other, '谁需要看 1', '家政企业')
  await other.getByRole('button', { name: '保存' }).click()
  await other.getByText(/^已保存/).waitFor()
  const first = readFileSync(file, 'utf8')
  await replaceText(page, '谁需要看 1', '家政从业人员')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('alert').filter({ hasText: '被改过了' }).waitFor()
  assert.equal(readFileSync(file, 'utf8'), first)
  await other.close()
})

test('accepting a rule’s draft only takes its review lines out of the file (key order, 2 spaces, final newline kept)', async () => {
  const { page } = session
  const rules = join(session.dir, 'src', 'content', 'issues', NEXT_ISSUE_ID, 'rules', 'lzbf2023-9.json')
  const before = readFileSync(rules, 'utf8')
  await page.goto(`${session.desk.origin}/#/doc/lzbf2023-9`)
  await page.reload()
  const value = page.getByLabel('取得培训合格证书奖补：数额（元/人）', { exact: true })
  // Accepting the rule's draft: only its review lines go.
  const group = page.locator('.group').filter({ has: value })
  await group.getByRole('button', { name: '核对无误，确认这一项' }).click()
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  const after = readFileSync(rules, 'utf8')
  const expected = JSON.parse(before) as { params: Record<string, unknown>[] }
  const index = expected.params.findIndex((param) => param.id === 'hugong.certificate')
  delete expected.params[index].review
  assert.equal(after, `${JSON.stringify(expected, null, 2)}\n`)
  assert.equal(after.split('\n').filter((line) => !before.split('\n').includes(line)).length, 0, 'only lines taken out, none rewritten')
})

test('a file an editor left unreadable (a Chinese quote) is named with its line; the desk works again once it is fixed', async () => {
  const { page } = session
  const good = readFileSync(file, 'utf8')
  writeFileSync(file, good.replace('"summary":', '“summary":'))
  await page.goto(`${session.desk.origin}/#/`)
  await page.reload()
  const alert = page.getByRole('alert').filter({ hasText: `documents/${DOC}.json 第` })
  await alert.waitFor()
  assert.match(await alert.innerText(), /的写法有错[\s\S]*中文引号[\s\S]*改好后刷新这一页/)
  writeFileSync(file, good)
  await page.reload()
  await page.locator(`.doc-list a[href="#/doc/${DOC}"]`).waitFor()
  assert.deepEqual(session.errors, [])
})

test('已保存 is taken down by the next change', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await page.reload()
  await replaceText(page, '谁需要看 1', '家政企业和从业人员')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  await replaceText(page, '谁需要看 1', '家政企业')
  await page.getByText(/^已保存/).waitFor({ state: 'detached' })
})
