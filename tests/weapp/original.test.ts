// The 原文 in WeChat's own runtime (wcc + exparser on dist/weapp, see runtime.ts): every document renders, in
// chunks as the reader scrolls, no setData over WeChat's 256 KB, Chinese stored and shown as UTF-8.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { fullIssues } from '../../scripts/build/content/issues'
import { dist, weappRuntime, type WeappRuntime } from './runtime'

const ROUTE = 'packages/issue-2022-03/pages/original/index'
const SET_DATA_LIMIT = 256 * 1024

let runtime: WeappRuntime
before(() => {
  runtime = weappRuntime()
})

function jsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsUnder(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  )
}

const largest = (route: string) => Math.max(...(runtime.setDataSizes.get(route) ?? [0]))

describe('原文 in the WeChat runtime', () => {
  for (const doc of fullIssues.find((issue) => issue.id === '2022-03')!.documents) {
    it(`${doc.docNo}: renders to its end chunk by chunk, every setData under 256 KB, without errors`, async () => {
      const page = await runtime.open(ROUTE, { id: doc.id })
      assert.match(page.text().replace(/\s/g, ''), new RegExp(doc.docNo.replace(/[〔〕]/g, '.')))
      const chunks = () => page.find('.o-block').length
      for (let rounds = 0; page.find('#original-more').length > 0 && rounds < 50; rounds++) {
        const shown = chunks()
        await page.reachBottom()
        assert.ok(chunks() > shown, 'scrolling to the bottom shows the next part')
      }
      assert.equal(page.find('#original-more').length, 0)
      assert.match(page.text(), /原文说明/)
      assert.ok(largest(ROUTE) < SET_DATA_LIMIT, `setData of ${largest(ROUTE)} bytes`)
      page.close()
      assert.deepEqual(runtime.errors, [])
    })
  }

  it('a citation lands on its words: highlighted, scrolled to, and shared at that clause', async () => {
    const calls = runtime.calls.length
    const page = await runtime.open(ROUTE, { id: 'lzbf2022-34', hl: encodeURIComponent('低保对象个人缴纳70元') })
    const [hit] = page.find('.o-hit')
    assert.equal(hit?.dom.textContent, '低保对象个人缴纳70元')
    await new Promise((resolve) => setTimeout(resolve, 600))
    const scrolls = runtime.calls.slice(calls).filter((call) => call.api === 'pageScrollTo')
    assert.ok(
      scrolls.some((call) => (call.args as { selector?: string }).selector === '#o-hit'),
      JSON.stringify(scrolls),
    )
    const card = page.share()
    assert.equal(card?.path, `/${ROUTE}?id=lzbf2022-34&at=${encodeURIComponent('三（二）')}`)
    assert.match(card?.title ?? '', /离政办发〔2022〕34号 原文 第三（二）条/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  /** The query of the page a tap asked WeChat to open, as WeChat hands it to onLoad: split, not decoded. */
  function openedQuery(since: number): { route: string; query: Record<string, string> } {
    const url = (runtime.calls.slice(since).find((call) => call.api === 'navigateTo')?.args as { url?: string } | undefined)?.url ?? ''
    const [path, search = ''] = url.split('?')
    return {
      route: path.replace(/^\//, ''),
      query: Object.fromEntries(search.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
    }
  }
  const marked = (page: Awaited<ReturnType<WeappRuntime['open']>>) =>
    page
      .find('.o-hit')
      .map((node) => node.dom.textContent)
      .join('')

  it('a citation with “%” lands on its words: 补助标准一览’s 清洁煤 row and the 托管 calculator’s 30% reading', async () => {
    const rates = await runtime.open('packages/tools/pages/rates/index')
    let since = runtime.calls.length
    await rates.tap('.citation', '硫份低于1%')
    rates.close()
    let target = openedQuery(since)
    assert.equal(target.route, ROUTE)
    let page = await runtime.open(ROUTE, target.query)
    assert.equal(marked(page), '硫份低于1%、灰份低于16%')
    assert.equal(page.find('#o-hit').length, 1)
    page.close()

    const calc = await runtime.open('packages/tools/pages/calc/index', { id: 'tuoguan-nonghu' })
    await calc.tap('#field-township .chip', '吴城镇', true) // 离政办发〔2022〕33号 三、: a pilot township
    await calc.tap('#field-crop .chip', '玉米', true)
    await calc.input('#field-area .calc-field__input', '200')
    await calc.tap('#field-plough .chip', '机耕', true)
    await calc.tap('#field-sow .chip', '机播（含铺膜）', true)
    await calc.tap('#field-harvest .chip', '机收', true)
    await calc.tap('#calc-answer')
    since = runtime.calls.length
    await calc.tap('.notice .citation', '不超过30%')
    calc.close()
    target = openedQuery(since)
    page = await runtime.open(target.route, target.query)
    assert.equal(
      marked(page),
      '100亩以上的种粮大户、家庭农场等农业适度规模经营主体每个服务环节财政补助占服务价格的比例不超过30%，单季作物亩均补助不超过100元',
    )
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('Chinese is stored as UTF-8 in the chunks (not \\u escapes) and reads correctly on screen', async () => {
    // Wherever webpack puts the 原文 data in the subpackage's chunks.
    const chunk = jsUnder(join(dist, 'packages/issue-2022-03'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    assert.ok(chunk.includes('董秋香同志区行政审批服务中心副'), 'the 原文 text is not stored as UTF-8')
    assert.ok(!/\\u8463\\u79cb\\u9999/i.test(chunk))
    const page = await runtime.open(ROUTE, { id: 'lzf2022-34' })
    assert.match(page.text(), /董秋香同志区行政审批服务中心副主任职务。/)
    page.close()
  })
})
