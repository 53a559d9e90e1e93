// The desk's server stopped while the clerk's page stays open: saving says so in Chinese and keeps her edits on the
// page (no endless 正在保存……); a reload or a closed tab with unsaved edits is asked about first.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, openDesk, type DeskSession } from './desk-browser'

const DOC = 'lzbf2023-15'
let session: DeskSession

before(async () => {
  session = await openDesk(await importedProject())
})
after(async () => {
  await session.close().catch(() => undefined)
  removeCopies()
})

test('unsaved edits: the browser asks before leaving the page', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/${DOC}`)
  await page.getByLabel('谁需要看 1', { exact: true }).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('家政企业')
  let asked = false
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload'
    void dialog.dismiss()
  })
  await page.reload({ timeout: 3000 }).catch(() => undefined)
  assert.ok(asked, 'a beforeunload dialog')
  assert.equal(await page.getByLabel('谁需要看 1', { exact: true }).inputValue(), '家政企业', 'the edit is still on the page')
})

test('the desk stopped: saving says so and the edit stays on the page', async () => {
  const { page } = session
  await session.desk.close()
  await page.getByRole('button', { name: '保存' }).click()
  const alert = page.getByRole('alert').filter({ hasText: '审核台没有回应' })
  await alert.waitFor()
  assert.match(await alert.innerText(), /修改还在[\s\S]*npm run desk/)
  assert.equal(await page.getByRole('button', { name: '保存' }).isEnabled(), true)
  assert.equal(await page.getByLabel('谁需要看 1', { exact: true }).inputValue(), '家政企业')
})
