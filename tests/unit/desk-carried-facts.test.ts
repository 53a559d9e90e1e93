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
const predecessor: Predecessor = {
  issueId: '2022-03',
  docNo: '离政办发〔2022〕34号',
  keyPoints: [keyPoint],
  dates: [],
  audience: [],
  topics: [],
  consultation: {},
  annexes: [],
}

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

describe('carried labels and dates whose years moved', () => {
  const signedOn = '2023-08-20'
  const lastDate = { label: '集中缴费期', start: '2022-09-01', end: '2022-12-25', source: '2022年9月1日至12月25日', act: '交医保费' }
  const date = { ...lastDate, start: '2023-09-01', end: '2023-12-25', source: '2023年9月1日至12月25日' }
  const last: Predecessor = {
    ...predecessor,
    keyPoints: [],
    dates: [lastDate],
    audience: ['城乡居民', '中小学生'],
    topics: ['医保'],
    consultation: { unit: '离石区医疗保障局', shortName: '医保局' },
    annexes: [
      { title: '2022年离石区医保工作领导小组', contains: '组长和成员名单。' },
      { title: '2022年离石区医保工作领导小组成员单位职责分工', contains: '各单位管什么。' },
    ],
  }
  const dated = ['新生儿出生当年内参保登记的，从出生之日起享受当年医保待遇。', '集中缴费期为2023年9月1日至12月25日。']
  const labelled = {
    signedOn,
    audience: ['城乡居民', '中小学生'],
    topics: ['医保'],
    consultation: { unit: '离石区医疗保障局', shortName: '医保局' },
    annexes: [
      { title: '2023年离石区医保工作领导小组', contains: '组长和成员名单。' },
      // The import matched a shortened title: another annex's note.
      { title: '2023年离石区医保工作领导小组成员单位职责分工', contains: '组长和成员名单。' },
    ],
    dates: [date],
    drafts: {
      audience: '照上一期写的',
      topics: '照上一期写的',
      'consultation.shortName': '上一期的简称',
      'annexes[0].contains': '照上一期同名附件的说明',
      'annexes[1].contains': '照上一期同名附件的说明',
      'dates[0]': '上一期的时间，起止日期从原话读出',
    },
  }
  const listed = (doc: unknown, before: Predecessor | undefined = last, loaded = doc, flagged: string[] = []) =>
    carriedFacts({
      docId: 'd1',
      files: { 'documents/d1.json': doc },
      loaded: { 'documents/d1.json': loaded },
      predecessor: before,
      original: dated,
      flagged,
      copied: [],
    }).map((fact) => [fact.field, fact.what, fact.value, fact.words ?? ''])
  const fields = (...args: Parameters<typeof listed>) => listed(...args).map(([field]) => field)

  it('lists a date whose years moved, its days what this issue’s words say, and our labels the same as last issue’s, last', () => {
    assert.deepEqual(listed(labelled), [
      ['dates[0]', '时间1：集中缴费期', '2023年9月1日到2023年12月25日', '2023年9月1日至12月25日'],
      ['audience', '谁需要看', '城乡居民、中小学生（沿用上一期）', ''],
      ['topics', '话题', '医保（沿用上一期）', ''],
      ['consultation.shortName', '咨询单位简称', '医保局（沿用上一期）', ''],
      ['annexes[0].contains', '附件说明：2023年离石区医保工作领导小组', '组长和成员名单。（沿用上一期）', ''],
    ])
  })

  it('keeps on its own an annex note of another annex (a shortened title matched), and every label without a predecessor', () => {
    assert.ok(!fields(labelled).includes('annexes[1].contains'))
    const alone = carriedFacts({
      docId: 'd1',
      files: { 'documents/d1.json': labelled },
      loaded: { 'documents/d1.json': labelled },
      predecessor: undefined,
      original: dated,
      flagged: [],
      copied: [],
    })
    assert.deepEqual(alone, [])
  })

  it('keeps on its own a label not the same as last issue’s, with a figure in it, or a short name for another unit', () => {
    assert.ok(!fields({ ...labelled, topics: ['医保', '社保'] }).includes('topics'))
    const withYear = ['2023年参保的城乡居民']
    assert.ok(!fields({ ...labelled, audience: withYear }, { ...last, audience: withYear }).includes('audience'), 'a figure')
    const otherUnit = { ...last, consultation: { unit: '离石区人力资源和社会保障局', shortName: '医保局' } }
    assert.ok(!fields(labelled, otherUnit).includes('consultation.shortName'))
  })

  it('a label edited since the page loaded, or with a message of the check at one of its entries, leaves the list', () => {
    assert.ok(!fields(labelled, last, { ...labelled, topics: ['社保'] }).includes('topics'))
    assert.ok(!fields(labelled, last, labelled, ['documents/d1.json|audience[1]']).includes('audience'))
  })

  it('keeps on its own a date whose days are not what its words say, or whose name, act or words changed', () => {
    const dates = (changed: object, original = dated) =>
      carriedFacts({
        docId: 'd1',
        files: { 'documents/d1.json': { ...labelled, dates: [{ ...date, ...changed }] } },
        loaded: { 'documents/d1.json': { ...labelled, dates: [{ ...date, ...changed }] } },
        predecessor: last,
        original,
        flagged: [],
        copied: [],
      }).filter((fact) => fact.field === 'dates[0]')
    assert.equal(dates({}).length, 1)
    assert.deepEqual(dates({ end: '2023-12-24' }), [], 'the end is not the day the words say')
    assert.deepEqual(dates({ start: '2022-09-01' }), [], 'the start kept last year')
    assert.deepEqual(dates({ label: '2024年度集中缴费期' }), [], 'its name changed')
    assert.deepEqual(dates({ act: '交城乡居民医保费' }), [], 'what residents are to do changed')
    assert.deepEqual(dates({}, [dated[0]]), [], 'its words are not in this 原文')
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
