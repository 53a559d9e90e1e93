// The document page lists its 算一算 / 自查 entries from a generated title map (src/domain/generated/tool-titles.json, read by src/domain/tools/titles.ts), not
// from the tools themselves: the map must say exactly what the tools say.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculators } from '#src/domain/calculators'
import { currentEdition, toolEditions } from '#src/domain/tools/editions'
import { selfChecks } from '#src/domain/selfcheck'
import { pointersOfDocument, toolsOfDocument } from '#src/domain/tools/titles'
import { fullIssues } from '../../scripts/build/content/issues'

describe('tool titles of each document', () => {
  it('every calculator and self-check is listed under each document it belongs to, with its title', () => {
    for (const calculator of calculators) {
      for (const { docIds, edition } of toolEditions(calculator)) {
        for (const docId of docIds)
          assert.ok(
            toolsOfDocument(docId).some(
              (tool) =>
                tool.kind === 'calc' && tool.id === calculator.id && tool.title === calculator.title && tool.issueId === edition.issueId,
            ),
            calculator.id,
          )
      }
    }
    for (const check of selfChecks) {
      const home = currentEdition(check)!.docIds[0]
      assert.ok(
        toolsOfDocument(home).some((tool) => tool.kind === 'selfcheck' && tool.id === check.id && tool.title === check.title),
        check.id,
      )
    }
    assert.deepEqual(toolsOfDocument('lzf2022-34'), [])
  })

  it('a document’s seeAlso (content data) lists the self-check it sends those readers to, apart from its own tools', () => {
    const documents = fullIssues.flatMap((issue) => issue.documents).filter((doc) => doc.seeAlso)
    assert.ok(documents.length > 0, 'some document sends readers elsewhere')
    for (const doc of documents) {
      const expected = doc.seeAlso!.map(({ who, selfCheck }) => {
        const check = selfChecks.find((each) => each.id === selfCheck)!
        return { kind: 'selfcheck', id: check.id, title: check.title, who, docId: currentEdition(check)!.docIds[0] }
      })
      assert.deepEqual(pointersOfDocument(doc.id), expected)
      assert.ok(!toolsOfDocument(doc.id).some((tool) => tool.who !== undefined))
    }
  })
})
