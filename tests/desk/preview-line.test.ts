// The preview pane's line says the page shows the saved state only once it does: after a save, until the generate
// step has run and the H5 app has been rebuilt since, it says it is updating and shows the page from before.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Status } from '../../desk/api'
import { previewLine } from '../../desk/preview-line'

const status = (over: Partial<Status>, builtAt: number): Status => ({
  regenerating: false,
  regeneratedAt: 0,
  regenerateWrote: false,
  regenerateFailure: null,
  preview: { origin: 'http://127.0.0.1:1', state: 'ready', builtAt },
  ...over,
})

test('before a save: the page shows what the files hold now', () => {
  const line = previewLine(status({}, 1000), 0, false)
  assert.ok(line.current)
  assert.match(line.text, /^这是文件里现在保存的内容/)
})

test('saved, not yet regenerated nor rebuilt: 正在更新, the page from before the save', () => {
  for (const over of [{ regenerating: true }, { regeneratedAt: 1000 }]) {
    const line = previewLine(status(over, 1000), 2000, false)
    assert.equal(line.current, false)
    assert.match(line.text, /^正在更新……下面还是这次保存前的样子/)
  }
})

test('regenerated, but the H5 app not rebuilt since (the generate step wrote files): still 正在更新', () => {
  const line = previewLine(status({ regeneratedAt: 3000, regenerateWrote: true }, 2500), 2000, false)
  assert.equal(line.current, false)
})

test('regenerated and rebuilt after the save: the saved page; unsaved edits are said to be missing', () => {
  assert.match(previewLine(status({ regeneratedAt: 3000, regenerateWrote: true }, 3500), 2000, false).text, /^这是保存后的样子/)
  const wroteNothing = previewLine(status({ regeneratedAt: 3000, regenerateWrote: false }, 2500), 2000, true)
  assert.ok(wroteNothing.current)
  assert.match(wroteNothing.text, /还没保存的修改不在这里/)
})
