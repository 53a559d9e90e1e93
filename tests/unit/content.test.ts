// Content integrity: the 15 documents of 公报2022年第3期 against the gazette text itself.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import dayjs from 'dayjs'
import { fullIssues, latestFullIssue, findFullDocument } from '../../scripts/build/content/issues'
import { isValidIsoDate } from '#src/domain/dates/dates'
import { DOC_ID_PATTERN, SCENE_MAX_LENGTH } from '#src/domain/links/deeplink'
import { isWellFormedPhone, normalizePhone } from '#src/domain/phone'
import { docNoOfId } from '#src/domain/links/deeplink'
import { bodyDocNos, printedDocument, squash, squashedGazette } from './gazette-source'

const issue = latestFullIssue
const docs = issue.documents

// The consultation lines the issue tracker lists for the 15 documents (checked against the text below too).
const EXPECTED_LINES: Record<string, [string, string]> = {
  'lzf2022-25': ['乡村振兴局', '0358-8223386'],
  'lzf2022-28': ['人社局', '0358-8222401'],
  'lzf2022-32': ['行政审批局', '0358-8498612'],
  'lzf2022-33': ['乡村振兴局', '0358-8223386'],
  'lzf2022-34': ['人社局', '0358-8222401'],
  'lzbf2022-25': ['教科局', '0358-8218886'],
  'lzbf2022-26': ['人社局', '0358-8222401'],
  'lzbf2022-29': ['人社局', '0358-8222401'],
  'lzbf2022-30': ['住建局', '0358-8226197'],
  'lzbf2022-31': ['住建局', '0358-8226197'],
  'lzbf2022-32': ['工信局', '0358-8223621'],
  'lzbf2022-33': ['现代农业发展服务中心', '0358-3383438'],
  'lzbf2022-34': ['医疗保障局', '0358-8227879'],
  'lzbf2022-35': ['市场监督管理局', '0358-8228997'],
  'lzbf2022-36': ['能源局', '0358-8220931'],
}

describe('issue 2022年第3期', () => {
  it('has the cover facts of the gazette', () => {
    assert.equal(issue.number, 3)
    assert.equal(issue.totalNumber, 6)
    assert.equal(issue.publishedOn, '2022-09-30')
    assert.ok(squashedGazette.includes('2022年第3期'))
    assert.ok(squashedGazette.includes('(总第6期)'))
    assert.ok(squashedGazette.includes('2022年9月30日出版'))
    assert.ok(squashedGazette.includes(`主办单位:${issue.sponsor}`))
    assert.ok(squashedGazette.includes(issue.legalNote))
    assert.ok(squashedGazette.includes(`E-mail${issue.office.email}`))
    assert.ok(squashedGazette.includes(squash(`电话 ${issue.office.phone}`)))
    assert.ok(squashedGazette.includes(squash(`地址：${issue.office.address}`)))
  })

  it('holds exactly the 15 documents printed in the body, in 目录 order', () => {
    assert.equal(docs.length, 15)
    assert.deepEqual(
      docs.map((doc) => doc.docNo),
      bodyDocNos(),
    )
  })

  it('gives every document a unique id that works as a 小程序码 scene and matches its 文号', () => {
    const ids = docs.map((doc) => doc.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const doc of docs) {
      assert.match(doc.id, DOC_ID_PATTERN)
      assert.ok(doc.id.length <= SCENE_MAX_LENGTH)
      assert.equal(doc.docNo, docNoOfId(doc.id))
      assert.equal(findFullDocument(doc.id)?.doc, doc)
    }
    assert.deepEqual(Object.keys(EXPECTED_LINES).sort(), [...ids].sort())
  })

  for (const doc of docs) {
    describe(`${doc.docNo} (${doc.id})`, () => {
      const printed = printedDocument(doc.docNo)

      it('consultation unit and phone equal the 政策咨询 block printed beside it', () => {
        assert.equal(doc.consultation.unit, printed.consultUnit)
        assert.equal(doc.consultation.phone, normalizePhone(printed.consultPhone))
        assert.ok(isWellFormedPhone(doc.consultation.phone))
        assert.deepEqual([doc.consultation.shortName, doc.consultation.phone], EXPECTED_LINES[doc.id])
        assert.ok(doc.consultation.unit.endsWith(doc.consultation.shortName))
      })

      it('signing date, 目录 page and title match the gazette', () => {
        const [, y, m, d] = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(printed.signedLine) ?? []
        assert.equal(doc.signedOn, dayjs(`${y}-${m}-${d}`).format('YYYY-MM-DD'))
        assert.equal(doc.page, printed.tocPage)
        assert.ok(squashedGazette.includes(squash(doc.title)), doc.title)
      })

      it('issuer and category follow the 文号', () => {
        const byGovernment = doc.id.startsWith('lzf')
        assert.equal(doc.issuer, byGovernment ? '区人民政府' : '区人民政府办公室')
        assert.equal(doc.category, byGovernment ? '区政府文件' : '区政府办公室文件')
        assert.ok(doc.title.startsWith(byGovernment ? '吕梁市离石区人民政府关于' : '吕梁市离石区人民政府办公室关于'))
      })

      it('has a summary, 3–8 key points, readers, and valid machine dates', () => {
        assert.ok(doc.summary.length > 10 && doc.summary.length <= 120, 'one plain sentence')
        assert.ok(doc.keyPoints.length >= 3 && doc.keyPoints.length <= 8, `${doc.keyPoints.length} key points`)
        assert.ok(doc.audience.length > 0)
        assert.ok(doc.topics.length > 0)
        assert.ok(doc.dates.length > 0)
        assert.ok(isValidIsoDate(doc.signedOn))
        for (const window of doc.dates) {
          for (const day of [window.start, window.end]) if (day !== undefined) assert.ok(isValidIsoDate(day), `${window.label}: ${day}`)
          if (window.start && window.end) assert.ok(window.start <= window.end, window.label)
          if (!window.start && !window.end) assert.ok(window.source, `${window.label} needs the gazette's words`)
        }
        assert.equal(doc.publicRelease, true)
      })
    })
  }

  it('every issue keeps its document ids unique across issues', () => {
    const all = fullIssues.flatMap((each) => each.documents.map((doc) => doc.id))
    assert.equal(new Set(all).size, all.length)
  })
})
