// The desk's hint “上一期同一份文件这里写的是…” under a date: the predecessor's date of the same meaning, never the
// one at the same position (a clerk's trial saw 小微企业吸纳就业一次性补助 under 企业缓缴养老保险费).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { matchPreviousDate, type PreviousDate } from '../../scripts/desk/previous-date-match'
import type { GazetteDocument } from '#src/content/types'

const root = join(import.meta.dirname, '..', '..')
const predecessor = JSON.parse(
  readFileSync(join(root, 'src', 'content', 'issues', '2022-03', 'documents', 'lzbf2022-26.json'), 'utf8'),
) as GazetteDocument
const previous: PreviousDate[] = predecessor.dates.map((date) => ({
  label: date.label,
  ...(date.act ? { act: date.act } : {}),
  words: `名称“${date.label}”`,
}))
const hint = (label: string | undefined, justAdded = false, act?: string) =>
  matchPreviousDate({ label, ...(act ? { act } : {}) }, previous, justAdded)?.words

describe('a date’s hint is its predecessor by meaning', () => {
  it('the same name, wherever it stands (years and numbers set aside)', () => {
    const third = predecessor.dates[2].label
    assert.equal(hint(third), `名称“${third}”`)
    assert.notEqual(predecessor.dates[0].label, third, 'position 1 holds another date in the predecessor')
  })

  it('the same act, when the name was changed', () => {
    const withAct = predecessor.dates.find((date) => date.act)!
    assert.equal(hint('另一个名称', false, withAct.act), `名称“${withAct.label}”`)
  })

  it('a name a little different: the one that shares most words; nothing when nothing is close', () => {
    assert.equal(hint('企业缓缴基本养老保险费'), '名称“企业缓缴养老保险费”')
    assert.equal(hint('农村人居环境整治时间'), undefined)
    assert.equal(hint('【待填写】时间的名称，如 缴费时间'), undefined)
    assert.equal(hint(undefined), undefined)
  })

  it('a date the clerk just added: only the same name', () => {
    assert.equal(hint('企业缓缴基本养老保险费', true), undefined)
    assert.equal(hint('', true), undefined)
    assert.equal(hint('企业缓缴失业保险费', true), '名称“企业缓缴失业保险费”')
  })
})
