// Reading the 原文 on a phone and searching inside it: links are validated, landings are right, every block is
// rendered exactly once across the chunks, and the full-text index answers as a plain scan does.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { blockText } from '#src/content/original-document'
import { buildFullTextIndex, hitText, scanFullText, searchFullText, snippet } from '#src/domain/search/fulltext'
import {
  chunksUpTo,
  columnLabels,
  landingBlock,
  markWords,
  outline,
  readingChunks,
  rowWithWords,
  shownRows,
} from '#src/domain/original-reader'
import { phoneRuns } from '#src/domain/phone'
import { MAX_WORDS_LENGTH, readAnchor, readWords } from '#src/domain/links/link-targets'
import { originals } from '#src/packages/issue-2022-03/original'

const all = Object.values(originals)
const yibao = originals['lzbf2022-34']

describe('links into the 原文', () => {
  it('accepts anchors of the right shape, percent-encoded as WeChat and the H5 router pass them', () => {
    assert.equal(readAnchor('三（二）'), '三（二）')
    assert.equal(readAnchor(encodeURIComponent('三（二）')), '三（二）')
    assert.equal(readAnchor(encodeURIComponent(encodeURIComponent('附件3'))), '附件3')
    assert.equal(readAnchor('b16'), 'b16')
  })

  it('ignores garbage, overlong and hostile anchors and words', () => {
    for (const raw of ['', '   ', '<script>', 'x'.repeat(40), '三（二）; DROP', '%E4%B8', '../../etc', '1e309'])
      assert.equal(readAnchor(raw), undefined, raw)
    for (const raw of ['', '<b>低保</b>', '低'.repeat(MAX_WORDS_LENGTH + 1), '%E4%B8']) assert.equal(readWords(raw), undefined, raw)
    assert.equal(readWords(encodeURIComponent('低保对象个人缴纳70元')), '低保对象个人缴纳70元')
  })

  it('reads cited words with the gazette’s own “%” as the link carries them, decoded once', () => {
    assert.equal(readWords(encodeURIComponent('硫份低于1%、灰份低于16%')), '硫份低于1%、灰份低于16%')
    assert.equal(readWords('硫份低于1%、灰份低于16%'), '硫份低于1%、灰份低于16%')
    assert.equal(readWords(encodeURIComponent('50%25')), '50%25')
  })

  it('lands at an anchor, else at the cited words, else nowhere (the top)', () => {
    assert.equal(yibao.blocks[landingBlock(yibao, { at: '三（二）' })!].id, '三（二）')
    assert.equal(yibao.blocks[landingBlock(yibao, { words: '低保对象个人缴纳 70 元' })!].id, '三（二）')
    assert.equal(yibao.blocks[landingBlock(yibao, { at: '九（九）', words: '断保90天' })!].id, '四（三）')
    assert.equal(landingBlock(yibao, { at: '九（九）' }), undefined)
    assert.equal(landingBlock(yibao, { words: '火星移民' }), undefined)
  })

  it('highlights the words however the gazette spaces or brackets them', () => {
    const [parts] = markWords(['(二)低保对象个人缴纳70元,定额资助280元。'], '低保对象个人缴纳 70 元，定额')!
    assert.deepEqual(parts, [
      { text: '(二)', hit: false },
      { text: '低保对象个人缴纳70元,定额', hit: true },
      { text: '资助280元。', hit: false },
    ])
    assert.equal(markWords(['没有这几个字'], '低保'), undefined)
  })
})

describe('phone numbers in the 原文', () => {
  it('are runs of their own (shown unbroken), however the gazette writes the dash', () => {
    assert.deepEqual(phoneRuns('咨询电话：0358-8498612'), [
      { text: '咨询电话：', phone: false },
      { text: '0358-8498612', phone: true },
    ])
    assert.deepEqual(phoneRuns('联系电话0358—3383438。手机13912345678'), [
      { text: '联系电话', phone: false },
      { text: '0358—3383438', phone: true },
      { text: '。手机', phone: false },
      { text: '13912345678', phone: true },
    ])
    for (const text of ['资金7135.10万元', '编号123456789012', '']) assert.deepEqual(phoneRuns(text), [{ text, phone: false }])
  })
})

