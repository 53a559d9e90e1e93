// What the desk says about a drafted table: the rows the program counted, said as a count of rows (not a number the
// gazette prints), with the 序号 it found missing or twice; a search by 序号 or words; a page of 20 rows.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DeskTable } from '../../scripts/desk/table-rows'
import { pageOf, rowCountLine, rowsMatching } from '../../desk/table-view'

const table = (numbers: number[]): DeskTable => ({
  key: 'powerList',
  title: '权责清单',
  columns: ['序号', '职权类型', '职权名称'],
  rows: numbers.map((no) => ({ no, name: `职权${no}`, cells: [no % 2 ? '行政许可' : '行政检查', `职权${no}`] })),
})
const upTo = (last: number) => Array.from({ length: last }, (_, index) => index + 1)

test('the row count is the program’s, with the 序号 range when none is missing or twice', () => {
  assert.equal(
    rowCountLine(table(upTo(104))),
    '程序数出来的行数：104行（程序把表里的行一行一行数的；原文正文里写了总数的，和它对一对）；序号从1到104，没有缺号、没有重号。',
  )
})

test('a 序号 missing or twice is named, to check against the 原文', () => {
  const line = rowCountLine(table([1, 2, 4, 5, 5, 6]))
  assert.match(line, /^程序数出来的行数：6行/)
  assert.match(line, /序号从1到6，缺第3项，第5项有两行，请对照原文核对。$/)
  assert.match(rowCountLine(table([])), /^程序数出来的行数：0行.*一行也没有读出来/)
})

test('a number finds that 序号 (not every 序号 containing it); words find the rows printing them', () => {
  assert.deepEqual(
    rowsMatching(table(upTo(104)), ' 51 ').map((row) => row.no),
    [51],
  )
  assert.deepEqual(
    rowsMatching(table(upTo(12)), '职权1').map((row) => row.no),
    [1, 10, 11, 12],
  )
  assert.equal(rowsMatching(table(upTo(12)), '').length, 12)
})

test('20 rows a page; a page past the end shows the last', () => {
  const rows = table(upTo(104)).rows
  assert.deepEqual(
    pageOf(rows, 5).rows.map((row) => row.no),
    [101, 102, 103, 104],
  )
  assert.equal(pageOf(rows, 5).pages, 6)
  assert.equal(pageOf(rows, 9).page, 5)
  assert.equal(pageOf([], 0).pages, 1)
})
