// Which drafts the desk lists as carried unchanged (confirmed together) and which fields it warns are copied 原文
// sentences: worked out from the files as they are, so a changed value, changed words, words not in the 原文, a
// message of the check or a copied sentence keeps a draft on its own.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { carriedFacts, sameWords, type Predecessor } from '../../scripts/desk/carried-facts'
import { copiedFields, isCopiedSentence, ownWordsFieldOf } from '../../scripts/desk/copied-sentence'

const original = [
  '二、缴费标准',
  '低保对象个人缴纳100元，定额资助280元。特困人员由医疗救助资金全额资助。',
  '新生儿出生当年内参保登记的，从出生之日起享受当年医保待遇。',
]

const rules = {
  params: [
    {
      id: 'a.tekun',
      label: '特困人员个人缴费',
      value: 0,
      unit: '元/人',
      period: { from: '2023-09-01', to: '2023-12-25' },
      cite: { docId: 'd1', clause: '三、', words: '特困人员由医疗救助资金全额资助' },
      review: { issue: '2022-03', docId: 'd0', words: '特困人员由医疗救助资金全额资助', value: 0 },
    },
    {
      id: 'a.dibao',
      label: '低保对象个人缴纳',
      value: 100,
      unit: '元/人',
      cite: { docId: 'd1', clause: '三、', words: '低保对象个人缴纳100元,定额资助280元' },
      review: { issue: '2022-03', docId: 'd0', words: '低保对象个人缴纳70元,定额资助280元', value: 70 },
    },
    {
      id: 'a.dingE',
      label: '低保定额资助',
      value: 280,
      unit: '元/人',
      // Half-width in the cited words, full-width in the 原文 and last issue: the same words.
      cite: { docId: 'd1', clause: '三、', words: '低保对象个人缴纳100元,定额资助280元' },
      review: { issue: '2022-03', docId: 'd0', words: '低保对象个人缴纳70元，定额资助280元', value: 280 },
    },
  ],
}
const keyPoint = { text: '孩子出生当年就参保的，从出生那天起就能报销。', source: '新生儿出生当年内参保登记的' }
const doc = {
  summary: '低保对象个人缴纳100元，定额资助280元。',
  keyPoints: [keyPoint, { text: '特困人员个人不用交。', source: '特困人员由医疗救助资金全额资助' }],
  drafts: { summary: '起草的', 'keyPoints[0]': '上一期的要点', 'keyPoints[1]': '上一期的要点' },
}
const predecessor: Predecessor = { issueId: '2022-03', docNo: '离政办发〔2022〕34号', keyPoints: [keyPoint], dates: [] }

function facts(files: Record<string, unknown>, loaded = files, flagged: string[] = []) {
  return carriedFacts({ docId: 'd1', files, loaded, predecessor, original, flagged, copied: copiedFields(files, original) }).map(
    (fact) => `${fact.file}|${fact.field}`,
  )
}

