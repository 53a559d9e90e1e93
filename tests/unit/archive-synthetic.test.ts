// The synthetic archive: older quarters shaped like the newest issue, each with its own 文号, ids and words.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { quarterBefore, rewriteText } from '../../scripts/archive-synthetic'

describe('synthetic issues', () => {
  it('go back quarter by quarter across years', () => {
    assert.deepEqual(quarterBefore(2022, 3, 1), { year: 2022, number: 2 })
    assert.deepEqual(quarterBefore(2022, 3, 3), { year: 2021, number: 4 })
    assert.deepEqual(quarterBefore(2022, 3, 40), { year: 2012, number: 3 })
  })

  it('give each document its own 文号 and id (as printed, with the gazette’s stray spaces), the year, and swapped words', () => {
    const model = { year: 2022, docNumbers: [25, 34] }
    const target = { year: 2019, number: 2, swaps: [['加强', '强化']] as [string, string][] }
    assert.equal(rewriteText('离政办发〔2022〕34 号 加强管理', model, target), '离政办发〔2019〕234 号 强化管理')
    assert.equal(rewriteText('"id": "lzf2022-25", "docNo": "离政发〔2022〕25号"', model, target), '"id": "lzf2019-225", "docNo": "离政发〔2019〕225号"')
    // Another office's 文号 keeps its number; only the year moves.
    assert.equal(rewriteText('吕农服发〔2022〕34 号', model, target), '吕农服发〔2019〕34 号')
    assert.equal(rewriteText('documents/lzbf2022-34.json', model, target), 'documents/lzbf2019-234.json')
  })
})
