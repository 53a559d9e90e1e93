// One search box: Chinese substrings, full pinyin, initials, loose 文号, villages, phone numbers.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSearchIndex, normaliseText, parseDocNoQuery, scanIndex, search } from '#src/domain/search/search'
import { buildEntries } from '../../scripts/build/search-entries'
import { fullIssues, latestFullIssue } from '../../scripts/build/content/issues'
import { docPagePath } from '#src/domain/links/routes'
import { consultationDirectory } from '#src/domain/issue-views'
import { readQuestion } from '#src/domain/search/question'
import { MONEY_WORDS, OFFICE_NAMES, QUESTION_WORDS, SEARCH_SYNONYMS } from '#src/domain/search/synonyms'
import { FIRST_SCREEN } from './search-questions'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const index = buildSearchIndex(buildEntries())
const firstShown = (query: string) =>
  search(index, query)
    .flatMap((group) => group.hits.map((hit) => hit.entry))
    .slice(0, FIRST_SCREEN)
const first = (query: string, kind: string) => search(index, query).find((group) => group.kind === kind)?.hits[0]?.entry

describe('search', () => {
  it('each issue ships its own entries: its documents and tables; the newest also contacts, calculators and help', () => {
    const entries = buildEntries(latestFullIssue.id)
    assert.deepEqual(
      entries.filter((entry) => entry.kind === 'doc').map((entry) => entry.path),
      latestFullIssue.documents.map((doc) => docPagePath(doc.id)),
    )
    for (const kind of ['power', 'project', 'phone', 'calc', 'help'])
      assert.ok(
        entries.some((entry) => entry.kind === kind),
        kind,
      )
    assert.throws(() => buildEntries('1999-01'), /unknown issue/)
  })

  const cases: [string, string, RegExp][] = [
    ['医保', 'doc', /城乡居民基本医疗保险缴费/],
    ['yibao', 'doc', /城乡居民基本医疗保险缴费/],
    ['yb', 'calc', /城乡居民医保/],
    ['宅基地', 'power', /^对农村宅基地和建房规划的审批$/],
    ['zhaijidi', 'power', /^对农村宅基地和建房规划的审批$/],
    ['上王营庄', 'project', /上王营庄/],
    ['李家山', 'project', /李家山/],
    ['清洁煤', 'doc', /冬季清洁煤供应/],
    ['护工', 'calc', /吕梁山护工/],
    ['8222401', 'phone', /人社局/],
    ['医疗保障局', 'phone', /医疗保障局/],
    ['民间纠纷', 'power', /对民间纠纷的调处/],
  ]
  for (const [query, kind, expected] of cases) {
    it(`“${query}” finds ${expected} first among ${kind}`, () => {
      const entry = first(query, kind)
      assert.ok(entry, `no ${kind} result`)
      assert.match(entry.title, expected)
    })
  }

  it('loose 文号: “离政办发34”, “34号”, “〔2022〕34”, “离政发〔2022〕25号”', () => {
    assert.match(first('离政办发34', 'doc')!.subtitle, /^离政办发〔2022〕34号/)
    assert.deepEqual(
      search(index, '34号')[0]
        .hits.slice(0, 2)
        .map((hit) => hit.entry.subtitle.split(' · ')[0])
        .sort(),
      ['离政办发〔2022〕34号', '离政发〔2022〕34号'],
    )
    assert.equal(search(index, '〔2022〕34')[0].hits.length, 2)
    assert.match(first('离政发〔2022〕25号', 'doc')!.subtitle, /^离政发〔2022〕25号/)
    assert.deepEqual(parseDocNoQuery('离政办发34'), { kind: '离政办发', year: undefined, number: 34 })
    assert.equal(parseDocNoQuery('医保'), undefined)
    assert.equal(parseDocNoQuery('34'), undefined, 'a bare number is not parsed as a 文号 (search still puts its documents first)')
    assert.deepEqual(parseDocNoQuery('离政办36'), { kind: '离政办发', year: undefined, number: 36 })
    assert.deepEqual(parseDocNoQuery('lzbf36'), { kind: '离政办发', year: undefined, number: 36 })
    assert.deepEqual(parseDocNoQuery('LZF2022-25'), { kind: '离政发', year: 2022, number: 25 })
  })

  it('highlights the matched part of the title, for Chinese and for pinyin', () => {
    const hit = search(index, '宅基地').find((g) => g.kind === 'power')!.hits[0]
    assert.equal(hit.entry.title.slice(hit.highlight!.start, hit.highlight!.end), '宅基地')
    const pinyinHit = search(index, 'zhaijidi').find((g) => g.kind === 'power')!.hits[0]
    assert.equal(pinyinHit.entry.title.slice(pinyinHit.highlight!.start, pinyinHit.highlight!.end), '宅基地')
  })

  it('puts the group with the best hit first and counts beyond the shown ones', () => {
    const groups = search(index, '乡村振兴')
    for (let i = 1; i < groups.length; i++) assert.ok(groups[i - 1].hits[0].score >= groups[i].hits[0].score)
    const projects = groups.find((g) => g.kind === 'project')!
    assert.ok(projects.total > projects.hits.length)
  })

  it('no-result and empty queries give no groups; full-width letters are read', () => {
    assert.deepEqual(search(index, '火星移民计划'), [])
    assert.deepEqual(search(index, '   '), [])
    assert.equal(normaliseText('ＹＩＢＡＯ'), 'yibao')
    assert.ok(search(index, 'ＹＩＢＡＯ').length > 0)
  })

  it('the bigram index finds the same entries as scanning them all', () => {
    for (const query of ['医保', 'yibao', 'yb', '宅基地', '上王营庄', '信义镇', '吴城', 'tuoguan']) {
      const indexed = search(index, query, 10000).reduce((sum, group) => sum + group.total, 0)
      const scanned = search(scanIndex(index.entries), query, 10000).reduce((sum, group) => sum + group.total, 0)
      assert.equal(indexed, scanned, query)
    }
  })
})