describe('carried facts', () => {
  const files = { 'documents/d1.json': doc, 'rules/d1.json': rules }

  it('lists a value with the last issue’s number and words, and a key point the same as the predecessor’s, their words in the 原文', () => {
    assert.deepEqual(facts(files), ['documents/d1.json|keyPoints[0]', 'rules/d1.json|params[0]'])
  })

  it('keeps a value on its own when its number changed or other numbers in its words changed', () => {
    const listed = facts(files)
    assert.ok(!listed.includes('rules/d1.json|params[1]'), 'number changed')
    assert.ok(!listed.includes('rules/d1.json|params[2]'), 'the same number, but its words changed (70 → 100)')
  })

  it('a value changed by hand leaves the list', () => {
    const edited = structuredClone(rules)
    edited.params[0].value = 10
    assert.deepEqual(facts({ ...files, 'rules/d1.json': edited }), ['documents/d1.json|keyPoints[0]'])
  })

  it('an item changed since the page loaded leaves the list, even back to what the last issue had', () => {
    const edited = structuredClone(doc)
    edited.keyPoints[0] = { ...keyPoint, text: '改过的' }
    assert.deepEqual(facts({ ...files, 'documents/d1.json': doc }, { ...files, 'documents/d1.json': edited }), ['rules/d1.json|params[0]'])
  })

  it('words not in this 原文, a message of the check, or no predecessor: on its own', () => {
    const moved = structuredClone(rules)
    moved.params[0].cite.words = moved.params[0].review.words = '特困人员全部由财政资助'
    assert.deepEqual(facts({ ...files, 'rules/d1.json': moved }), ['documents/d1.json|keyPoints[0]'])
    assert.deepEqual(facts(files, files, ['rules/d1.json|params[0].period.from']), ['documents/d1.json|keyPoints[0]'])
    assert.deepEqual(
      carriedFacts({ docId: 'd1', files, loaded: files, predecessor: undefined, original, flagged: [], copied: [] }).map(
        (fact) => fact.field,
      ),
      ['params[0]'],
    )
  })

  it('a key point whose figures are not all in the paragraph of its cited words is read on its own', () => {
    const wider = { text: '孩子出生当年就参保的，从出生那天起就能报销，每人交100元。', source: '新生儿出生当年内参保登记的' }
    const files = { 'documents/d1.json': { ...doc, keyPoints: [wider], drafts: { 'keyPoints[0]': '上一期的要点' } } }
    assert.deepEqual(
      carriedFacts({
        docId: 'd1',
        files,
        loaded: files,
        predecessor: { ...predecessor, keyPoints: [wider] },
        original,
        flagged: [],
        copied: [],
      }),
      [],
    )
  })

  it('a confirmed fact (its mark gone) is not listed', () => {
    const confirmed = structuredClone(rules) as { params: { review?: unknown }[] }
    delete confirmed.params[0].review
    assert.deepEqual(facts({ ...files, 'rules/d1.json': confirmed }), ['documents/d1.json|keyPoints[0]'])
  })

  it('reads half- and full-width punctuation and line breaks as the same words, nothing else', () => {
    assert.ok(sameWords('机耕作业服务价格75元/亩，财政补助资金30元/亩', '机耕作业服务价格75元/亩,财政补助\n资金30元/亩'))
    assert.ok(!sameWords('每人350元', '每人380元'))
  })
})

describe('copied 原文 sentences', () => {
  it('a summary or key point that is a whole sentence of the 原文 is copied; our own words and short names are not', () => {
    assert.ok(isCopiedSentence('低保对象个人缴纳100元,定额资助280元。', original))
    assert.ok(!isCopiedSentence('低保户每人交100元，国家补280元。', original))
    assert.ok(!isCopiedSentence('二、缴费标准', original))
  })

  it('looks at the summary, key points’ own words and annex notes, never at the quoted source', () => {
    const files = { 'documents/d1.json': doc }
    assert.deepEqual(copiedFields(files, original), ['documents/d1.json|summary'])
    const quoted = {
      ...doc,
      summary: '我们自己的话。',
      keyPoints: [{ text: '特困人员由医疗救助资金全额资助。', source: '特困人员由医疗救助资金全额资助' }],
    }
    assert.deepEqual(copiedFields({ 'documents/d1.json': quoted }, original), ['documents/d1.json|keyPoints[0].text'])
    assert.equal(ownWordsFieldOf('keyPoints[2]'), 'keyPoints[2].text')
    assert.equal(ownWordsFieldOf('dates[0]'), undefined)
  })

  it('a copied key point is never in the carried list, though the same as last issue’s', () => {
    const copiedPoint = { text: '新生儿出生当年内参保登记的，从出生之日起享受当年医保待遇。', source: '新生儿出生当年内参保登记的' }
    const files = { 'documents/d1.json': { ...doc, keyPoints: [copiedPoint] } }
    const listed = carriedFacts({
      docId: 'd1',
      files,
      loaded: files,
      predecessor: { ...predecessor, keyPoints: [copiedPoint] },
      original,
      flagged: [],
      copied: copiedFields(files, original),
    })
    assert.deepEqual(listed, [])
  })
})
