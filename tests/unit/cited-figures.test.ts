// Where content:check looks for a rule value: the figures of its cited words, in order, each value of a rules file
// citing the same words taking one (scripts/build/content/figures.ts).
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { printedFigures, valuesOutOfOrder, type CitedValue } from '../../scripts/build/content/figures'

it('reads the figures of cited words in their unit, each with its own words: 万, ranges, other units left out', () => {
  assert.deepEqual(printedFigures('低保对象个人缴纳70元,定额资助280元', '元/人'), [
    { words: '低保对象个人缴纳70元', value: 70 },
    { words: '定额资助280元', value: 280 },
  ])
  assert.deepEqual(printedFigures('对吸纳人数达到30人及以上的，给予5万元的一次性奖励', '元'), [{ words: '给予5万元', value: 50000 }])
  assert.deepEqual(printedFigures('粒径在3-8cm之间的块煤', 'cm'), [
    { words: '粒径在3-8cm', value: 3 },
    { words: '粒径在3-8cm', value: 8 },
  ])
})

const cite = (value: number, label: string, words: string, unit = '元/人'): CitedValue => ({ value, unit, label, words })

it('values citing one sentence take its figures in order: a swap names the words each should be in', () => {
  const words = '低保对象个人缴纳70元,定额资助280元'
  const right = [cite(70, '个人缴纳', words), cite(280, '定额资助', words)]
  assert.equal(valuesOutOfOrder(right).size, 0)
  const swapped = [cite(280, '个人缴纳', words), cite(70, '定额资助', words)]
  assert.deepEqual([...valuesOutOfOrder(swapped).values()], ['低保对象个人缴纳70元', '定额资助280元'])
})

it('fewer values than figures (two volumes, three figures): each after the one before; swapped, the second is out of order', () => {
  const words = '气瓶组总容积小于等于2立方米时，…气瓶组总容积大于2立方米小于等于4立方米时'
  assert.equal(valuesOutOfOrder([cite(2, '小', words, '立方米'), cite(4, '大', words, '立方米')]).size, 0)
  const swapped = [cite(4, '小', words, '立方米'), cite(2, '大', words, '立方米')]
  assert.deepEqual(
    [...valuesOutOfOrder(swapped).entries()].map(([value, expected]) => [value.label, expected]),
    [['大', undefined]],
  )
})
