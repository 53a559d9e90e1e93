// The compact catalogue of older issues: what the main package keeps of them reads back exactly as written.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { compactCatalogue, expandCatalogue, type CatalogueIssue } from '#src/content/compact'
import { fullIssues } from '../../scripts/build/content/issues'

const asCatalogue = (issue: (typeof fullIssues)[number]): CatalogueIssue => ({
  id: issue.id,
  year: issue.year,
  number: issue.number,
  totalNumber: issue.totalNumber,
  publishedOn: issue.publishedOn,
  office: issue.office,
  documents: issue.documents.map((doc) => ({ id: doc.id, docNo: doc.docNo, consultation: doc.consultation })),
})

describe('compact catalogue', () => {
  it('reads back every document’s id, 文号 and consultation line, and each issue’s numbers and office', () => {
    const real = asCatalogue(fullIssues[0])
    // A 文号 that cannot be spelled from its id, an id from another year, and another office.
    const odd: CatalogueIssue = {
      ...real,
      id: '2021-04',
      year: 2021,
      number: 4,
      totalNumber: 5,
      publishedOn: '2021-12-30',
      office: { ...real.office, phone: '0358-8222863' },
      documents: [
        { ...real.documents[0], id: 'lzf2020-9', docNo: '离政发〔2020〕9号' },
        { ...real.documents[1], id: 'lzbh2021-3', docNo: '离政办函〔2021〕3号' },
        { ...real.documents[2], id: 'gg2021-chunjie', docNo: '关于春节的通告' },
      ],
    }
    const written = compactCatalogue([real, odd])
    assert.deepEqual(expandCatalogue(JSON.parse(JSON.stringify(written))), [real, odd])
    assert.ok(JSON.stringify(written).length < 1200, `compact: ${JSON.stringify(written).length} characters`)
  })

  it('refuses an id it could not read back (a space, a colon, or the shape of a year-less id)', () => {
    const real = asCatalogue(fullIssues[0])
    for (const id of ['lzf 1', 'lzf:1', 'lzf-1'])
      assert.throws(() => compactCatalogue([{ ...real, documents: [{ ...real.documents[0], id }] }]), id)
  })
})
