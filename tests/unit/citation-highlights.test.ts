// Every link into the 原文 that the content makes — each rule parameter's citation (calculator lines, 补助标准一览
// rows), each key point's source, each date's gazette words — lands on the block holding its words, with exactly
// those words marked. Followed the way the app does it: the link is built (routes.ts), handed over by the
// router still percent-encoded, read (link-targets), the block found and the words marked (original-reader, the
// functions OriginalPage and OriginalText render with).
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { fullIssues } from '../../scripts/build/content/issues'
import { clauseAnchor, locateCitation, squashText, type OriginalBlock, type OriginalDocument } from '#src/content/original-document'
import { originalIssues } from '#src/content/generated/original-issues'
import { allParams } from '#src/content/rules-in-force'
import { normaliseRouteParams } from '#src/domain/links/deeplink'
import { readAnchor, readWords } from '#src/domain/links/link-targets'
import { originalPagePath } from '#src/domain/links/document-links'
import { chunksUpTo, landingBlock, markInBlock, markWords, readingChunks, rowWithWords } from '#src/domain/original-reader'

interface CitedWords {
  what: string
  docId: string
  words: string
  /** A rule parameter's clause: the block it names is where the link must land. */
  clause?: string
}

const cited: CitedWords[] = [
  ...allParams.map((param) => ({ what: `rule ${param.id}`, docId: param.cite.docId, words: param.cite.words, clause: param.cite.clause })),
  ...fullIssues.flatMap((issue) =>
    issue.documents.flatMap((doc) => [
      ...doc.keyPoints.map((point, index) => ({ what: `${doc.docNo} 要点${index + 1}`, docId: doc.id, words: point.source })),
      ...doc.dates.flatMap((window) =>
        window.source ? [{ what: `${doc.docNo} 时间“${window.label}”`, docId: doc.id, words: window.source }] : [],
      ),
    ]),
  ),
]

// Each issue's 原文 as its subpackage ships it.
const originalsOf = new Map<string, Record<string, OriginalDocument>>()
before(async () => {
  for (const issueId of originalIssues) {
    originalsOf.set(
      issueId,
      ((await import(`../../src/packages/issue-${issueId}/original`)) as { originals: Record<string, OriginalDocument> }).originals,
    )
  }
})
const originalOf = (docId: string) => [...originalsOf.values()].find((originals) => originals[docId])?.[docId]

