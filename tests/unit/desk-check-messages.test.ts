// The desk shows content:check's messages at each field: a field left 【待填写】 says what to write and a draft where it
// came from and what to press, without content:check's advice to open the desk (the clerk is in it) or to edit the file;
// content:check itself keeps that advice.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { checkEdits } from '../../scripts/desk/check-edits'
import { openIssueFolder } from '../../scripts/desk/issue-folder'
import { draftMessage, toFillMessage } from '../../scripts/build/content/checks'

const root = join(import.meta.dirname, '..', '..')
const file = 'documents/lzbf2022-29.json'

it('a 【待填写】 field in the desk: the hint and what to do, not “open the desk”', () => {
  const folder = openIssueFolder(root, '2022-03')
  const data = JSON.parse(readFileSync(join(folder.dir, file), 'utf8')) as Record<string, unknown>
  const problems = checkEdits(folder, { [file]: { ...data, summary: '【待填写】一句话说明' } })
  const summary = problems.find((problem) => problem.file === file && problem.field === 'summary')
  assert.equal(summary?.message, '还没有填写，提示是“一句话说明”：照提示写好这一项。')
  assert.equal(summary?.kind, 'toWrite')
  assert.match(
    toFillMessage('【待填写】一句话说明'),
    /（在审核台（npm run desk）里打开这份文件就能填；直接改文件的，连“【待填写】”和提示一起换掉）。$/,
  )
})

it('a draft in the desk: where it came from and the button to press, not “open the desk” nor how to edit the file', () => {
  const folder = openIssueFolder(root, '2022-03')
  const data = JSON.parse(readFileSync(join(folder.dir, file), 'utf8')) as Record<string, unknown>
  const problems = checkEdits(folder, { [file]: { ...data, drafts: { summary: '上一期的一句话说明' } } })
  const summary = problems.find((problem) => problem.file === file && problem.field === 'summary')
  assert.equal(summary?.message, '待审核：导入起草的（上一期的一句话说明）。对照原文核对，无误就点这一项的“核对无误，确认这一项”。')
  assert.equal(summary?.kind, 'draft')
  // content:check on the command line keeps both.
  assert.equal(
    draftMessage('上一期的一句话说明'),
    '待审核：导入起草的（上一期的一句话说明）。请在审核台（npm run desk）里对照原文核对，无误就点这一项的“核对无误，确认这一项”（直接改文件的：核对无误后删掉 drafts 里的这一行）。',
  )
})
