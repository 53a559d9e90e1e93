// The QR deep-link contract: ?id=, ?scene= (小程序码) and ?q= (扫普通链接二维码).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isKnownDocumentId, latestFullIssue } from '../../scripts/build/content/issues'
import { docPagePath } from '#src/domain/links/routes'
import {
  CALC_LINK,
  decodeRepeatedly,
  docNoOfId,
  docQrUrl,
  docShareQuery,
  explainNotFound,
  parseDocLink,
  parseLink,
  qrUrl,
  type DocLink,
} from '#src/domain/links/deeplink'

const options = { qrDomain: 'gb.test.cn', isKnownId: isKnownDocumentId }
const open = (params: Record<string, string | undefined>): DocLink => parseDocLink(params, options)
const qr = (id: string) => encodeURIComponent(docQrUrl(id, options.qrDomain))

describe('parseDocLink: good links', () => {
  for (const doc of latestFullIssue.documents) {
    it(`${doc.id} opens by id, scene and q`, () => {
      assert.deepEqual(open({ id: doc.id }), { kind: 'found', id: doc.id, via: 'id' })
      assert.deepEqual(open({ scene: encodeURIComponent(doc.id) }), { kind: 'found', id: doc.id, via: 'scene' })
      assert.deepEqual(open({ q: qr(doc.id) }), { kind: 'found', id: doc.id, via: 'q' })
    })
  }

  it('accepts q already decoded once (as the H5 router hands it over) and double-encoded', () => {
    assert.deepEqual(open({ q: 'https://gb.test.cn/d/lzbf2022-34' }), { kind: 'found', id: 'lzbf2022-34', via: 'q' })
    assert.deepEqual(open({ q: encodeURIComponent(qr('lzbf2022-34')) }), { kind: 'found', id: 'lzbf2022-34', via: 'q' })
  })

  it('accepts a trailing slash or a query after the id in the printed URL, and an upper-case domain', () => {
    assert.equal(open({ q: encodeURIComponent('https://gb.test.cn/d/lzf2022-25/') }).kind, 'found')
    assert.equal(open({ q: encodeURIComponent('https://gb.test.cn/d/lzf2022-25?from=print') }).kind, 'found')
    assert.equal(open({ q: encodeURIComponent('https://GB.TEST.CN/d/lzf2022-25') }).kind, 'found')
  })

  it('prefers id over scene over q', () => {
    assert.deepEqual(open({ id: 'lzf2022-25', scene: 'lzbf2022-36' }), { kind: 'found', id: 'lzf2022-25', via: 'id' })
    assert.deepEqual(open({ scene: 'lzbf2022-36', q: qr('lzf2022-25') }), { kind: 'found', id: 'lzbf2022-36', via: 'scene' })
  })

  it('ignores spaces around an id', () => {
    assert.deepEqual(open({ id: ' lzf2022-25 ' }), { kind: 'found', id: 'lzf2022-25', via: 'id' })
  })
})

describe('parseDocLink: what scanners and people change still opens the document', () => {
  it('an id in capitals (some scanners shout) opens the document', () => {
    assert.deepEqual(open({ id: 'LZF2022-25' }), { kind: 'found', id: 'lzf2022-25', via: 'id' })
    assert.deepEqual(open({ scene: 'LZBF2022-34' }), { kind: 'found', id: 'lzbf2022-34', via: 'scene' })
  })
  it('the printed address over http:// (without the s) opens the document', () => {
    assert.deepEqual(open({ q: encodeURIComponent('http://gb.test.cn/d/lzf2022-25') }), { kind: 'found', id: 'lzf2022-25', via: 'q' })
    assert.deepEqual(open({ q: encodeURIComponent('HTTPS://GB.TEST.CN/d/lzf2022-25') }), { kind: 'found', id: 'lzf2022-25', via: 'q' })
  })
  it('a damaged id of the right shape is read back as a 文号 with the nearest documents', async () => {
    const { docNoOfId, nearestDocIds } = await import('#src/domain/links/deeplink')
    assert.equal(docNoOfId('lzbf2022-3'), '离政办发〔2022〕3号')
    assert.deepEqual(nearestDocIds('garbage', ['lzf2022-25']), [])
  })
})

