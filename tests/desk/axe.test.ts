// axe-core on the desk's pages (the issue, a document, a drafted table shown, a document choosing words in the
// 原文): no serious or critical violation.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, openDesk, type DeskSession } from './desk-browser'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
let session: DeskSession

before(async () => {
  session = await openDesk(await importedProject())
})
after(async () => {
  await session.close()
  removeCopies()
})

async function seriousViolations(): Promise<unknown[]> {
  await session.page.addScriptTag({ content: axeSource })
  const violations = (await session.page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') })))`,
  )) as { impact: string }[]
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

test('the issue page', async () => {
  await session.page.locator('.doc-list').waitFor()
  await session.screenshot('issue')
  assert.deepEqual(await seriousViolations(), [])
})

test('a document: the form beside its 原文, with a message at a field', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/lzbf2023-14`)
  await page.locator('.save-bar').waitFor()
  await page.getByLabel('时间1：开始日期', { exact: true }).fill('2023-02-30')
  await page.locator('.message.error').first().waitFor()
  await session.screenshot('document')
  assert.deepEqual(await seriousViolations(), [])
})

test('a drafted table shown beside the 原文, one of its rows pointed at there', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/lzf2023-12`)
  await page.reload()
  const draft = page.locator('.table-draft')
  await draft.getByRole('button', { name: /^看这张表/ }).click()
  await draft.getByRole('button', { name: '第3项，在原文里看' }).click()
  await draft.locator('.table-located').waitFor()
  await session.screenshot('table')
  assert.deepEqual(await seriousViolations(), [])
})

test('choosing words in the 原文 for a field', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/lzbf2023-13`)
  await page.reload()
  await page
    .locator('.field')
    .filter({ has: page.getByLabel('时间1：原文原话', { exact: true }) })
    .getByRole('button', { name: '用原文里选的字' })
    .click()
  await page.locator('.original-text.picking').waitFor()
  await session.screenshot('picking')
  assert.deepEqual(await seriousViolations(), [])
  assert.deepEqual(session.errors, [])
})
