// The document page lists its 算一算 / 自查 entries from a generated title map (src/domain/tool-titles.json), not
// from the tools themselves: the map must say exactly what the tools say.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculators } from '../../src/domain/calculators'
import { calculatorEditions } from '../../src/domain/calculators/editions'
import { selfChecks } from '../../src/domain/selfcheck'
import { toolsOfDocument } from '../../src/domain/tool-titles'
import { toolTitlesAreCurrent } from '../../scripts/tool-titles'

describe('tool titles of each document', () => {
  it('the generated map is current', () => assert.ok(toolTitlesAreCurrent(), 'run npm run tool-titles'))

  it('every calculator and self-check is listed under each document it belongs to, with its title', () => {
    for (const calculator of calculators) {
      for (const { docIds, edition } of calculatorEditions(calculator)) {
        for (const docId of docIds) assert.ok(toolsOfDocument(docId).some((tool) => tool.kind === 'calc' && tool.id === calculator.id && tool.title === calculator.title && tool.issueId === edition.issueId), calculator.id)
      }
    }
    for (const check of selfChecks) assert.ok(toolsOfDocument(check.docId).some((tool) => tool.kind === 'selfcheck' && tool.id === check.id && tool.title === check.title), check.id)
    assert.deepEqual(toolsOfDocument('lzf2022-34'), [])
  })
})