describe('a damaged code: the nearest 文号 of its series and year, and the newer-issue advice only past the newest', () => {
  // The 2022-03 issue: 离政办发〔2022〕25、26、29–36号 and 离政发〔2022〕25、28、32–34号, with an older year beside them.
  const known = [
    ...[25, 26, 29, 30, 31, 32, 33, 34, 35, 36].map((n) => `lzbf2022-${n}`),
    ...[25, 28, 32, 33, 34].map((n) => `lzf2022-${n}`),
    'lzbf2021-3',
    'lzbf2021-40',
  ]
  it('lzbf2022-3 (a lost last digit): 30–36号 first, nearest first, then the nearest others; same series and year only', async () => {
    const { nearestDocIds } = await import('#src/domain/links/deeplink')
    assert.deepEqual(
      nearestDocIds('lzbf2022-3', known, 9),
      [30, 31, 32, 33, 34, 35, 36, 25, 26].map((n) => `lzbf2022-${n}`),
    )
  })
  it('numbers that start with the digits read come before a nearer number that does not', async () => {
    const { nearestDocIds } = await import('#src/domain/links/deeplink')
    assert.deepEqual(nearestDocIds('lzbf2022-2', known, 4), ['lzbf2022-25', 'lzbf2022-26', 'lzbf2022-29', 'lzbf2022-30'])
    assert.deepEqual(nearestDocIds('lzbf2022-27', known, 3), ['lzbf2022-26', 'lzbf2022-25', 'lzbf2022-29'])
    assert.deepEqual(nearestDocIds('lzf2022-3', known, 3), ['lzf2022-32', 'lzf2022-33', 'lzf2022-34'])
  })
  it('another year of the series is not offered; an unknown series or year gets nothing', async () => {
    const { nearestDocIds } = await import('#src/domain/links/deeplink')
    assert.deepEqual(nearestDocIds('lzbf2021-4', known), ['lzbf2021-40', 'lzbf2021-3'])
    assert.deepEqual(nearestDocIds('lzbf2023-3', known), [])
    assert.deepEqual(nearestDocIds('abc2022-3', known), [])
  })
  it('“maybe a newer issue” only past the newest number of its series and year, or a later year', async () => {
    const { isBeyondNewest } = await import('#src/domain/links/deeplink')
    assert.equal(isBeyondNewest('lzbf2022-3', known), false)
    assert.equal(isBeyondNewest('lzbf2022-27', known), false)
    assert.equal(isBeyondNewest('lzbf2022-37', known), true)
    assert.equal(isBeyondNewest('lzf2022-35', known), true)
    assert.equal(isBeyondNewest('lzf2022-30', known), false)
    assert.equal(isBeyondNewest('lzbf2023-1', known), true)
    assert.equal(isBeyondNewest('lzbf2020-99', known), false)
    assert.equal(isBeyondNewest('abc2022-99', known), false)
  })
  it('the message for an unknown id does not repeat an internal id that reads as a 文号, and promises no newer issue', () => {
    const link = open({ id: 'lzbf2022-3' })
    assert.ok(link.kind === 'notFound')
    assert.equal(explainNotFound(link), '这份文件不在小程序里。')
    const odd = open({ id: 'abc2022-99' })
    assert.ok(odd.kind === 'notFound')
    assert.equal(explainNotFound(odd), '没有找到编号为“abc2022-99”的文件。', 'no 文号 to show: the code as printed')
  })
})