/** The page's parameters as WeChat and Taro's H5 router hand them over: split, not decoded. */
function paramsOf(path: string) {
  const query = path.slice(path.indexOf('?') + 1)
  return normaliseRouteParams(
    Object.fromEntries(query.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
  )
}

/** What the 原文 page opens at and marks for a link, as OriginalPage and OriginalText do. */
function opened(doc: OriginalDocument, path: string) {
  const params = paramsOf(path)
  const words = readWords(params.hl)
  const landing = landingBlock(doc, { at: readAnchor(params.at), words })
  if (landing === undefined) return { words }
  const block = doc.blocks[landing]
  const shownChunks = readingChunks(doc).slice(0, chunksUpTo(readingChunks(doc), landing, rowWithWords(block, words)))
  return { words, landing, block, mark: markInBlock(block, words), shownChunks }
}

const marked = (mark: ReturnType<typeof markInBlock>) =>
  mark?.parts.flatMap((parts) => parts.filter((part) => part.hit).map((part) => part.text)) ?? []

describe('every citation opens the 原文 at its words, highlighted', () => {
  it('the content has citations with “%” (so this test covers them)', () => {
    assert.ok(cited.some((each) => each.words.includes('%')))
    assert.ok(cited.length > 200, `${cited.length} citations`)
  })

  for (const each of cited) {
    it(`${each.what}: “${each.words}”`, () => {
      const doc = originalOf(each.docId)
      assert.ok(doc, `no 原文 for ${each.docId}`)
      // As Citation.tsx links a rule's citation: with its clause's anchor.
      const path = originalPagePath(each.docId, { at: each.clause ? clauseAnchor(each.clause) : undefined, words: each.words })
      assert.ok(path, 'no link to the 原文')
      const page = opened(doc, path)
      assert.equal(page.words, each.words, 'the words do not come through the link')
      assert.ok(page.block, 'the 原文 opens at the top, not at the words')
      if (each.clause) {
        const named = locateCitation(doc, each.clause, each.words)
        assert.ok(!('problem' in named), 'problem' in named ? named.problem : '')
        assert.equal(page.block, named.block, `lands in ${page.block.id}, not in the clause ${each.clause}`)
      }
      assert.ok(page.mark, 'the block is opened but nothing in it is highlighted')
      // Exactly the cited words are marked, in one place (a paragraph, or one row of a table across its cells).
      assert.equal(squashText(marked(page.mark).join('')), squashText(each.words))
      // The marked row of a long table is rendered when the page opens.
      const rendered = page.shownChunks
        .flat()
        .some(
          (piece) =>
            piece.block === page.landing &&
            (!piece.rows || page.mark!.row === undefined || (piece.rows[0] <= page.mark!.row && page.mark!.row < piece.rows[1])),
        )
      assert.ok(rendered, 'the highlighted words are not rendered when the page opens')
    })
  }
})

describe('a citation opens in the clause it names', () => {
  const block = (id: string, clause: string, text: string, kind: OriginalBlock['kind'] = 'clause'): OriginalBlock => ({
    id,
    kind,
    clause,
    text: `${clause}${text}`,
    path: id,
  })
  const doc: OriginalDocument = {
    id: 'x',
    docNo: 'x',
    blocks: [
      block('一', '一、', '城市低保对象每人每月补助标准为700元。'),
      block('二', '二、', '农村低保', 'heading'),
      block('二（一）', '（一）', '对象范围按规定认定。'),
      block('二（二）', '（二）', '农村低保对象每人每月补助标准为700元。'),
    ],
    corrections: [],
  }
  const words = '每人每月补助标准为700元'

  it('words printed in two clauses: a citation of 二、 lands in 二（二）, where they are, highlighted', () => {
    const page = opened(doc, citationLink('二、', words))
    assert.equal(page.block?.id, '二（二）')
    assert.equal(squashText(marked(page.mark).join('')), squashText(words))
  })

  it('words not in the named clause: the clause itself, not the words elsewhere', () => {
    assert.equal(opened(doc, citationLink('二、', '城市低保对象')).block?.id, '二')
  })

  it('a clause written as no anchor (附件 第3项): the first block holding the words', () => {
    assert.equal(opened(doc, citationLink('附件 第3项', words)).block?.id, '一')
  })

  /** The link Citation.tsx builds, on a page path of its own (this made-up document is in no issue). */
  function citationLink(clause: string, cited: string): string {
    const at = clauseAnchor(clause)
    return `/p?id=x${at ? `&at=${encodeURIComponent(at)}` : ''}&hl=${encodeURIComponent(cited)}`
  }
})

describe('words are found however the text export or the citation writes them', () => {
  const block = (text: string): OriginalBlock => ({ id: 'b1', kind: 'paragraph', text, path: '' })

  for (const [text, words] of [
    ['禁止燃烧硫份高于1%、灰份高于16%的散煤。', '硫份高于１％、灰份高于１６％'],
    ['禁止燃烧硫份高于１％、灰份高于１６％的散煤。', '硫份高于1%、灰份高于16%'],
    ['含硫量不超过3‰。', '不超过3‰'],
    ['面积达到300-500亩的', '300—500亩'],
    ['（二）低保对象个人缴纳70元，定额资助280元。', '(二)低保对象个人缴纳70元,定额'],
    ['比例不超过 4\n0%，单季作物亩均补助不超\n过130元', '不超过40%，单季作物亩均补助不超过130元'],
    ['产业类项目7135．10万元', '7135.1'],
  ]) {
    it(`“${words}” in “${text.replace(/\n/g, '⏎')}”`, () => {
      const doc: OriginalDocument = { id: 'x', docNo: 'x', blocks: [block('别的段落'), block(text)], corrections: [] }
      const path = `/p?id=x&hl=${encodeURIComponent(words)}`
      const page = opened(doc, path)
      assert.equal(page.landing, 1)
      assert.equal(squashText(marked(page.mark).join('')), squashText(words))
    })
  }

  it('a table row’s words across its cells are marked in those cells only', () => {
    const parts = markWords(['', '产业类项目', '', '7135.10', '万元'], '产业类项目 7135.1')
    assert.deepEqual(parts, [
      [],
      [{ text: '产业类项目', hit: true }],
      [],
      [
        { text: '7135.1', hit: true },
        { text: '0', hit: false },
      ],
      [{ text: '万元', hit: false }],
    ])
  })
})
