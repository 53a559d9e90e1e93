// A clerk's trial found annex tables confirmed blind (the desk showed only where the import took them from) and a
// “我们自己数的数” whose “51项” was read as a count. Checked the way the clerk works, with the keyboard: the table draft
// says how many rows the program counted, its 确认 cannot be reached before the table is shown, the table shows each
// row's printed words (searchable, a page at a time), a row's 序号 highlights that row in the 原文; the figures our
// wording uses that the 原文 does not print say what they are (“第51项” an item's number, not a count).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { removeCopies } from '../support/project-copy'
import { importedProject, NEXT_ISSUE_ID, openDesk, type DeskSession } from './desk-browser'

let session: DeskSession
const tablesFile = () => join(session.dir, 'src', 'content', 'issues', NEXT_ISSUE_ID, 'tables', 'tables.json')

before(async () => {
  session = await openDesk(await importedProject())
})
after(async () => {
  await session.close()
  removeCopies()
})

/** The words the 原文 pane highlights, or '' when none. */
const highlighted = () =>
  session.page.evaluate(() => {
    const highlight = (CSS.highlights as unknown as Map<string, Highlight>).get('desk-cited')
    return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()).join('') : ''
  })

const focusedText = () => session.page.evaluate(() => document.activeElement?.textContent ?? '')

test('a table draft: its rows shown (count, printed words, search, pages, the row in the 原文) before it can be confirmed', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/lzf2023-12`)
  await page.reload()
  const draft = page.locator('.table-draft')
  await draft.locator('.table-count').waitFor()
  assert.match(await draft.locator('.table-count').innerText(), /^程序数出来的行数：104行.*序号从1到104，没有缺号、没有重号。/)
  // Not confirmable unseen: no 确认 in the draft, and Tab from the draft reaches only 看这张表.
  assert.equal(await draft.getByRole('button', { name: '核对无误，确认这一项' }).count(), 0)
  await draft.focus()
  await session.press('Tab')
  assert.equal(await focusedText(), '看这张表（104行），对照原文核对')
  await session.press('Enter')
  const table = draft.locator('table')
  await table.waitFor()
  assert.equal(await table.locator('caption').innerText(), '乡镇（街道）权责清单')
  assert.equal(await table.locator('tbody tr').count(), 20, 'a page of 20 rows')
  const firstRow = await table.locator('tbody tr').first().innerText()
  for (const words of [
    '1',
    '行政许可',
    '对个别农户之间承包的耕地和草地适当调整的审批',
    '乡镇',
    '《中华人民共和国农村土地承包法》（2018年修正）第二十八条',
  ])
    assert.ok(firstRow.includes(words), `${words} in ${firstRow}`)
  // A row the import mended (the extracted text was broken there) says how, to be checked first.
  assert.match(await table.locator('tbody tr').nth(3).innerText(), /程序补过这一行：提取文字中“√”落在“街道”一栏/)
  await session.screenshot('table-draft')

  // Search: the 序号 the key point names (第51项) finds that one row.
  await session.press('Tab')
  await session.type('51')
  await page.waitForFunction(() => document.querySelectorAll('.table-draft tbody tr').length === 1)
  assert.match(await table.locator('tbody tr').innerText(), /对申请最低生活保障家庭的审核转报/)
  // Its 序号 highlights the row where the 原文 prints it, the 原文 shown beside.
  await session.press('Tab')
  assert.equal(await focusedText(), '51')
  await session.press('Enter')
  await draft.locator('.table-located').waitFor()
  assert.equal(await page.getByRole('tab', { name: '原文' }).getAttribute('aria-selected'), 'true')
  assert.match(await highlighted(), /^51 其他行政权力 对申请最低生活保障家庭的审核转报/)
  await session.screenshot('table-draft-row-in-original')

  // Pages: the search emptied, the next page starts at 21; Up/Down move between the rows' 序号.
  await draft.getByRole('searchbox').fill('')
  await draft.getByRole('button', { name: '下一页' }).click()
  assert.match(await table.locator('tbody tr').first().innerText(), /^21\b/)
  await table.getByRole('button', { name: '第21项，在原文里看' }).focus()
  await session.press('ArrowDown')
  assert.equal(await focusedText(), '22')

  // Now the 确认 is there, after the table; confirming takes the table's mark out of tables.json when saved.
  const accept = draft.getByRole('button', { name: '核对无误，确认这一项' })
  await accept.click()
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText(/^已保存/).waitFor()
  const drafts = (JSON.parse(readFileSync(tablesFile(), 'utf8')) as { drafts?: Record<string, string> }).drafts ?? {}
  assert.equal(drafts.powerList, undefined)
  assert.ok(drafts['projectPlans.initial'], 'the other tables’ drafts stay')
  assert.deepEqual(session.errors, [])
})

test('the figures our wording uses that the 原文 does not print say what they are: “第51项” is a number, not a count', async () => {
  const { page } = session
  await page.goto(`${session.desk.origin}/#/doc/lzf2023-12`)
  await page.reload()
  await page.locator('.save-bar').waitFor()
  assert.equal(await page.getByText('我们自己数的数').count(), 0)
  const section = page.locator('details.form-section').filter({ hasText: '说明和要点里用到、原文没有照样印的数' })
  // Open at load when the import drafted it; opened by its heading otherwise.
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click()
  // Each number with what the form says it is, as the clerk reads them down the section.
  const numbers = section.locator('.field').filter({ has: page.getByRole('textbox') })
  const shown = new Map<string, string>()
  for (const field of await numbers.all()) {
    const hint = field.locator('.hint')
    if ((await hint.count()) > 0) shown.set(await field.getByRole('textbox').inputValue(), await hint.innerText())
  }
  assert.match(shown.get('51项') ?? '', /^要点3里写的“第51项”：是附件表格里的编号（序号），不是总数/)
  assert.match(shown.get('70项') ?? '', /^要点2里用到的数，原文里没有一字不差地这样印/)
  await section.scrollIntoViewIfNeeded()
  await session.screenshot('figures-not-printed')
  assert.deepEqual(session.errors, [])
})
