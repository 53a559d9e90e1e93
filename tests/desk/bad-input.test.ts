// Bad input at the desk: the check's message shows at the field as the clerk types, in full; saving is refused
// and the files on disk stay byte for byte as they were — also when the page is bypassed and the server is sent
// the bad content directly.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, issueFiles, openDesk, type DeskSession } from './desk-browser'

const DOC = 'lzbf2023-14'
let session: DeskSession
let onDisk: Map<string, string>

before(async () => {
  session = await openDesk(await importedProject())
  onDisk = issueFiles(session.dir)
})
after(async () => {
  await session.close()
  removeCopies()
})

/** Opens the document afresh, puts the text in the field (replacing what is there), and returns the field's messages. */
async function typeInto(label: string, text: string, expected: RegExp): Promise<string> {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await page.reload()
  const field = page.getByLabel(label, { exact: true })
  // One of a rules file's many values: its fields are folded under “看或改：…”, opened with a click.
  if (!(await field.isVisible())) await page.locator('.group.folding').filter({ has: field }).locator('summary').click()
  await field.click()
  await page.keyboard.press('Control+A')
  if (text === '') await page.keyboard.press('Delete')
  else await page.keyboard.type(text)
  const box = page.locator('.field').filter({ has: field })
  const message = box.locator('.message.error').filter({ hasText: expected })
  await message.waitFor()
  assert.equal(await field.getAttribute('aria-invalid'), 'true')
  const describedBy = (await field.getAttribute('aria-describedby')) ?? ''
  assert.ok(describedBy.split(' ').includes((await box.locator('.messages').getAttribute('id'))!), 'the message is the field’s description')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('alert').filter({ hasText: '没有保存' }).waitFor()
  assert.deepEqual(issueFiles(session.dir), onDisk, 'nothing written')
  return message.innerText()
}

test('a letter in an amount', async () => {
  // The content schema's message (src/content/schema.ts): what the field takes, and what was typed.
  const message = await typeInto('城乡居民个人缴费标准：数额（元/人）', '38O', /这里要填一个数字/)
  assert.match(message, /^要改：这里要填一个数字，只写数字，如 350（不带“元”“人”这样的字），现在填的是.*38O/)
})

test('a date that does not exist: 2023-02-30', async () => {
  const message = await typeInto('时间1：开始日期', '2023-02-30', /2023-02-30/)
  assert.match(message, /“2023-02-30”不是一个真有的日期，或者写法不对：在审核台（npm run desk）里写成 2023年9月1日 这样/)
})

test('a key point’s source that is not in the 原文', async () => {
  const message = await typeInto('要点1：原文原话（出处）', '每人缴费一千元', /不在这份文件的原文里/)
  assert.match(message, /“每人缴费一千元”不在这份文件的原文里/)
})

test('a required field deleted', async () => {
  const message = await typeInto('一句话说明（老百姓能懂的话；金额、日期要和原文一致）', '', /不能为空/)
  assert.match(message, /不能为空/)
  assert.deepEqual(session.errors, [])
})

test('the server refuses bad content sent past the page, and writes nothing', async () => {
  const file = `documents/${DOC}.json`
  const state = (await (await fetch(`${session.desk.origin}/api/doc?id=${DOC}`)).json()) as {
    files: Record<string, { hash: string; data: Record<string, unknown> }>
  }
  const { hash, data } = state.files[file]
  const response = await fetch(`${session.desk.origin}/api/save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: session.desk.origin },
    body: JSON.stringify({ files: { [file]: { hash, data: { ...data, signedOn: '2023-02-30' } } } }),
  })
  const body = (await response.json()) as { outcome: string; problems: { field: string; message: string }[] }
  assert.equal(body.outcome, 'invalid')
  assert.ok(body.problems.some((problem) => problem.field === 'signedOn' && problem.message.includes('2023-02-30')))
  const foreign = await fetch(`${session.desk.origin}/api/save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://example.com' },
    body: JSON.stringify({ files: { [file]: { hash, data } } }),
  })
  assert.equal(foreign.status, 403, 'another site cannot write through the desk')
  assert.deepEqual(issueFiles(session.dir), onDisk)
})
