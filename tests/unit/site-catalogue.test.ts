// The site's catalogue for newer issues' printed codes (domain/updates/site-catalogue.ts): which ids may ask the site at
// all, what the published file holds, and what the app takes from an answer.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allDocumentIds, isKnownDocumentId, fullIssues } from '../../scripts/build/content/issues'
import { mayBeNewerIssue, parseDocLink } from '#src/domain/links/deeplink'
import { isSiteCatalogue, lookUpOnSite, SITE_CATALOGUE_PATH, siteCatalogueOf, type SiteIO } from '#src/domain/updates/site-catalogue'

const link = (params: Record<string, string>) => parseDocLink(params, { qrDomain: 'gb.test.cn', isKnownId: isKnownDocumentId })
const known = allDocumentIds()
const newestLzbf = Math.max(...known.filter((id) => id.startsWith(`lzbf${fullIssues[0].year}-`)).map((id) => Number(id.split('-')[1])))

const catalogue = {
  issues: [
    {
      id: '2023-03',
      year: 2023,
      number: 3,
      documents: [
        {
          id: 'lzbf2023-14',
          docNo: '离政办发〔2023〕14号',
          title: '关于做好2023年城乡居民基本医疗保险缴费工作的通知',
          consultation: { unit: '吕梁市离石区医疗保障局', shortName: '医保局', phone: '0358-8227811' },
        },
      ],
    },
  ],
}

function site(answer: () => string): SiteIO & { urls: string[] } {
  const urls: string[] = []
  return {
    urls,
    origin: 'https://gb.test.cn',
    fetchText: (url) => {
      urls.push(url)
      return Promise.resolve().then(answer)
    },
  }
}

describe('mayBeNewerIssue: which codes ask the site', () => {
  it('an id past the newest of its series: a later year, or a higher number of the newest year', () => {
    assert.equal(mayBeNewerIssue(link({ id: `lzbf${fullIssues[0].year + 1}-1` }), known), true)
    assert.equal(mayBeNewerIssue(link({ id: `lzbf${fullIssues[0].year}-${newestLzbf + 1}` }), known), true)
    assert.equal(mayBeNewerIssue(link({ scene: `lzf${fullIssues[0].year + 1}-3` }), known), true)
  })

  it('never a known, damaged, foreign, unknown-series or older id', () => {
    const codes: Record<string, string>[] = [
      { id: known[0] },
      { id: `lzbf${fullIssues[0].year}-${newestLzbf - 1}x` },
      { id: `lzbf${fullIssues[0].year}-1` },
      { id: 'abc2099-1' },
      { id: '../data/catalogue.json' },
      { q: encodeURIComponent('https://evil.example.com/d/lzbf2099-1') },
      { id: '' },
    ]
    for (const params of codes) {
      assert.equal(mayBeNewerIssue(link(params), known), false, JSON.stringify(params))
    }
  })
})

describe('siteCatalogueOf: what build-site publishes', () => {
  it('every issue’s documents with id, 文号, title and consultation line, and nothing else; it passes its own check', () => {
    const published = siteCatalogueOf(fullIssues)
    assert.ok(isSiteCatalogue(published))
    assert.equal(published.issues.length, fullIssues.length)
    const first = published.issues[0].documents[0]
    const source = fullIssues[0].documents[0]
    assert.deepEqual(Object.keys(first).sort(), ['consultation', 'docNo', 'id', 'title'])
    assert.deepEqual(first, { id: source.id, docNo: source.docNo, title: source.title ?? '', consultation: source.consultation })
  })
})

describe('lookUpOnSite', () => {
  it('finds a newer issue’s document with one GET of the catalogue', async () => {
    const io = site(() => JSON.stringify(catalogue))
    const found = await lookUpOnSite('lzbf2023-14', io)
    assert.deepEqual(io.urls, [`https://gb.test.cn${SITE_CATALOGUE_PATH}`])
    assert.equal(found.kind, 'found')
    if (found.kind !== 'found') return
    assert.equal(found.doc.docNo, '离政办发〔2023〕14号')
    assert.equal(found.doc.consultation.phone, '0358-8227811')
    assert.deepEqual(found.issue, { id: '2023-03', year: 2023, number: 3 })
  })

  it('absent, offline, and anything not of the catalogue’s shape refused', async () => {
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-15',
        site(() => JSON.stringify(catalogue)),
      ),
      { kind: 'absent' },
    )
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-14',
        site(() => {
          throw new Error('request:fail')
        }),
      ),
      { kind: 'offline' },
    )
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-14',
        site(() => '<html>404</html>'),
      ),
      { kind: 'rejected' },
    )
    const withPhone = (phone: unknown) =>
      JSON.stringify({
        issues: [
          {
            ...catalogue.issues[0],
            documents: [{ ...catalogue.issues[0].documents[0], consultation: { ...catalogue.issues[0].documents[0].consultation, phone } }],
          },
        ],
      })
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-14',
        site(() => withPhone('javascript:alert(1)')),
      ),
      { kind: 'rejected' },
    )
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-14',
        site(() => withPhone(8227811)),
      ),
      { kind: 'rejected' },
    )
    const withDocNo = JSON.stringify({
      issues: [{ ...catalogue.issues[0], documents: [{ ...catalogue.issues[0].documents[0], docNo: '<b>离政办发</b>' }] }],
    })
    assert.deepEqual(
      await lookUpOnSite(
        'lzbf2023-14',
        site(() => withDocNo),
      ),
      { kind: 'rejected' },
    )
  })
})