describe('the 原文 in chunks', () => {
  for (const doc of all) {
    it(`${doc.docNo}: every block and every shown table row is rendered once, in order`, () => {
      const chunks = readingChunks(doc)
      const seen: string[] = []
      for (const piece of chunks.flat()) {
        const table = doc.blocks[piece.block].table
        if (piece.rows) for (let row = piece.rows[0]; row < piece.rows[1]; row++) seen.push(`${piece.block}:${row}`)
        else seen.push(table ? `${piece.block}:all` : `${piece.block}`)
      }
      const expected = doc.blocks.flatMap((block, index) => {
        if (!block.table || piece(doc, index)) return [block.table ? `${index}:all` : `${index}`]
        return shownRows(block.table).map((_, row) => `${index}:${row}`)
      })
      assert.deepEqual(seen, expected)
    })
  }

  function piece(doc: (typeof all)[number], index: number): boolean {
    return readingChunks(doc)
      .flat()
      .some((each) => each.block === index && !each.rows)
  }

  it('a long document is cut into chunks of bounded size', () => {
    const powers = originals['lzf2022-32']
    const chunks = readingChunks(powers)
    assert.ok(chunks.length >= 4, `${chunks.length} chunks`)
    for (const chunk of chunks) {
      const size = chunk.reduce((sum, each) => {
        const block = powers.blocks[each.block]
        if (!each.rows) return sum + blockText(block).length
        return (
          sum +
          shownRows(block.table!)
            .slice(each.rows[0], each.rows[1])
            .reduce((total, { row }) => total + row.join('').length, 0)
        )
      }, 0)
      assert.ok(chunk.length === 1 || size <= 6000, `${size} characters in ${chunk.length} pieces`)
    }
  })

  it('renders up to the landing block, and in a long table up to the row with the words', () => {
    const powers = originals['lzf2022-32']
    const chunks = readingChunks(powers)
    const table = powers.blocks.findIndex((block) => block.table)
    const row = rowWithWords(powers.blocks[table], '对申请最低生活保障家庭的审核转报')!
    assert.equal(shownRows(powers.blocks[table].table!)[row].row[0], '51')
    const upTo = chunksUpTo(chunks, table, row)
    assert.ok(upTo > chunksUpTo(chunks, table))
    assert.ok(chunks[upTo - 1].some((each) => each.block === table && each.rows![0] <= row && row < each.rows![1]))
    assert.equal(chunksUpTo(chunks, undefined), 1)
  })

  it('the 权责 cards name each column, 实施主体 split into 乡镇 and 街道', () => {
    const table = originals['lzf2022-32'].blocks.find((block) => block.table)!.table!
    assert.deepEqual(columnLabels(table).slice(0, 6), ['序号', '职权类型', '职权名称', '职权依据', '实施主体·乡镇', '实施主体·街道'])
  })

  it('the outline lists the document’s own headings and annexes', () => {
    const texts = outline(yibao).map((entry) => entry.text)
    assert.deepEqual(texts.slice(0, 7), [
      '一、参保范围',
      '二、缴费标准',
      '三、资助标准',
      '四、缴费时间',
      '五、缴费方式',
      '六、职责分工',
      '七、工作要求',
    ])
    assert.ok(texts.includes('附件3'))
  })
})

describe('search inside the 原文', () => {
  const index = buildFullTextIndex(all)

  for (const [query, docId, place] of [
    ['上面千条线', 'lzf2022-25', '四（三）'],
    ['禁止燃烧硫份', 'lzbf2022-36', ''],
    ['断保90天', 'lzbf2022-34', '四（三）'],
    ['断保 90 天', 'lzbf2022-34', '四（三）'],
  ] as const) {
    it(`finds “${query}”, which only the body says`, () => {
      const { hits } = searchFullText(index, query)
      const hit = hits.find((each) => each.docId === docId)
      assert.ok(hit, JSON.stringify(hits))
      assert.equal(originals[docId].blocks[hit.index].path, place)
      assert.equal(hit.anchor, originals[docId].blocks[hit.index].id)
      assert.equal(hitText(index, hit), blockText(originals[docId].blocks[hit.index]))
      const piece = snippet(hitText(index, hit), query)
      assert.equal(piece.hit.replace(/\s/g, ''), query.replace(/\s/g, ''))
    })
  }

  it('answers exactly as a scan of every block does', () => {
    for (const query of ['医保', '低保', '上面千条线', '燃气', '70元', '乡镇', 'S-ECO', '火星移民', '2022年']) {
      const indexed = searchFullText(index, query, 1000)
      assert.deepEqual(
        { total: indexed.total, hits: indexed.hits.map(({ docId, index: at }) => ({ docId, index: at })) },
        scanFullText(all, query, 1000),
        query,
      )
    }
  })

  it('puts the document that says it most first, and ignores one-character queries', () => {
    const { hits } = searchFullText(index, '医保')
    assert.equal(hits[0].docId, 'lzbf2022-34')
    assert.deepEqual(searchFullText(index, '煤'), { hits: [], total: 0 })
  })
})