describe('search finds what people type (关怀)', () => {
  /** The first hit of the first group: what a person sees at the top of the screen. */
  const top = (query: string) => search(index, query)[0]?.hits[0]?.entry
  const firstScreen = (query: string) => search(index, query).flatMap((group) => group.hits.slice(0, 3).map((hit) => hit.entry))
  const cases: [string, (entry: { title: string; subtitle: string; kind: string }) => boolean, string][] = [
    ['xzxk', (e) => e.kind === 'power' && e.subtitle.includes('行政许可'), 'a 行政许可 item'],
    ['xingzhengxuke', (e) => e.kind === 'power' && e.subtitle.includes('行政许可'), 'a 行政许可 item'],
    ['离政办36', (e) => e.subtitle.startsWith('离政办发〔2022〕36号'), '离政办发〔2022〕36号'],
    ['lzbf36', (e) => e.subtitle.startsWith('离政办发〔2022〕36号'), '离政办发〔2022〕36号'],
    ['36', (e) => e.subtitle.startsWith('离政办发〔2022〕36号'), '离政办发〔2022〕36号'],
    ['zjj', (e) => e.kind === 'phone' && e.title.includes('住建局'), '住建局'],
    ['长辈', (e) => e.title.startsWith('大字'), 'the 大字 switch'],
    ['大字', (e) => e.title.startsWith('大字'), 'the 大字 switch'],
    ['老年', (e) => e.title.startsWith('大字'), 'the 大字 switch'],
    ['公报室', (e) => e.kind === 'phone' && e.title.includes('公报室'), '公报室'],
    ['12345', (e) => e.title.includes('本期公报没有印'), '12345, marked as not printed in this gazette'],
  ]
  for (const [query, isTarget, target] of cases) {
    it(`“${query}” finds ${target} first`, () => {
      const entry = top(query)
      assert.ok(entry && isTarget(entry), `${query}: first is ${entry?.title}`)
    })
  }
  it('“煤气” finds the 燃气 and 液化气 documents on the first screen', () => {
    const shown = firstScreen('煤气')
      .map((e) => e.subtitle)
      .join('\n')
    assert.match(shown, /离政办发〔2022〕32号/) // 餐饮场所燃气
    assert.match(shown, /离政办发〔2022〕30号/) // 液化石油气
  })
  it('“dibao” finds documents about 低保 on the first screen', () => {
    assert.ok(firstScreen('dibao').some((e) => e.subtitle.includes('离政办发〔2022〕34号')))
  })
  it('every synonym finds something, and says why it exists', async () => {
    const { SEARCH_SYNONYMS } = await import('#src/domain/search/synonyms')
    for (const [word, { also, why }] of Object.entries(SEARCH_SYNONYMS)) {
      assert.ok(why.length > 2, word)
      assert.ok(search(index, word).length > 0, `${word} → ${also.join('、')} finds nothing`)
    }
  })
  it('a contact hit opens that office, not the top of the list', () => {
    assert.equal(top('zjj')!.path, '/pages/contacts/index?phone=0358-8226197')
  })
})

