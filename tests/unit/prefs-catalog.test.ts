// Saved preferences read back safely, and the catalog views of an issue.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isKnownDocumentId, fullIssues, latestFullIssue } from '../../scripts/build/content/issues'
import { DEFAULT_PREFS, RECENT_LIMIT, readSavedPrefs, withRecent } from '#src/domain/saved/prefs'
import { consultationDirectory, documentsIn, shortTitle, topicOfTitle, topicsOf } from '#src/domain/issue-views'

describe('readSavedPrefs', () => {
  it('reads good data as saved', () => {
    assert.deepEqual(readSavedPrefs({ largeText: true, recentDocIds: ['lzbf2022-34'] }, isKnownDocumentId), {
      state: { largeText: true, recentDocIds: ['lzbf2022-34'], largeTextAsked: false },
      dropped: [],
    })
    assert.deepEqual(readSavedPrefs(null, isKnownDocumentId), { state: DEFAULT_PREFS, dropped: [] })
  })

  it('keeps what validates and names what does not', () => {
    for (const [raw, dropped] of [
      ['garbage', ['设置']],
      [42, ['设置']],
      [[1, 2], ['设置']],
      [{ largeText: 'yes' }, ['大字设置']],
      [{ recentDocIds: 'lzf2022-25' }, ['最近看过的文件']],
      [{ largeText: true, recentDocIds: [7] }, ['最近看过的文件']],
    ] as const) {
      const read = readSavedPrefs(raw, isKnownDocumentId)
      assert.deepEqual(read.dropped, dropped, JSON.stringify(raw))
      assert.equal(typeof read.state.largeText, 'boolean')
      assert.ok(read.state.recentDocIds.every(isKnownDocumentId))
    }
    assert.equal(readSavedPrefs({ largeText: true, recentDocIds: [7] }, isKnownDocumentId).state.largeText, true)
  })

  it('quietly drops ids of documents that are no longer shipped', () => {
    const read = readSavedPrefs({ largeText: false, recentDocIds: ['lzf1999-1', 'lzf2022-25'] }, isKnownDocumentId)
    assert.deepEqual(read.state.recentDocIds, ['lzf2022-25'])
    assert.deepEqual(read.dropped, [])
  })
})

describe('withRecent', () => {
  it('puts the newest first, without duplicates, up to the limit', () => {
    assert.deepEqual(withRecent(['a', 'b'], 'b'), ['b', 'a'])
    const many = Array.from({ length: RECENT_LIMIT }, (_, i) => `d${i}`)
    assert.equal(withRecent(many, 'new').length, RECENT_LIMIT)
    assert.equal(withRecent(many, 'new')[0], 'new')
  })
})

describe('catalog', () => {
  it('splits the issue into 5 区政府文件 and 10 区政府办公室文件', () => {
    assert.equal(documentsIn(latestFullIssue, '区政府文件').length, 5)
    assert.equal(documentsIn(latestFullIssue, '区政府办公室文件').length, 10)
    assert.deepEqual(
      documentsIn(latestFullIssue, '区政府办公室文件', '医保').map((doc) => doc.id),
      ['lzbf2022-34'],
    )
  })

  it('counts topics over all documents', () => {
    const topics = topicsOf(latestFullIssue)
    const total = topics.reduce((sum, topic) => sum + topic.count, 0)
    assert.equal(
      total,
      latestFullIssue.documents.reduce((sum, doc) => sum + doc.topics.length, 0),
    )
  })

  it('lists 10 consultation units; 人社局 0358-8222401 answers for four documents', () => {
    const lines = consultationDirectory(fullIssues)
    assert.equal(lines.length, 10)
    const hr = lines.find((line) => line.phone === '0358-8222401')
    assert.deepEqual(
      hr?.documents.map((doc) => doc.id),
      ['lzf2022-28', 'lzf2022-34', 'lzbf2022-26', 'lzbf2022-29'],
    )
    const phones = lines.map((line) => line.phone)
    assert.equal(new Set(phones).size, phones.length, 'one number per unit')
  })

  it('shortens titles by the issuer prefix only', () => {
    assert.equal(shortTitle(latestFullIssue.documents[0]), '关于印发吕梁市离石区2022年统筹整合使用财政涉农资金实施方案的通知')
  })

  it('a document’s topic, for a button beside its 文号: no issuer, 关于印发, place or 的通知', () => {
    assert.equal(
      topicOfTitle('吕梁市离石区人民政府办公室关于印发吕梁市离石区联合开展液化石油气行业“打非治违”专项行动实施方案的通知'),
      '联合开展液化石油气行业“打非治违”专项行动实施方案',
    )
    assert.equal(topicOfTitle('吕梁市离石区人民政府关于程晓亮等同志任免职务的通知'), '程晓亮等同志任免职务')
    assert.equal(
      topicOfTitle('吕梁市离石区人民政府办公室关于做好2022年城乡居民基本医疗保险缴费工作的通知'),
      '做好2022年城乡居民基本医疗保险缴费工作',
    )
  })
})
