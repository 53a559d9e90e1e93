// The clerk publishing the next issue through the desk only: confirms the changed amounts, then opens every
// document, writes what the import left (tests/fixtures/next-issue/reviewer.json, typed into the fields), cites by
// selecting words in the 原文, confirms the facts carried unchanged from the last issue as one list (after reading
// it), accepts every other draft one by one — a draft that is a copied 原文 sentence takes a second, deliberate
// press — and saves. With the mouse, or with the keyboard only (Tab, Enter, arrows; Shift+arrows to select and
// Ctrl+A to replace a field's text).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import type { DeskSession } from './desk-browser'

export type Input = 'mouse' | 'keyboard'

const root = join(import.meta.dirname, '..', '..')
const answers = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'next-issue', 'reviewer.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>

/** The label the desk gives a field (desk/form-spec.ts), as the clerk reads it. */
function labelOf(path: string): string {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^annexes\[(\d+)\]\.contains$/, (m) => `附件${Number(m[1]) + 1}里有什么（一句话）`],
    [/^dates\[(\d+)\]\.label$/, (m) => `时间${Number(m[1]) + 1}：名称`],
    [/^dates\[(\d+)\]\.source$/, (m) => `时间${Number(m[1]) + 1}：原文原话`],
    [/^keyPoints\[(\d+)\]\.source$/, (m) => `要点${Number(m[1]) + 1}：原文原话（出处）`],
    [/^topics\[(\d+)\]$/, (m) => `话题 ${Number(m[1]) + 1}`],
    [/^audience\[(\d+)\]$/, (m) => `谁需要看 ${Number(m[1]) + 1}`],
    [/^consultation\.shortName$/, () => '咨询单位简称（如 医保局）'],
  ]
  for (const [pattern, label] of patterns) {
    const match = pattern.exec(path)
    if (match) return label(match)
  }
  throw new Error(`no label known for ${path}`)
}

/** Words the clerk cites by selecting them in the 原文 rather than typing. */
const CITED = /\.source$/

/** The key point the clerk re-cites by selection: lzbf2023-14's first, to the whole sentence of the amount. */
export const RECITED = { docId: 'lzbf2023-14', path: 'keyPoints[0].source', words: '2023年预收2024年城乡居民个人缴费为每人380元' }

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement)

