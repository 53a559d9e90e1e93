// Every page with bare, repeated, empty, overlong and garbage parameters: never a blank page, never an error.
// (Taro's H5 router gives null for a bare `?id` and an array for `?id=a&id=b`; routeParams() makes them strings.)
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser } from './app-browser'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

/** Each page of app.config.ts with the parameters it reads. */
const PAGES: [string, string[]][] = [
  ['/pages/index/index', ['issue']],
  ['/pages/doc/index', ['id', 'scene', 'q']],
  ['/pages/contacts/index', ['unit']],
  ['/packages/tools/pages/calc/index', ['id', 'scene', 'q']],
  ['/packages/tools/pages/rates/index', ['id']],
  ['/packages/tools/pages/check/index', ['step']],
  ['/packages/tools/pages/selfcheck/index', ['id']],
  ['/pages/notfound/index', ['id']],
  ['/pages/calc/index', ['id', 'scene', 'q']],
  ['/packages/issue-2022-03/pages/search/index', ['kw']],
  ['/packages/issue-2022-03/pages/powers/index', ['no']],
  ['/packages/issue-2022-03/pages/projects/index', ['plan', 'no']],
]

const LONG = 'x'.repeat(3000)
const variants: [string, (name: string) => string][] = [
  ['bare', (name) => name],
  ['empty', (name) => `${name}=`],
  ['repeated', (name) => `${name}=a&${name}=b`],
  ['repeated, one valid', (name) => `${name}=lzbf2022-34&${name}=lzf2022-25`],
  ['overlong', (name) => `${name}=${LONG}`],
  ['broken percent', (name) => `${name}=%E0%A4%A`],
  ['percent soup', (name) => `${name}=%%%25%00%zz`],
  ['script', (name) => `${name}=%3Cscript%3Ealert(1)%3C%2Fscript%3E`],
  ['unicode and emoji', (name) => `${name}=${encodeURIComponent('离政办发〔2022〕34号😀')}`],
]

describe('page parameters fuzzed', () => {
  for (const [path, names] of PAGES) {
    it(`${path}: ${variants.map(([name]) => name).join(', ')} → a page with a way home, no error`, async () => {
      const view = await app.newPage()
      for (const [variant, make] of variants) {
        await view.open(`${path}?${names.map(make).join('&')}`)
        const text = await view.bodyText()
        assert.ok(text.trim().length > 20, `${variant}: blank page`)
        assert.match(text, /回首页|本期文件|离石/, `${variant}: no way on`)
        assert.doesNotMatch(text, /undefined|NaN|\[object/, variant)
        assert.deepEqual(view.errors, [], `${path} ${variant}`)
      }
    })
  }
})

describe('links made before the tools moved into their subpackage', () => {
  it('a printed calculator code opens the calculator; an old share card of a moved page opens it where it is now', async () => {
    const view = await app.newPage()
    await view.open(`/pages/calc/index?q=${encodeURIComponent('https://gb.lishi.example.cn/c/yibao')}`)
    await view.page.waitForURL(/\/packages\/tools\/pages\/calc\/index\?q=/)
    await view.page.locator('#calc-answer').waitFor()
    assert.match(await view.bodyText(), /城乡居民医保：全家交多少钱/)
    for (const [old, now, text] of [
      ['/pages/selfcheck/index?id=canyin-ranqi', '/packages/tools/pages/selfcheck/index?id=canyin-ranqi', /餐饮/],
      ['/pages/rates/index', '/packages/tools/pages/rates/index', /补助标准/],
      ['/pages/check/index', '/packages/tools/pages/check/index', /家庭类别/],
    ] as const) {
      await view.open(old)
      await view.page.waitForURL((url) => url.pathname + url.search === now)
      await view.page.locator('.taro_page:not(.taro_page_shade)').getByText(text).first().waitFor()
    }
    assert.deepEqual(view.errors, [])
  })
})
