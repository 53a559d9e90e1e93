// 朋友圈's single-page mode (单页模式, scene 1154) in WeChat's runtime. There WeChat disables navigation, button
// open-type, 电话, 剪贴板, 联系人, 扫码, 转发 and the 导航栏 APIs (分享到朋友圈 → 单页模式下的限制,
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html): a tap on them only
// toasts 请前往小程序使用完整服务. Every page opened there shows its content and the phone, taps only what works,
// and says once what the app offers. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { dist, weappRuntime, type WeappPage, type WeappRuntime } from './runtime'
import { findDocument } from '#src/content/catalogue'

const DISABLED = new Set([
  'navigateTo',
  'redirectTo',
  'reLaunch',
  'switchTab',
  'navigateBack',
  'navigateToMiniProgram',
  'makePhoneCall',
  'setClipboardData',
  'addPhoneContact',
  'scanCode',
  'openDocument',
  'openLocation',
  'getShareInfo',
  'showShareMenu',
  'hideShareMenu',
  'updateShareMenu',
  'login',
  'authorize',
  'openSetting',
  'setNavigationBarTitle',
  'setNavigationBarColor',
  'showNavigationBarLoading',
  'hideNavigationBarLoading',
])
const NOTICE = /在小程序中打开后可以[^（]+（点下方“前往小程序”）/g

const docId = 'lzbf2022-34'
const doc = findDocument(docId)?.doc
let runtime: WeappRuntime
before(() => {
  runtime = weappRuntime({}, dist, { scene: 1154, path: 'packages/issue-2022-03/pages/doc/index', query: { id: docId } })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Rendered = Element & { __wxElement?: { id: string; __wxEvents?: Record<string, unknown> } }

/** The ids of the page's elements a tap reaches: those whose WeChat template binds tap (Taro binds it for onClick). */
function tappableIds(page: WeappPage): string[] {
  const root = page.find('.page')[0]?.dom
  const rendered = root ? (Array.from(root.querySelectorAll('*')) as Rendered[]) : []
  return rendered.filter((element) => element.__wxElement?.__wxEvents?.tap).map((element) => element.__wxElement?.id ?? '')
}

/** Taps everything tappable, then whatever those taps brought up, as a curious reader would. */
async function tapEverything(page: WeappPage): Promise<number> {
  const tapped = new Set<string>()
  for (let round = 0; round < 5; round += 1) {
    const fresh = tappableIds(page).filter((id) => !tapped.has(id))
    if (fresh.length === 0) break
    for (const id of fresh) {
      tapped.add(id)
      page.find(`#${id}`)[0]?.dispatchEvent('tap')
      await sleep(20)
    }
    await sleep(300)
  }
  return tapped.size
}

/** Opens a page from 朋友圈, taps everything on it, and checks that nothing WeChat disables there was asked for. */
async function openAndTapAll(
  route: string,
  query: Record<string, string>,
  prepare?: (page: WeappPage) => Promise<void>,
): Promise<WeappPage> {
  const before = runtime.calls.length
  const page = await runtime.open(route, query)
  await prepare?.(page)
  await tapEverything(page)
  const disabled = runtime.calls
    .slice(before)
    .filter((call) => DISABLED.has(call.api))
    .map((call) => call.api)
  assert.deepEqual(disabled, [], 'taps reach only what single-page mode allows')
  assert.equal(page.find('.page')[0]?.dom.querySelectorAll('wx-button').length, 0, 'no button open-type (share)')
  assert.equal(page.text().match(NOTICE)?.length, 1, 'what the app offers is said once')
  assert.ok(doc && page.text().includes(doc.consultation.phone), 'the consultation number is on the page')
  assert.match(page.text(), /请用手机拨号拨打这个号码/)
  assert.doesNotMatch(page.text(), /回首页|搜文件、办事|拨打 0|复制号码|存入通讯录|结果不对/)
  assert.deepEqual(runtime.errors, [])
  return page
}

describe('a page opened from 朋友圈 (single-page mode, scene 1154) in the WeChat runtime', () => {
  it('the document page: the document and its number, no 读原文, 算一算, share or dial buttons; the app’s offer named once', async () => {
    const page = await openAndTapAll(`packages/issue-2022-03/pages/doc/index`, { id: docId })
    assert.ok(doc && page.text().includes(doc.docNo))
    assert.ok(doc && page.text().includes(doc.summary ?? ''))
    assert.match(page.text(), /在小程序中打开后可以算一算“[^”]+”、读原文、一键拨打电话/)
    assert.doesNotMatch(page.text(), /📄 读原文|🧮 算一算|点一条，看原文怎么写|原文›/)
    page.close()
  })

  it('the printed-code page stays (WeChat opens no other page there) with the 文号, summary and number', async () => {
    const page = await openAndTapAll('pages/doc/index', { id: docId })
    assert.ok(doc && page.text().includes(doc.docNo))
    assert.doesNotMatch(page.text(), /正在打开全文|全文没有打开|再试一次/)
    page.close()
  })

  it('a calculator works (its form and 算一算 are on the page) and cites its sources as text', async () => {
    const page = await openAndTapAll('packages/tools/pages/calc/index', { id: 'yibao' }, async (calculator) => {
      await calculator.input('#field-ordinary .calc-field__input', '3')
      await calculator.input('#field-dibao .calc-field__input', '1')
      await calculator.tap('#calc-answer')
      assert.match(calculator.text(), /全家个人要交\d+元/)
    })
    assert.ok(doc && page.text().includes(`依据：${doc.docNo}`))
    assert.doesNotMatch(page.text(), /看原文 ›|看其他计算器/)
    page.close()
  })

  it('the 原文 reads in full (目录, 继续往下看) without 看说明, 复制这段 or 分享这段', async () => {
    const page = await openAndTapAll('packages/issue-2022-03/pages/original/index', { id: docId })
    assert.ok(doc && page.text().includes(doc.docNo))
    assert.doesNotMatch(page.text(), /看说明|复制这段|分享这段/)
    page.close()
  })
})