/** Tab (or Shift+Tab, when the target is before the focus) until the target has the focus. */
async function tabTo(session: DeskSession, target: Locator): Promise<void> {
  for (let presses = 0; presses < 800; presses++) {
    if (await isFocused(target)) return
    const before = await target.evaluate((element) => {
      const active = document.activeElement
      return (
        active !== null && active !== document.body && (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      )
    })
    await session.press(before ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`could not reach ${target} with Tab`)
}

const fieldBox = (session: DeskSession, label: string) =>
  session.page.locator('.field').filter({ has: session.page.getByLabel(label, { exact: true }) })

/** Words of the 原文 in the page: the paragraph (index) and where in it. */
async function wordsAt(session: DeskSession, words: string): Promise<{ block: number; offset: number }> {
  const found = await session.page.locator('.original-text [data-block]').evaluateAll((blocks, wanted) => {
    const block = blocks.findIndex((each) => each.textContent?.includes(wanted))
    return { block, offset: block < 0 ? -1 : blocks[block].textContent!.indexOf(wanted) }
  }, words)
  assert.ok(found.block >= 0, `“${words}” is not shown in the 原文`)
  return found
}

/** Selects the words with the mouse: pressed before the first character, dragged past the last. */
async function dragOver(session: DeskSession, words: string): Promise<void> {
  const { block, offset } = await wordsAt(session, words)
  const paragraph = session.page.locator('.original-text [data-block]').nth(block)
  await paragraph.scrollIntoViewIfNeeded()
  const [start, end] = await paragraph.evaluate(
    (element, [from, length]) =>
      [from, from + length - 1].map((at) => {
        const range = document.createRange()
        range.setStart(element.firstChild!, at)
        range.setEnd(element.firstChild!, at + 1)
        const rect = range.getClientRects()[0]
        return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 }
      }),
    [offset, words.length] as [number, number],
  )
  session.counts.clicks++
  await session.page.mouse.move(start.left + 1, start.y)
  await session.page.mouse.down()
  await session.page.mouse.move(end.right - 1, end.y, { steps: 8 })
  await session.page.mouse.up()
}

/** Selects the words with the keyboard in the 原文 (which has the focus): Up/Down by paragraph, Left/Right by character, Shift+Right to select. */
async function keyboardSelect(session: DeskSession, words: string): Promise<void> {
  const target = await wordsAt(session, words)
  const caret = await session.page.locator('.original-text').evaluate((box) => {
    const selection = document.getSelection()!
    const blocks = Array.from(box.querySelectorAll('[data-block]'))
    return { block: blocks.findIndex((block) => block.contains(selection.focusNode)), offset: selection.focusOffset }
  })
  if (caret.block !== target.block) {
    await session.press(caret.block < target.block ? 'ArrowDown' : 'ArrowUp', Math.abs(target.block - caret.block))
    caret.offset = 0
  }
  if (target.offset !== caret.offset)
    await session.press(target.offset > caret.offset ? 'ArrowRight' : 'ArrowLeft', Math.abs(target.offset - caret.offset))
  await session.press('Shift+ArrowRight', [...words].length)
}

async function cite(session: DeskSession, input: Input, label: string, words: string): Promise<void> {
  const button = fieldBox(session, label).getByRole('button', { name: '用原文里选的字' })
  if (input === 'mouse') {
    await dragOver(session, words)
    await session.click(button)
  } else {
    await tabTo(session, button)
    await session.press('Enter')
    await session.page.waitForFunction(() => document.activeElement?.classList.contains('original-text'))
    await keyboardSelect(session, words)
    await session.press('Enter')
  }
  const field = session.page.getByLabel(label, { exact: true })
  assert.equal(await field.inputValue(), words, `${label}: the selected words fill the field`)
}

async function write(session: DeskSession, input: Input, label: string, value: string): Promise<void> {
  const field = session.page.getByLabel(label, { exact: true })
  if (input === 'mouse') await session.click(field)
  else await tabTo(session, field)
  await session.press('Control+A')
  await session.type(value)
  assert.equal(await field.inputValue(), value)
}

/** The facts carried unchanged, read as one list and confirmed with one press; how many. */
async function confirmCarried(session: DeskSession, input: Input, outcome: ClerkOutcome): Promise<void> {
  const { page } = session
  // The check has run on what the clerk wrote: the list is what it will stay.
  await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.startsWith('还有：'))
  const group = page.locator('section.carried')
  if ((await group.count()) === 0) return
  const facts = await group.locator('li').count()
  const button = group.getByRole('button', { name: `这${facts}条我都核对过了，全部确认` })
  if (input === 'mouse') await session.click(button)
  else {
    await tabTo(session, button)
    await session.press('Enter')
  }
  await group.waitFor({ state: 'detached' })
  outcome.carried += facts
  outcome.groups++
}

async function acceptEveryDraft(session: DeskSession, input: Input, outcome: ClerkOutcome): Promise<number> {
  const drafts = session.page.locator('[data-draft]')
  let accepted = 0
  for (let left = await drafts.count(); left > 0; left = await drafts.count()) {
    const draft = drafts.first()
    const accept = draft.locator('button.accept')
    // An annex table's draft has no 确认 until its table is shown: the clerk opens it first (desk/TablePane.tsx).
    const showTable = draft.locator('button.show-table')
    const first = (await accept.count()) > 0 ? accept : showTable
    if (input === 'mouse') {
      if (first === showTable) await session.click(showTable)
      await session.click(accept)
    } else {
      // After a draft is accepted the focus is on the next draft (its words shown in the 原文); Tab reaches its button.
      if (accepted > 0) {
        assert.ok(
          await session.page.evaluate(() => document.activeElement?.hasAttribute('data-draft')),
          'after a draft is accepted the focus is on the next draft',
        )
        await session.press('Tab')
      } else await tabTo(session, first)
      assert.ok(await isFocused(first), 'Tab from the draft reaches its first button')
      await session.press('Enter')
      if (first === showTable) {
        await tabTo(session, accept)
        await session.press('Enter')
      }
    }
    // A copied 原文 sentence: the first press warns; the clerk keeps it with a second press on the same button.
    const keep = accept.filter({ hasText: '不改了，就用原文这句话，确认' })
    if ((await drafts.count()) === left && (await keep.count()) > 0) {
      if (input === 'mouse') await session.click(keep)
      else await session.press('Enter')
      outcome.copiedKept++
    }
    accepted++
    await session.page.waitForFunction((count) => document.querySelectorAll('[data-draft]').length < count, left)
  }
  return accepted
}