describe('parseDocLink: bad links never throw and say why', () => {
  const cases: [string, Record<string, string | undefined>, string][] = [
    ['no parameter', {}, 'missing'],
    ['empty id', { id: '' }, 'missing'],
    ['empty scene', { scene: '' }, 'missing'],
    ['empty q', { q: '' }, 'missing'],
    ['unknown id', { id: 'lzf2022-99' }, 'unknown'],
    ['unknown scene', { scene: 'lzbf2021-1' }, 'unknown'],
    ['unknown id in q', { q: qr('lzf2023-1') }, 'unknown'],
    ['overlong scene (33 characters)', { scene: 'a'.repeat(33) }, 'tooLong'],
    ['overlong id', { id: 'lzf2022-25'.repeat(4) }, 'tooLong'],
    ['non-ASCII scene', { scene: encodeURIComponent('医保') }, 'malformed'],
    ['non-ASCII id', { id: '离政办发34' }, 'malformed'],
    ['scene with a space', { scene: 'lzf2022 25' }, 'malformed'],
    ['garbage % in scene', { scene: '%E4%zz' }, 'malformed'],
    ['garbage % in id', { id: 'lzf2022-25%' }, 'malformed'],
    ['garbage % in q', { q: 'https%3A%2F%2Fgb.test.cn%2Fd%2F%E0%A4%A' }, 'malformed'],
    ['q from another domain', { q: encodeURIComponent('https://evil.example.com/d/lzf2022-25') }, 'wrongDomain'],
    ['q with another path', { q: encodeURIComponent('https://gb.test.cn/doc/lzf2022-25') }, 'wrongDomain'],
    ['q that is not a URL', { q: 'hello' }, 'wrongDomain'],
    ['q with a look-alike domain', { q: encodeURIComponent('https://gb.test.cn.evil.com/d/lzf2022-25') }, 'wrongDomain'],
    ['q with an empty id', { q: encodeURIComponent('https://gb.test.cn/d/') }, 'missing'],
    ['very long q', { q: 'x'.repeat(5000) }, 'tooLong'],
  ]
  for (const [name, params, reason] of cases) {
    it(name, () => {
      const link = open(params)
      assert.equal(link.kind, 'notFound')
      if (link.kind === 'notFound') {
        assert.equal(link.reason, reason)
        assert.match(explainNotFound(link), /[\u4e00-\u9fa5]/, 'a message in Chinese')
      }
    })
  }

  it('an unknown id that reads as a 文号 gives the 文号 a cadre can read out on the phone (shown as 您扫的是), not the id', () => {
    const link = open({ id: 'lzf2022-99' })
    assert.ok(link.kind === 'notFound' && link.shownId === 'lzf2022-99')
    assert.equal(docNoOfId(link.shownId), '离政发〔2022〕99号')
    assert.ok(!explainNotFound(link).includes('lzf2022-99'))
  })
})

describe('decodeRepeatedly', () => {
  it('decodes zero, one or two rounds and rejects broken escapes', () => {
    assert.equal(decodeRepeatedly('lzf2022-25'), 'lzf2022-25')
    assert.equal(decodeRepeatedly('https%3A%2F%2Fa.cn%2Fd%2Fx'), 'https://a.cn/d/x')
    assert.equal(decodeRepeatedly('https%253A%252F%252Fa.cn'), 'https://a.cn')
    assert.equal(decodeRepeatedly('%'), null)
    assert.equal(decodeRepeatedly('%E4%B8'), null)
  })
})

describe('share paths and printed URLs', () => {
  it('build the same links the parser reads', () => {
    assert.equal(docPagePath('lzbf2022-34'), '/pages/doc/index?id=lzbf2022-34')
    assert.equal(docShareQuery('lzbf2022-34'), 'id=lzbf2022-34')
    assert.equal(docQrUrl('lzbf2022-34', 'gb.test.cn'), 'https://gb.test.cn/d/lzbf2022-34')
    const query = Object.fromEntries(new URLSearchParams(docPagePath('lzf2022-25').split('?')[1]))
    assert.deepEqual(open(query), { kind: 'found', id: 'lzf2022-25', via: 'id' })
  })
})

describe('calculator links (printed codes for calculators)', () => {
  const calcOptions = { qrDomain: 'gb.test.cn', isKnownId: (id: string) => ['yibao', 'jiuye-geren'].includes(id), target: CALC_LINK }
  it('open by id, scene and q with the /c/ path', () => {
    assert.deepEqual(parseLink({ id: 'yibao' }, calcOptions), { kind: 'found', id: 'yibao', via: 'id' })
    assert.deepEqual(parseLink({ scene: 'jiuye-geren' }, calcOptions), { kind: 'found', id: 'jiuye-geren', via: 'scene' })
    assert.deepEqual(parseLink({ q: encodeURIComponent(qrUrl(CALC_LINK, 'yibao', 'gb.test.cn')) }, calcOptions), {
      kind: 'found',
      id: 'yibao',
      via: 'q',
    })
  })
  it('a document URL does not open a calculator, nor the other way round', () => {
    assert.equal(parseLink({ q: encodeURIComponent('https://gb.test.cn/d/yibao') }, calcOptions).kind, 'notFound')
    assert.equal(open({ q: encodeURIComponent('https://gb.test.cn/c/lzf2022-25') }).kind, 'notFound')
  })
})
