// The preview pane's line says the page shows the saved state only once it does: while the first build runs it says
// how much longer; after a save, until the generate step has run, the H5 app has been rebuilt since and the frame
// has loaded that build, it says it is updating and shows the page from before.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Status } from '../../desk/api'
import { previewLine } from '../../desk/preview-line'

const status = (over: Partial<Status>, builtAt: number): Status => ({
  regenerating: false,
  regeneratedAt: 0,
  regenerateWrote: false,
  regenerateFailure: null,
  preview: { origin: 'http://127.0.0.1:1', state: 'ready', builtAt, startedAt: 0, expectedMs: 40_000 },
  ...over,
})
const starting = (startedAt: number): Status => ({
  ...status({}, 0),
  preview: { origin: 'http://127.0.0.1:1', state: 'starting', builtAt: 0, startedAt, expectedMs: 40_000 },
})

test('while the first build runs: how much longer, never up to date', () => {
  const early = previewLine(starting(1000), 0, false, 0, 11_000)
  assert.equal(early.current, false)
  assert.match(early.text, /^预览正在准备.*大约还要30秒/)
  const late = previewLine(starting(1000), 0, false, 0, 61_000)
  assert.equal(late.current, false)
  assert.match(late.text, /比平常慢一点（已经等了60秒）/)
})

test('built, but the frame has not loaded the page yet: 正在打开, not up to date', () => {
  const line = previewLine(status({}, 1000), 0, false, 0, 2000)
  assert.equal(line.current, false)
  assert.match(line.text, /^正在打开居民看到的页面/)
  const newer = previewLine(status({}, 3000), 0, false, 1000, 3500)
  assert.equal(newer.current, false)
  assert.match(newer.text, /下面还是上一次生成的样子/)
})

test('before a save, the frame showing the build: the page shows what the files hold now', () => {
  const line = previewLine(status({}, 1000), 0, false, 1000, 2000)
  assert.ok(line.current)
  assert.match(line.text, /^这是文件里现在保存的内容/)
})

test('saved, not yet regenerated nor rebuilt: 正在更新, the page from before the save', () => {
  for (const over of [{ regenerating: true }, { regeneratedAt: 1000 }]) {
    const line = previewLine(status(over, 1000), 2000, false, 1000, 2500)
    assert.equal(line.current, false)
    assert.match(line.text, /^正在更新……下面还是这次保存前的样子/)
  }
})

test('regenerated, but the H5 app not rebuilt since (the generate step wrote files): still 正在更新', () => {
  const line = previewLine(status({ regeneratedAt: 3000, regenerateWrote: true }, 2500), 2000, false, 2500, 3200)
  assert.equal(line.current, false)
})

test('rebuilt after the save, but the frame still loading that build: still 正在更新', () => {
  const line = previewLine(status({ regeneratedAt: 3000, regenerateWrote: true }, 3500), 2000, false, 1000, 3600)
  assert.equal(line.current, false)
  assert.match(line.text, /^正在更新……下面还是这次保存前的样子/)
})

test('regenerated, rebuilt and loaded after the save: the saved page; unsaved edits are said to be missing', () => {
  assert.match(previewLine(status({ regeneratedAt: 3000, regenerateWrote: true }, 3500), 2000, false, 3500, 3600).text, /^这是保存后的样子/)
  const wroteNothing = previewLine(status({ regeneratedAt: 3000, regenerateWrote: false }, 2500), 2000, true, 2500, 3600)
  assert.ok(wroteNothing.current)
  assert.match(wroteNothing.text, /还没保存的修改不在这里/)
})
