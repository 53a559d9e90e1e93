// The clerk publishes the tests' next issue through the desk only — with the mouse, then with the keyboard only —
// and the copy then passes content:check; the desk's preview (the project's H5 app) shows the new issue.
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { removeCopies, runScript } from '../support/project-copy'
import { publishThroughDesk, RECITED, type Input } from './clerk-flow'
import { importedProject, issueFiles, openDesk, type DeskSession } from './desk-browser'

/** The marks of what the import drafted in these files: a rule's `review`, each of a `drafts`' fields, a `draft`. */
function draftMarksIn(files: Map<string, string>): number {
  const count = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + count(item), 0)
    if (value === null || typeof value !== 'object') return 0
    const record = value as Record<string, unknown>
    const own =
      ('review' in record ? 1 : 0) +
      ('draft' in record ? 1 : 0) +
      (record.drafts && typeof record.drafts === 'object' ? Object.keys(record.drafts).length : 0)
    return (
      own +
      Object.entries(record)
        .filter(([key]) => key !== 'drafts')
        .reduce((sum, [, item]) => sum + count(item), 0)
    )
  }
  return [...files].filter(([name]) => name.endsWith('.json')).reduce((sum, [, text]) => sum + count(JSON.parse(text)), 0)
}

after(removeCopies)

async function publish(input: Input, preview: boolean): Promise<DeskSession> {
  const dir = await importedProject()
  const marks = draftMarksIn(issueFiles(dir))
  const session = await openDesk(dir, { preview })
  try {
    const started = Date.now()
    const outcome = await publishThroughDesk(session, input)
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(
      `desk, ${input}: ${outcome.amounts} amounts confirmed, ${outcome.carried} carried facts confirmed in ${outcome.groups} lists, ${outcome.drafts} drafts accepted one by one (${outcome.copiedKept} copied sentences kept with a second press), ${outcome.written} fields written (${outcome.cited} cited by selection) — ${session.counts.clicks} clicks, ${session.counts.keys} key presses, ${seconds} s`,
    )
    assert.equal(outcome.amounts, 6)
    // Every mark the import left is dealt with: a changed amount confirmed, a carried fact confirmed in its list
    // after reading it, or a draft accepted on its own.
    assert.equal(outcome.amounts + outcome.carried + outcome.drafts, marks)
    assert.ok(outcome.carried > outcome.drafts, `${outcome.carried} carried, ${outcome.drafts} one by one`)
    await session.desk.regenerator.idle()
    const check = await runScript(session.dir, 'build/content-check.ts')
    assert.equal(check.code, 0, check.lines.join('\n'))
    assert.deepEqual(session.errors, [])
    return session
  } catch (error) {
    await session.close()
    throw error
  }
}

test('the clerk publishes the next issue through the desk with the mouse; the preview shows its page', { timeout: 900_000 }, async () => {
  const session = await publish('mouse', true)
  try {
    const { page } = session
    await session.click(page.locator(`.doc-list a[href="#/doc/${RECITED.docId}"]`))
    await session.click(page.getByRole('tab', { name: '居民看到的页面' }))
    const frame = page.frameLocator('iframe.phone')
    // The resident's page of the new document, from the copy's own H5 build, with what the clerk cited.
    await frame
      .locator('#doc-no:visible', { hasText: /^离政办发〔2023〕14号$/ })
      .first()
      .waitFor({ timeout: 300_000 })
    await frame.locator(':text("2023年预收2024年城乡居民个人缴费每人380元"):visible').first().waitFor()
    await session.screenshot('preview')
    assert.deepEqual(
      session.errors.filter((error) => !error.includes(session.preview!.status.origin)),
      [],
    )
  } finally {
    await session.close()
  }
})

test('the same with the keyboard only (Tab, Enter, arrows)', { timeout: 900_000 }, async () => {
  const session = await publish('keyboard', false)
  try {
    assert.equal(session.counts.clicks, 0)
  } finally {
    await session.close()
  }
})
