// The 原文 of every document (src/packages/issue-2022-03/original, built by `npm run generate`): the whole printed
// text, nothing lost or changed except the reviewed corrections; its facts equal the content's; the annex tables
// are whole; the files on disk are what the build writes.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fullIssues } from '../../scripts/build/content/issues'
import { blockWithWords, locateCitation, type OriginalDocument } from '#src/content/original-document'
import { projectPlans } from '../../scripts/build/content/annex-tables'
import { allLists, allParams } from '#src/content/rules-in-force'
import { originals } from '#src/packages/issue-2022-03/original'
import { applyCorrections, withoutExportMarkup } from '../../scripts/build/import/original-blocks'
import { documentSections } from '../../scripts/build/import/parse'
import { buildIssueOriginals } from '../../scripts/build/original-files'
import { gazetteText, squash } from './gazette-source'

const issue = fullIssues.find((each) => each.id === '2022-03')!
const folder = join(import.meta.dirname, '..', '..', 'src', 'content', 'issues', '2022-03')
const sections = documentSections(gazetteText)
const noSpace = (text: string) => text.replace(/\s+/g, '')
/** Where the title printed above the body differs from the 目录 (which the content follows). */
const BODY_TITLES: Record<string, string> = {
  // 目录: …家政服务业标准化试点…; above the body: …家政服务标准化试点…
  'lzbf2022-35': '吕梁市离石区人民政府办公室关于印发吕梁市离石区省级家政服务标准化试点项目建设实施方案的通知',
}

/** Every character the 原文 holds, in order: block texts, and each table's header and every printed row. */
function heldText(doc: OriginalDocument): string {
  return doc.blocks
    .map((block) => (block.table ? [block.table.columns, ...block.table.rows].map((row) => row.join('')).join('') : block.text))
    .join('')
}

describe('原文 of every document', () => {
  it('exists for each of the 15 documents', () => {
    assert.deepEqual(Object.keys(originals).sort(), issue.documents.map((doc) => doc.id).sort())
  })

  for (const doc of issue.documents) {
    describe(`${doc.docNo} (${doc.id})`, () => {
      const original = originals[doc.id]
      const section = sections.find((each) => each.id === doc.id)!

      it('shows exactly the printed text with its corrections applied (whitespace and export markup aside)', () => {
        const corrected = applyCorrections(section.lines.join('\n'), original.corrections)
        assert.deepEqual(corrected.problems, [])
        assert.equal(noSpace(heldText(original)), noSpace(withoutExportMarkup(corrected.text)))
      })

      it('every correction changes the text and says why', () => {
        for (const correction of original.corrections) {
          assert.notEqual(noSpace(correction.original), noSpace(correction.corrected))
          assert.ok(correction.reason.length >= 10, correction.reason)
        }
      })

      it('has its 文号, 主送, signature date and 政策咨询 block as the content has them', () => {
        const blocks = original.blocks
        assert.equal(noSpace(blocks.find((block) => block.kind === 'docNo')!.text), doc.docNo)
        assert.equal(squash(blocks.find((block) => block.kind === 'title')!.text), squash(BODY_TITLES[doc.id] ?? doc.title))
        const addressee = blocks.find((block) => block.kind === 'addressee')
        assert.ok(addressee && /^(各|区直)/.test(addressee.text) && /[:：]$/.test(addressee.text), `主送: ${addressee?.text}`)
        const dates = blocks
          .filter((block) => block.kind === 'signature')
          .map((block) => /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(block.text))
        const signed = dates.find(Boolean)!
        assert.equal(`${signed[1]}-${signed[2].padStart(2, '0')}-${signed[3].padStart(2, '0')}`, doc.signedOn)
        const consultation = blocks.filter((block) => block.kind === 'consultation').map((block) => squash(block.text))
        assert.ok(consultation.includes(squash(`咨询单位：${doc.consultation.unit}`)), consultation.join(' | '))
        assert.ok(consultation.includes(squash(`咨询电话：${doc.consultation.phone}`)), consultation.join(' | '))
        assert.equal(
          blocks.some((block) => block.kind === 'release'),
          doc.publicRelease,
        )
      })

      it('has unique anchors, clause anchors being their clause paths', () => {
        const ids = original.blocks.map((block) => block.id)
        assert.equal(new Set(ids).size, ids.length)
        for (const block of original.blocks.filter((each) => each.clause)) assert.equal(block.id.split('-')[0], block.path)
      })
    })
  }

  // Whether the files on disk are what the generation writes: tests/unit/generate.test.ts.
  it('the corrections are the reviewed files, and every one applies', () => {
    const built = buildIssueOriginals(folder, '2022-03')
    assert.deepEqual(built.problems, [])
    const corrections = JSON.parse(readFileSync(join(folder, 'corrections', 'lzf2022-34.json'), 'utf8')) as { corrections: unknown[] }
    assert.deepEqual(originals['lzf2022-34'].corrections, corrections.corrections)
  })

  it('离政发〔2022〕34号: the two interleaved printed columns read in order after its correction', () => {
    const texts = originals['lzf2022-34'].blocks.map((block) => block.text)
    assert.ok(texts.includes('董秋香同志区行政审批服务中心副主任职务。'), texts.join('\n'))
    assert.ok(texts.indexOf('特此通知') < texts.indexOf('吕梁市离石区人民政府'))
    // The correction only moves text: the same characters before and after.
    const [correction] = originals['lzf2022-34'].corrections
    assert.deepEqual([...noSpace(correction.original)].sort(), [...noSpace(correction.corrected)].sort())
  })
})

