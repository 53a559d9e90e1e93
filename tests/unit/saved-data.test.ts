// Saved data of every age is read back field by field: valid fields are kept, the rest named in one line.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isKnownDocumentId } from '../../scripts/build/content/issues'
import { prefsShape } from '#src/domain/saved/prefs'
import { answersShape } from '#src/domain/eligibility/saved-answers'
import { restoreSaved, savedText } from '#src/domain/saved/saved-data'

const prefs = prefsShape(isKnownDocumentId)
const goodPrefs = { largeText: true, recentDocIds: ['lzbf2022-34'] }
// Saved before the one-time 大字 question existed: the person has met the switch, so it is not asked again.
const migrated = { ...goodPrefs, largeTextAsked: true }

describe('saved 大字 setting of every shape', () => {
  const shapes: [string, unknown, object][] = [
    ['version 1', { state: goodPrefs, version: 1 }, migrated],
    ['version 0', { state: goodPrefs, version: 0 }, migrated],
    ['version missing', { state: goodPrefs }, migrated],
    ['version as text', { state: goodPrefs, version: '1' }, migrated],
    ['no envelope (a bare state)', goodPrefs, migrated],
    ['version 2 (current)', { state: { ...goodPrefs, largeTextAsked: false }, version: 2 }, { ...goodPrefs, largeTextAsked: false }],
    ['version 3 (written by a newer app)', { state: { ...migrated, fontScale: 1.3 }, version: 3 }, migrated],
  ]
  for (const [name, saved, expected] of shapes) {
    it(`${name}: the setting is kept, nothing reported`, () => {
      const restored = restoreSaved(JSON.stringify(saved), prefs)
      assert.deepEqual(restored, { state: expected, notice: null })
    })
  }
  it('a field that does not validate is named; the rest is kept', () => {
    const restored = restoreSaved(JSON.stringify({ state: { largeText: true, recentDocIds: 'x' }, version: 0 }), prefs)
    assert.deepEqual(restored.state, { largeText: true, recentDocIds: [], largeTextAsked: true })
    assert.equal(restored.notice, '手机里保存的最近看过的文件读不出来，没有保留，请重新填；其他内容都保留了。')
  })
  it('broken JSON and a state that is not an object reset with a message', () => {
    for (const text of ['{"state":', 'null', '"text"', '[1]', JSON.stringify({ state: 'x', version: 1 })]) {
      const restored = restoreSaved(text, prefs)
      assert.deepEqual(restored.state, { largeText: false, recentDocIds: [], largeTextAsked: false }, text)
      if (text !== 'null') assert.match(restored.notice ?? '', /读不出来/, text)
    }
  })
})

describe('saved 我能领什么 answers of every shape', () => {
  const values = { householdType: 'tuopin', ordinary: '3', dibao: '1', restaurant: false }
  it('version 1 (pre-filled era): every answer kept; the result waits until the new 养老保险 question is seen', () => {
    const restored = restoreSaved(JSON.stringify({ state: { values, completed: true }, version: 1 }), answersShape)
    assert.deepEqual(restored, { state: { values, completed: false, lost: [] }, notice: null })
  })
  for (const version of [undefined, 0]) {
    it(`version ${String(version)}: read as the first shape`, () => {
      const restored = restoreSaved(JSON.stringify({ state: { values, completed: true }, version }), answersShape)
      assert.deepEqual(restored.state.values, values)
    })
  }
  it('version 2 (current): kept as saved', () => {
    const restored = restoreSaved(JSON.stringify({ state: { values, completed: true }, version: 2 }), answersShape)
    assert.deepEqual(restored, { state: { values, completed: true, lost: [] }, notice: null })
  })
  it('a NaN saved by an older app is dropped and named; the other answers are kept, and so is having finished', () => {
    const restored = restoreSaved(
      JSON.stringify({ state: { values: { ...values, tekun: 'NaN' }, completed: true }, version: 2 }),
      answersShape,
    )
    assert.deepEqual(restored.state, { values, completed: true, lost: ['tekun'] })
    assert.match(restored.notice ?? '', /“特困人员（含孤儿、事实无人抚养儿童）”的回答读不出来，没有保留，请重新填；其他内容都保留了/)
  })
  it('only valid answers are ever written, and only the keys asked for', () => {
    const text = savedText({ values: { ...values, tekun: 'NaN', ordinary: '1e309', wage: '１２' }, completed: false }, answersShape, [
      'values',
      'completed',
    ])
    assert.deepEqual(JSON.parse(text), {
      state: { values: { householdType: 'tuopin', dibao: '1', restaurant: false, wage: '１２' }, completed: false },
      version: 2,
    })
  })
})

describe('大字 follows the WeChat font setting on the first launch', () => {
  it('an iPhone at the standard 17 px and an Android phone at the standard 16 px stay normal', async () => {
    const { startsLarge } = await import('#src/domain/saved/prefs')
    assert.equal(startsLarge({ platform: 'ios', fontSizeSetting: 17, fontSizeScaleFactor: 1 }), false)
    assert.equal(startsLarge({ platform: 'android', fontSizeSetting: 16, fontSizeScaleFactor: 1 }), false)
    assert.equal(startsLarge({ platform: 'ios', fontSizeSetting: 16 }), false, 'the one smaller step on iOS')
  })
  it('an enlarged setting on either platform starts large', async () => {
    const { startsLarge } = await import('#src/domain/saved/prefs')
    // The first larger step of each (小程序适老化设计指南: iOS 375 屏 18, Android 16 × its first factor), and 20.
    assert.deepEqual(
      [18, 20, 23.8].map((size) => startsLarge({ platform: 'ios', fontSizeSetting: size })),
      [true, true, true],
    )
    assert.deepEqual(
      [17, 20, 24].map((size) => startsLarge({ platform: 'android', fontSizeSetting: size })),
      [true, true, true],
    )
  })
  it('elsewhere only a reported scale factor above 1 counts; nothing known stays normal', async () => {
    const { startsLarge } = await import('#src/domain/saved/prefs')
    assert.equal(startsLarge({ platform: 'ohos', fontSizeSetting: 20, fontSizeScaleFactor: 1.25 }), true)
    assert.equal(startsLarge({ platform: 'devtools', fontSizeSetting: 16, fontSizeScaleFactor: 1 }), false)
    assert.equal(startsLarge({ platform: 'ios' }), false)
    assert.equal(startsLarge({ fontSizeSetting: 20 }), false)
    assert.equal(startsLarge({}), false)
  })
})