async function confirmChangedAmounts(session: DeskSession, input: Input): Promise<number> {
  const { page } = session
  const amounts = page.locator('.amount')
  await amounts.first().waitFor()
  // Old → new with both issues' sentences, as the import printed them.
  const premium = amounts.filter({ hasText: '城乡居民个人缴费标准' })
  const text = await premium.innerText()
  for (const expected of [
    '350元/人',
    '380元/人',
    '2022年预收2023年城乡居民个人缴费为每人350元',
    '2023年预收2024年城乡居民个人缴费为每人380元',
  ])
    assert.ok(text.includes(expected), `${expected} in ${text}`)
  let confirmed = 0
  const buttons = page.getByRole('button', { name: '新数和这一期原文一致，确认' })
  if (input === 'keyboard') await tabTo(session, buttons.first())
  for (let left = await amounts.count(); left > 0; left = await amounts.count()) {
    if (input === 'mouse') await session.click(buttons.first())
    else {
      assert.ok(await isFocused(buttons.first()), 'after an amount is confirmed the focus is on the next one')
      await session.press('Enter')
    }
    confirmed++
    await page.waitForFunction((count) => document.querySelectorAll('.amount').length < count, left)
    if (left > 1) await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON')
  }
  return confirmed
}

export interface ClerkOutcome {
  amounts: number
  /** Drafts accepted one by one. */
  drafts: number
  /** Facts carried unchanged, confirmed in their document's list; `groups` such lists. */
  carried: number
  groups: number
  /** Drafts that are copied 原文 sentences, kept with a second press. */
  copiedKept: number
  written: number
  cited: number
}

export async function publishThroughDesk(session: DeskSession, input: Input): Promise<ClerkOutcome> {
  const { page } = session
  const outcome: ClerkOutcome = {
    amounts: await confirmChangedAmounts(session, input),
    drafts: 0,
    carried: 0,
    groups: 0,
    copiedKept: 0,
    written: 0,
    cited: 0,
  }
  const docIds = await page
    .locator('.doc-list a')
    .evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!.replace('#/doc/', ''))))
  assert.equal(docIds.length, 15)
  for (const [index, docId] of docIds.entries()) {
    try {
      await reviewDocument(session, input, outcome, docId, index)
    } catch (error) {
      await session.screenshot(`failed-${input}-${docId}`)
      // eslint-disable-next-line preserve-caught-error -- the cause's stack is in the message; tsconfig's lib (ES2020) has no Error `cause` option
      throw new Error(`${docId}: ${(error as Error).stack}`)
    }
  }
  await page.getByText('这一期的 15 份文件都审核完了。').waitFor()
  return outcome
}

export async function reviewDocument(
  session: DeskSession,
  input: Input,
  outcome: ClerkOutcome,
  docId: string,
  index: number,
): Promise<void> {
  const { page } = session
  {
    const link = page.locator(`.doc-list a[href="#/doc/${docId}"]`)
    if (input === 'mouse') await session.click(link)
    else {
      if (index === 0) await tabTo(session, link)
      else await session.press('ArrowDown')
      assert.ok(await isFocused(link), `${docId}: the arrow moves to the next document`)
      await session.press('Enter')
    }
    await page.locator('.save-bar').waitFor()
    for (const [path, value] of Object.entries(answers[`documents/${docId}.json`] ?? {})) {
      if (CITED.test(path)) {
        await cite(session, input, labelOf(path), value)
        outcome.cited++
      } else await write(session, input, labelOf(path), value)
      outcome.written++
    }
    if (docId === RECITED.docId) {
      await cite(session, input, labelOf(RECITED.path), RECITED.words)
      outcome.cited++
    }
    await confirmCarried(session, input, outcome)
    outcome.drafts += await acceptEveryDraft(session, input, outcome)
    await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.startsWith('还有：'))
    assert.match(await page.locator('.counts').innerText(), /草稿待确认 0 项，要填写 0 项，要改 0 处/, docId)
    const save = page.getByRole('button', { name: '保存' })
    if (input === 'mouse') await session.click(save)
    else {
      await tabTo(session, save)
      await session.press('Enter')
    }
    await page.getByText(/^已保存/).waitFor()
    const back = page.locator('.save-bar').getByRole('link', { name: '回到本期全部文件' })
    if (input === 'mouse') await session.click(back)
    else {
      await tabTo(session, back)
      await session.press('Enter')
    }
    await page.locator('.doc-list').waitFor()
    await page.locator(`.doc-list a[href="#/doc/${docId}"] .state.reviewed`).waitFor()
  }
}
