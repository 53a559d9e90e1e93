// One search box: Chinese substrings, full pinyin, initials, loose 文号, villages, phone numbers.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSearchIndex, normaliseText, parseDocNoQuery, scanIndex, search } from '../../src/domain/search'
import { buildEntries, entriesAreCurrent } from '../../scripts/search-entries'

const index = buildSearchIndex(buildEntries())
const first = (query: string, kind: string) => search(index, query).find((group) => group.kind === kind)?.hits[0]?.entry

describe('search', () => {
  it('the shipped entries are current with the content', () => {
    assert.ok(entriesAreCurrent(), 'run npm run search:entries')
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
    assert.deepEqual(search(index, '34号')[0].hits.slice(0, 2).map((hit) => hit.entry.subtitle.split(' · ')[0]).sort(), ['离政办发〔2022〕34号', '离政发〔2022〕34号'])
    assert.equal(search(index, '〔2022〕34')[0].hits.length, 2)
    assert.match(first('离政发〔2022〕25号', 'doc')!.subtitle, /^离政发〔2022〕25号/)
    assert.deepEqual(parseDocNoQuery('离政办发34'), { kind: '离政办发', year: undefined, number: 34 })
    assert.equal(parseDocNoQuery('医保'), undefined)
    assert.equal(parseDocNoQuery('34'), undefined, 'a bare number is a number, not a 文号')
  })

  it('highlights the matched part of the title, for Chinese and for pinyin', () => {
    const hit = search(index, '宅基地').find((g) => g.kind === 'power')!.hits[0]
    assert.equal(hit.entry.title.slice(hit.highlight!.start, hit.highlight!.end), '宅基地')
    const pinyinHit = search(index, 'zhaijidi').find((g) => g.kind === 'power')!.hits[0]
    assert.equal(pinyinHit.entry.title.slice(pinyinHit.highlight!.start, pinyinHit.highlight!.end), '宅基地')
  })

  it('groups results in a fixed order and counts beyond the shown ones', () => {
    const groups = search(index, '乡村振兴')
    assert.deepEqual(groups.map((g) => g.label), groups.map((g) => g.label).sort((a, b) => ['文件', '权责事项', '项目', '电话', '计算器'].indexOf(a) - ['文件', '权责事项', '项目', '电话', '计算器'].indexOf(b)))
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
