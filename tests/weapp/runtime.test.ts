// The product in WeChat's own runtime: dist/weapp compiled with WeChat's wcc and rendered with WeChat's exparser
// (see runtime.ts). H5 passing is not proof that WeChat works. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { dist, weappRuntime, type WeappRuntime } from './runtime'
import { latestIssue } from '#src/content/catalogue'
import { fullIssues } from '../../scripts/build/content/issues'
import { consultationDirectory } from '#src/domain/issue-views'
import { dialString } from '#src/domain/phone'

let runtime: WeappRuntime
before(() => {
  runtime = weappRuntime()
})

const phoneCalls = () =>
  runtime.calls.filter((call) => call.api === 'makePhoneCall').map((call) => (call.args as { phoneNumber: string }).phoneNumber)

/** Every page of app.json, subpackages included. */
function allPages(): string[] {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  return [...app.pages, ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
}

describe('WeChat runtime (wcc + exparser) on dist/weapp', () => {
  it('boots app.js', () => {
    assert.deepEqual(runtime.errors, [])
  })

  const qrUrl = encodeURIComponent('https://gb.lishi.example.cn/d/lzbf2022-34')
  for (const [via, query] of [
    ['id', { id: 'lzbf2022-34' }],
    ['scene', { scene: 'lzbf2022-34' }],
    ['q', { q: qrUrl }],
  ] as const) {
    it(`a printed code opens the document from ?${via}: 文号 and 拨打 0358-8227879 at once, then the full page of its issue`, async () => {
      const before = runtime.calls.length
      const page = await runtime.open('pages/doc/index', query)
      assert.match(page.text(), /离政办发〔2022〕34号/)
      assert.match(page.text(), /吕梁市离石区医疗保障局/)
      const redirect = runtime.calls.slice(before).find((call) => call.api === 'redirectTo')
      assert.equal((redirect?.args as { url?: string } | undefined)?.url, '/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34')
      const calls = phoneCalls().length
      await page.tap('.btn--call', '0358-8227879')
      assert.deepEqual(phoneCalls().slice(calls), ['03588227879'])
      page.close()
      assert.deepEqual(runtime.errors, [])
    })
  }

  it('a printed code whose full page cannot be downloaded keeps the number on screen and says so', async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const redirect = wx.redirectTo
    wx.redirectTo = (options: { fail?: (error: unknown) => void; complete?: (error: unknown) => void }) => {
      const error = { errMsg: 'redirectTo:fail loadSubpackage: network error' }
      options.fail?.(error)
      options.complete?.(error)
    }
    try {
      const page = await runtime.open('pages/doc/index', { id: 'lzbf2022-34' })
      await new Promise((resolve) => setTimeout(resolve, 50))
      assert.match(page.text(), /全文没有打开，可能是网络不好/)
      assert.match(page.text(), /再试一次/)
      const calls = phoneCalls().length
      await page.tap('.btn--call', '0358-8227879')
      assert.deepEqual(phoneCalls().slice(calls), ['03588227879'])
      page.close()
    } finally {
      wx.redirectTo = redirect
    }
    assert.deepEqual(runtime.errors, [])
  })

  it('the full page, in the issue’s subpackage, shows the key points and dials the consultation line', async () => {
    const page = await runtime.open('packages/issue-2022-03/pages/doc/index', { id: 'lzbf2022-34' })
    assert.match(page.text(), /低保对象/)
    assert.match(page.text(), /2022年9月1日/)
    const calls = phoneCalls().length
    await page.tap('.btn--call', '0358-8227879')
    assert.deepEqual(phoneCalls().slice(calls), ['03588227879'])
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('存入通讯录 saves the consultation unit and its number as a contact', async () => {
    const page = await runtime.open('packages/issue-2022-03/pages/doc/index', { id: 'lzbf2022-34' })
    const before = runtime.calls.length
    await page.tap('#consultation .btn', '存入通讯录')
    const saved = runtime.calls.slice(before).find((call) => call.api === 'addPhoneContact')
    const { firstName, workPhoneNumber } = (saved?.args ?? {}) as { firstName?: string; workPhoneNumber?: string }
    assert.deepEqual([firstName, workPhoneNumber], ['吕梁市离石区医疗保障局', '0358-8227879'])
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a phone question on the search page (医保局电话) shows the 医疗保障局 line first; 拨打 dials it and opens nothing', async () => {
    const line = consultationDirectory(fullIssues).find((each) => each.unit.includes('医疗保障局'))!
    const page = await runtime.open('packages/issue-2022-03/pages/search/index', { kw: '医保局电话' })
    assert.match(page.find('.search-hit')[0]?.dom.textContent ?? '', new RegExp(`^${line.unit}`))
    const calls = runtime.calls.length
    await page.tap('.search-hit__dial', line.phone)
    assert.deepEqual(phoneCalls().slice(-1), [dialString(line.phone)])
    assert.deepEqual(
      runtime.calls.slice(calls).filter((call) => /navigateTo|redirectTo/.test(call.api)),
      [],
    )
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a default WeChat font (16) leaves 大字 off and asks once', async () => {
    const home = await runtime.open('pages/index/index')
    assert.match(home.text(), /大字：关/)
    assert.match(home.text(), /字看得清吗？可以打开大字/)
    home.close()
  })

  it('share cards carry the year and the status: 【2022年·已结束】…', async () => {
    const page = await runtime.open('packages/issue-2022-03/pages/doc/index', { id: 'lzbf2022-34' })
    const card = page.share()
    assert.match(card?.title ?? '', /^【2022年·已结束】做好2022年城乡居民基本医疗保险缴费/)
    assert.equal(card?.path, '/pages/doc/index?id=lzbf2022-34')
    // The 5:4 picture build:site draws (policy name, 文号, phone), from the site's own domain.
    assert.equal((card as { imageUrl?: string } | undefined)?.imageUrl, 'https://gb.lishi.example.cn/share/lzbf2022-34.png')
    page.close()
  })

  it('a calculator computes what a person taps and types: 12亩 机耕+机播+机收 → 1248元', async () => {
    const page = await runtime.open('packages/tools/pages/calc/index', { id: 'tuoguan-nonghu' })
    await page.tap('#field-township .chip', '信义镇', true) // 离政办发〔2022〕33号 三、: a pilot township
    await page.tap('#field-crop .chip', '玉米', true)
    await page.input('#field-area .calc-field__input', '12')
    await page.tap('#field-plough .chip', '机耕', true)
    await page.tap('#field-sow .chip', '机播（含铺膜）', true)
    await page.tap('#field-harvest .chip', '机收', true)
    await page.tap('#calc-answer')
    const text = page.text()
    assert.match(text, /托管面积：12亩/)
    assert.match(text, /财政补助1248元/) // 离政办发〔2022〕33号 四、（四）: (30+18+56)元/亩 × 12亩
    assert.match(text, /农户要付（服务费减补助）1872元/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a printed calculator code (pages/calc/index ?scene / ?q / ?id) is passed on to the tools subpackage as it came', async () => {
    for (const [query, url] of [
      [{ scene: 'yibao' }, '/packages/tools/pages/calc/index?scene=yibao'],
      [
        { q: 'https%3A%2F%2Fgb.lishi.example.cn%2Fc%2Fyibao' },
        '/packages/tools/pages/calc/index?q=https%3A%2F%2Fgb.lishi.example.cn%2Fc%2Fyibao',
      ],
      [{ id: 'tuoguan-nonghu', from: 'x' }, '/packages/tools/pages/calc/index?id=tuoguan-nonghu'],
    ] as const) {
      const before = runtime.calls.length
      const page = await runtime.open('pages/calc/index', query)
      const redirect = runtime.calls.slice(before).find((call) => call.api === 'redirectTo')
      assert.equal((redirect?.args as { url?: string } | undefined)?.url, url)
      page.close()
    }
    // The page it leads to reads that printed code.
    const calculator = await runtime.open('packages/tools/pages/calc/index', { q: 'https%3A%2F%2Fgb.lishi.example.cn%2Fc%2Fyibao' })
    assert.match(calculator.text(), /城乡居民医保/)
    calculator.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a self-check left unanswered lists the questions and never says 没有发现', async () => {
    const page = await runtime.open('packages/tools/pages/selfcheck/index', { id: 'yehuaqi' })
    await page.tap('#selfcheck-run')
    assert.match(page.text(), /还有6题没回答/)
    assert.doesNotMatch(page.text(), /没有发现/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a self-check number question offers 不清楚, counted as 需要核实; 查一查 scrolls to the first open question', async () => {
    const page = await runtime.open('packages/tools/pages/selfcheck/index', { id: 'canyin-ranqi' })
    await page.tap('#field-hoseLength .chip', '不清楚', true)
    const before = runtime.calls.length
    await page.tap('#selfcheck-run')
    await new Promise((resolve) => setTimeout(resolve, 100))
    assert.match(page.text(), /不清楚、需要核实的（1项）：\s*· 连接软管长度/)
    assert.doesNotMatch(page.text(), /没有发现/)
    const scroll = runtime.calls.slice(before).find((call) => call.api === 'pageScrollTo')
    assert.equal((scroll?.args as { selector?: string } | undefined)?.selector, '#field-gasType')
    assert.match(page.find('#field-gasType .calc-field__error')[0]?.dom.textContent ?? '', /这题还没回答/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a damaged code (lzbf2022-3) offers 30–36号 first and the 公报室’s number; only a number past the newest suggests a newer issue', async () => {
    const office = latestIssue.office.phone
    const page = await runtime.open('pages/doc/index', { id: 'lzbf2022-3' })
    assert.match(page.text(), /您扫的是：离政办发〔2022〕3号/)
    const offered = page.find('#not-found-nearest .btn').map((node) => /〔2022〕(\d+)号/.exec(node.dom.textContent ?? '')?.[1])
    assert.deepEqual(offered.slice(0, 7), ['30', '31', '32', '33', '34', '35', '36'])
    assert.doesNotMatch(page.text(), /更新的一期/)
    const calls = phoneCalls().length
    await page.tap('#not-found-office .btn--call', '打电话问公报室')
    assert.deepEqual(phoneCalls().slice(calls), [office.replace('-', '')])
    page.close()
    const since = runtime.calls.length
    const newer = await runtime.open('pages/doc/index', { id: 'lzbf2022-37' })
    // In WeChat such a code is looked up in the site's catalogue by the archive's page (tests/weapp/updates.test.ts).
    assert.match(newer.text(), /离政办发〔2022〕37号这份文件可能在更新的一期公报里，正在到公报室的网站上查/)
    assert.ok(
      runtime.calls
        .slice(since)
        .some(
          (call) =>
            call.api === 'redirectTo' && (call.args as { url: string }).url === '/packages/archive/pages/newer/index?id=lzbf2022-37',
        ),
    )
    newer.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a tappable area reaches WeChat’s 读屏 as a button: its template binds aria-role and the data says button', async () => {
    const templates = readFileSync(join(dist, 'base.wxml'), 'utf8')
    const page = await runtime.open('packages/issue-2022-03/pages/doc/index', { id: 'lzbf2022-34' })
    const nodes: Record<string, unknown>[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') {
        nodes.push(value as Record<string, unknown>)
        Object.values(value).forEach(collect)
      }
    }
    runtime.payloads('packages/issue-2022-03/pages/doc/index').forEach((json) => collect(JSON.parse(json)))
    const call = nodes.find((node) => typeof node.cl === 'string' && node.cl.includes('btn--call'))
    assert.ok(call, 'the 拨打 button was rendered')
    const slot = Object.keys(call).find((key) => /^p\d+$/.test(key) && call[key] === 'button')
    assert.ok(slot, `no aria-role in ${JSON.stringify(call).slice(0, 200)}`)
    assert.match(templates, new RegExp(`<view [^>]*aria-role="\\{\\{i\\.${slot}\\|\\|''\\}\\}"`))
    // What is not tappable is not announced as a button.
    const summary = nodes.find(
      (node) => node.cl === 'main--card main--summary' || (typeof node.cl === 'string' && node.cl.includes('summary')),
    )
    assert.ok(summary && !Object.values(summary).includes('button'))
    page.close()
  })

  // pages/calc/index only passes a printed code on (tested above).
  for (const route of allPages().filter((each) => each !== 'pages/calc/index')) {
    it(`${route} renders without errors`, async () => {
      const page = await runtime.open(route)
      assert.ok(page.text().length > 20, `${route} rendered ${page.text().length} characters`)
      assert.doesNotMatch(page.text(), /undefined|NaN|\[object/)
      page.close()
      assert.deepEqual(runtime.errors, [])
    })
  }
})