describe('search reads a question, not only a keyword', () => {
  const top = (query: string) => search(index, query)[0]?.hits[0]?.entry
  const lineOf = (unit: string) => consultationDirectory(fullIssues).find((line) => line.unit.includes(unit))!

  it('drops the question words around what is asked for, and says whether a phone or money is asked', () => {
    assert.deepEqual(readQuestion('医保局电话'), { core: '医保局', asks: 'phone' })
    assert.deepEqual(readQuestion('住建局电话多少'), { core: '住建局', asks: 'phone' }, '电话多少 asks for a phone, not money')
    assert.deepEqual(readQuestion('请问宅基地怎么办'), { core: '宅基地', asks: undefined })
    assert.deepEqual(readQuestion('托管补贴多少钱'), { core: '托管补贴', asks: 'money' })
    assert.deepEqual(readQuestion('招工补贴'), { core: '招工补贴', asks: 'money' }, 'a 补贴 asks about money')
    assert.deepEqual(readQuestion('电话'), { core: '电话', asks: undefined }, 'never reads a query down to nothing')
  })

  it('a phone question answers with the office’s consultation line first, its number on the hit', () => {
    for (const [query, unit] of [
      ['医保局电话', '医疗保障局'],
      ['医保电话', '医疗保障局'],
      ['人社局电话', '人社局'],
      ['清洁煤电话', '能源局'],
    ]) {
      const first = top(query)
      assert.equal(first?.kind, 'phone', `${query}: first is ${first?.title}`)
      assert.equal(first.title, lineOf(unit).unit, query)
      assert.equal(first.phone, lineOf(unit).phone, query)
    }
  })

  it('a money question puts the calculators first, but not above an entry named exactly as typed', () => {
    assert.equal(search(index, '医保多少钱')[0].kind, 'calc')
    assert.equal(top('能领多少')?.title, '我能领什么', 'the help topic named 能领多少 stays first')
  })

  it('补贴、补助、奖补 are one family', () => {
    const target = top('托管补贴')
    assert.match(target!.title, /^农业生产托管：托管一季/, 'of equal hits, the calculator listed first (the farmers’) comes first')
    assert.equal(top('托管补助'), target)
    assert.equal(top('托管奖补')?.kind, 'calc')
    assert.ok(
      firstShown('交通补助').some((entry) => entry.kind === 'calc' && /外出打工/.test(entry.title)),
      'the gazette says 交通补贴',
    )
  })

  it('finds two words apart: 吸纳就业 → the employers’ calculator, 盖房审批 → the 宅基地 item', () => {
    assert.match(top('吸纳就业')!.title, /^就业帮扶：车间、企业/)
    assert.match(top('盖房审批')!.title, /宅基地和建房规划的审批/)
  })

  it('office names: both names of each office are printed in the gazette, and one of them is a consultation line', () => {
    const printed = fullIssues
      .map((issue) => readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'issues', issue.id, 'source.txt'), 'utf8'))
      .join('\n')
    const lines = consultationDirectory(fullIssues).map((line) => line.shortName)
    for (const { names, why } of OFFICE_NAMES) {
      for (const name of names) assert.ok(printed.includes(name), `${name} is not printed in the gazette`)
      assert.ok(
        names.some((name) => lines.includes(name)),
        `${names.join('、')} is no consultation line`,
      )
      assert.ok(why.length > 2)
      for (const name of names) assert.equal(top(name)?.kind, 'phone', name)
    }
  })

  it('every word in the data is written as a query is read (normalised)', () => {
    const words = [
      ...Object.entries(SEARCH_SYNONYMS).flatMap(([word, { also }]) => [word, ...also]),
      ...MONEY_WORDS.words,
      ...QUESTION_WORDS.flatMap((group) => group.words),
    ]
    for (const word of words) assert.equal(normaliseText(word), word)
    for (const group of QUESTION_WORDS) assert.ok(group.why.length > 2)
  })
})