describe('annex tables in the 原文', () => {
  const table = (docId: string, columnIncludes: string) =>
    originals[docId].blocks.find((block) => block.table?.columns.some((column) => column.includes(columnIncludes)))!.table!
  const numbered = (rows: string[][]) => rows.filter((row) => /^\d+$/.test(row[0]))

  it('权责清单 (离政发〔2022〕32号): one table of 104 numbered items over many printed pages, headers not repeated', () => {
    const powers = table('lzf2022-32', '职权类型')
    assert.deepEqual(
      numbered(powers.rows).map((row) => Number(row[0])),
      Array.from({ length: 104 }, (_, i) => i + 1),
    )
    const shown = powers.rows.filter((_, index) => !powers.pageHeaders.includes(index))
    assert.ok(
      shown.every((row) => row[0] !== '序号'),
      'a repeated header is shown as a row',
    )
    assert.ok(powers.pageHeaders.length > 10)
  })

  for (const [docId, planId, count] of [
    ['lzf2022-25', 'initial', 17],
    ['lzf2022-33', 'adjusted', 57],
  ] as const) {
    it(`涉农资金 plan of ${docId}: ${count} projects whose amounts add up to the printed total`, () => {
      const plan = table(docId, '统筹整合财政涉农资金')
      const column = plan.columns.indexOf('统筹整合财政涉农资金')
      const rows = numbered(plan.rows)
      assert.equal(rows.length, count)
      const sum = rows.reduce((total, row) => total + Number(/^[\d.]+/.exec(row[column])?.[0] ?? NaN), 0)
      const printedTotal = projectPlans.find((each) => each.id === planId)!.printedTotal
      assert.ok(Math.abs(sum - printedTotal) < 0.005, `${sum} ≠ ${printedTotal}`)
      const totalRow = plan.rows.find((row) => row.includes('合计'))
      if (totalRow) assert.equal(Number(totalRow[column]), printedTotal)
    })
  }
})

describe('every citation lands on the sentence it quotes', () => {
  it('each rule parameter and list: its words are in a block of the clause it names, in the document it names', () => {
    for (const { id, cite } of [...allParams, ...allLists]) {
      const landing = locateCitation(originals[cite.docId], cite.clause, cite.words)
      assert.ok('block' in landing, `${id}: ${'problem' in landing ? landing.problem : ''}`)
      assert.ok(blockWithWords(originals[cite.docId], cite.words), id)
    }
  })

  it('each key point and each date with gazette words: the words are in that document’s 原文', () => {
    for (const doc of issue.documents) {
      for (const point of doc.keyPoints) assert.ok(blockWithWords(originals[doc.id], point.source), `${doc.id}: ${point.source}`)
      for (const window of doc.dates)
        assert.ok(!window.source || blockWithWords(originals[doc.id], window.source), `${doc.id}: ${window.source}`)
    }
  })
})

describe('words people search for are in the 原文', () => {
  for (const [docId, words] of [
    ['lzf2022-25', '上面千条线'],
    ['lzbf2022-34', '断保90天'],
    ['lzbf2022-36', '禁止燃烧硫份'],
  ] as const) {
    it(`${words} (${docId})`, () => assert.ok(blockWithWords(originals[docId], words)))
  }

  it('a citation lands in its clause, and not in another', () => {
    const doc = originals['lzbf2022-34']
    const hit = locateCitation(doc, '三、（二）', '低保对象个人缴纳70元')
    assert.ok('block' in hit && hit.block.id === '三（二）')
    assert.ok('problem' in locateCitation(doc, '三、（三）', '低保对象个人缴纳70元'))
    assert.ok('problem' in locateCitation(doc, '九、', '低保对象个人缴纳70元'))
  })
})
