// Rules as data: every parameter cites words printed in the gazette, and calculators never produce NaN.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findFullDocument } from '../../scripts/build/content/issues'
import { allParams, param } from '#src/content/rules-in-force'
import { lineEndedOn, toolEditions } from '#src/domain/tools/editions'
import { calculators } from '#src/domain/calculators'
import { isFieldShown, type FormValues } from '#src/domain/calculators/types'
import { isValidIsoDate } from '#src/domain/dates/dates'
import { squash, squashedGazette } from './gazette-source'

function valueAppearsIn(value: number, words: string): boolean {
  const forms = [String(value)]
  if (value >= 10000) forms.push(`${value / 10000}万`)
  if (value === 0) forms.push('全额资助')
  return forms.some((form) => squash(words).includes(form))
}

describe('rule parameters', () => {
  it('have unique ids', () => {
    const ids = allParams.map((p) => p.id)
    assert.equal(new Set(ids).size, ids.length)
  })

  for (const p of allParams) {
    it(`${p.id}: ${p.value}${p.unit} is printed in ${p.cite.docNo} ${p.cite.clause}`, () => {
      const doc = findFullDocument(p.cite.docId)?.doc
      assert.ok(doc, p.cite.docId)
      assert.equal(p.cite.docNo, doc.docNo)
      assert.equal(p.cite.page, doc.page)
      assert.ok(squashedGazette.includes(squash(p.cite.words)), `words not in the gazette: ${p.cite.words}`)
      assert.ok(valueAppearsIn(p.value, p.cite.words), `${p.value} not in “${p.cite.words}”`)
      assert.ok(Number.isFinite(p.value) && p.value >= 0)
      assert.ok(isValidIsoDate(p.period.from))
      if (p.period.to) assert.ok(isValidIsoDate(p.period.to) && p.period.from <= p.period.to)
    })
  }
})

const GARBAGE = ['', ' ', '-1', 'abc', '1.5.5', '1e9', '%', '１２', '99999999999', '0.333', '∞', 'NaN', '1,000']

describe('calculators', () => {
  it('have unique ids and cite existing documents', () => {
    assert.equal(new Set(calculators.map((c) => c.id)).size, calculators.length)
    for (const calculator of calculators) {
      const editions = toolEditions(calculator)
      assert.ok(editions.length > 0, `${calculator.id} has no edition`)
      for (const { docIds } of editions) for (const docId of docIds) assert.ok(findFullDocument(docId), `${calculator.id}: ${docId}`)
    }
  })

  for (const calculator of calculators) {
    it(`${calculator.id}: defaults compute, every line names existing parameters`, () => {
      const outcome = calculator.compute(calculator.example, param)
      assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
      for (const line of outcome.result.lines) {
        assert.ok(Number.isFinite(line.amount), line.label)
        assert.ok(line.paramIds.length > 0, `${line.label} cites nothing`)
        for (const id of line.paramIds) assert.ok(param(id))
      }
      for (const total of outcome.result.totals) assert.ok(Number.isFinite(total.amount), total.label)
      for (const field of calculator.fields(param)) assert.ok(field.key in calculator.example, `${field.key} has no default`)
    })

    it(`${calculator.id}: garbage in any field gives a message or a finite result, never NaN or a throw`, () => {
      for (const field of calculator.fields(param)) {
        for (const garbage of [...GARBAGE, true, false]) {
          const values: FormValues = { ...calculator.example, [field.key]: garbage }
          const outcome = calculator.compute(values, param)
          if (outcome.ok) {
            for (const line of outcome.result.lines)
              assert.ok(Number.isFinite(line.amount), `${field.key}=${String(garbage)}: ${line.label}`)
            for (const total of outcome.result.totals)
              assert.ok(Number.isFinite(total.amount), `${field.key}=${String(garbage)}: ${total.label}`)
          } else {
            for (const message of Object.values(outcome.errors)) assert.match(message, /[\u4e00-\u9fa5]/)
            if (isFieldShown(field, values) && field.kind !== 'toggle') assert.ok(Object.keys(outcome.errors).length > 0)
          }
        }
      }
    })
  }
})

describe('formatting amounts', () => {
  it('writes large yuan amounts in 万 and keeps small ones and rates as they are', async () => {
    const { formatAmount, formatParamValue } = await import('#src/domain/calculators/format')
    assert.equal(formatParamValue(370000, '元/村'), '37万元/村')
    assert.equal(formatParamValue(75, '元/亩'), '75元/亩')
    assert.equal(formatParamValue(40, '%'), '40%')
    assert.equal(formatAmount(76500, '元'), '76500元（7.65万元）')
    assert.equal(formatAmount(22.5, '元'), '22.5元')
    assert.equal(formatAmount(1040, '元'), '1040元')
  })
})

describe('an edition and the deadlines of its own lines (离政办发〔2022〕26号)', () => {
  const [edition] = toolEditions({ id: 'jiuye-geren', paramPrefixes: ['jiuye.'] })
  it('the 方案 has no end date: the edition runs on from its signing, and says only 技能提升补贴 ends', () => {
    assert.equal(edition.window.start, '2022-08-05')
    assert.equal(edition.window.end, undefined)
    assert.match(edition.window.note ?? '', /只有技能提升补贴写了“执行期限至2022年底”/)
  })
  it('a line of 技能提升补贴 has ended after 2022; a 交通补贴 line has not', () => {
    assert.equal(lineEndedOn(['jiuye.skill.senior', 'jiuye.skill.maxTimes'], edition.param, '2023-01-01'), '2022-12-31')
    assert.equal(lineEndedOn(['jiuye.skill.senior'], edition.param, '2022-12-31'), undefined, 'the last day still applies')
    assert.equal(lineEndedOn(['jiuye.transport.crossProvince'], edition.param, '2026-12-03'), undefined)
  })
})
