// Questions residents type (tests/unit/search-questions.ts) find what they came for on the first screen, over the
// search entries the app ships; prints the share.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { buildSearchIndex } from '#src/domain/search/search'
import { buildEntries } from '../../scripts/build/search-entries'
import { FIRST_SCREEN, QUESTIONS, firstScreenShare, placeOf } from './search-questions'

const index = buildSearchIndex(buildEntries())

describe(`questions people type find their target among the first ${FIRST_SCREEN} results`, () => {
  after(() => {
    const { found } = firstScreenShare(index)
    console.log(
      `search questions: ${found.length} of ${QUESTIONS.length} (${Math.round((found.length / QUESTIONS.length) * 100)}%) find their target on the first screen`,
    )
  })
  for (const question of QUESTIONS) {
    it(`${question.who}: “${question.query}” → ${question.kind} ${question.title.source}`, () => {
      const place = placeOf(index, question)
      assert.ok(place >= 0, 'not found at all')
      assert.ok(place < FIRST_SCREEN, `found at place ${place + 1}`)
    })
  }
})
