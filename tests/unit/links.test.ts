// Where links lead now that the tools and the documents in full live in subpackages.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { forwardedCalcPath, movedPagePath } from '#src/domain/links/routes'
import { issueDocumentPath } from '#src/domain/links/document-links'
import { findDocument } from '#src/content/catalogue'
import { DOCUMENT_HEAD_FIELDS } from '#src/content/types'
import { latestFullIssue } from '../../scripts/build/content/issues'

describe('printed calculator codes (pages/calc/index) are passed on as they came', () => {
  it('keeps ?id, ?scene and ?q, drops anything else, and never lets a value break the query', () => {
    assert.equal(forwardedCalcPath({ id: 'yibao' }), '/packages/tools/pages/calc/index?id=yibao')
    assert.equal(forwardedCalcPath({ scene: 'yibao', from: 'x' }), '/packages/tools/pages/calc/index?scene=yibao')
    // Already percent-encoded values stay as they are: the calculator page decodes them (decodeRepeatedly).
    assert.equal(
      forwardedCalcPath({ q: 'https%3A%2F%2Fgb.lishi.example.cn%2Fc%2Fyibao' }),
      '/packages/tools/pages/calc/index?q=https%3A%2F%2Fgb.lishi.example.cn%2Fc%2Fyibao',
    )
    assert.equal(forwardedCalcPath({ id: 'a&scene=b#c' }), '/packages/tools/pages/calc/index?id=a%26scene%3Db%23c')
    assert.equal(forwardedCalcPath({}), '/packages/tools/pages/calc/index')
  })
})

describe('links made before the tools moved', () => {
  it('open the moved page with its id; a path that never existed is not a moved page', () => {
    assert.equal(movedPagePath('pages/selfcheck/index', { id: 'canyin-ranqi' }), '/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    assert.equal(movedPagePath('/pages/rates/index', {}), '/packages/tools/pages/rates/index')
    assert.equal(movedPagePath('pages/check/index', { step: '2' }), '/packages/tools/pages/check/index')
    assert.equal(movedPagePath('pages/nothing/index', { id: 'x' }), undefined)
    assert.equal(movedPagePath('pages/doc/index', { id: 'lzbf2022-34' }), undefined)
  })
})

describe('the main package knows each document by its head', () => {
  it('has 文号, title, summary and phone of every document, and none of its key points or dates', () => {
    const head = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'generated', '2022-03', 'head.json'), 'utf8'),
    ) as { documents: Record<string, unknown>[] }
    assert.deepEqual(
      head.documents.map((doc) => doc.id),
      latestFullIssue.documents.map((doc) => doc.id),
    )
    for (const [index, doc] of head.documents.entries()) {
      assert.deepEqual(Object.keys(doc).sort(), [...DOCUMENT_HEAD_FIELDS].sort())
      const full = latestFullIssue.documents[index]
      for (const field of DOCUMENT_HEAD_FIELDS) assert.deepEqual(doc[field], full[field], `${full.id} ${field}`)
    }
    assert.equal(findDocument('lzbf2022-34')?.doc.consultation.phone, '0358-8227879')
    assert.equal((findDocument('lzbf2022-34')?.doc as unknown as Record<string, unknown>).keyPoints, undefined)
  })

  it('opens a document in full in its issue’s subpackage, with a clause passed on', () => {
    assert.equal(issueDocumentPath('lzbf2022-34'), '/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34')
    assert.equal(
      issueDocumentPath('lzbf2022-34', { at: '三（二）' }),
      `/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34&at=${encodeURIComponent('三（二）')}`,
    )
    assert.equal(issueDocumentPath('lzbf2022-99'), undefined)
  })
})
