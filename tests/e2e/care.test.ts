// 关怀: every page in normal and 大字 mode at 375 and 320 px — no sideways scroll, text at least 18 px in 大字 with
// the largest at least 30 px, tap targets of at least 44×44 (60×60 in 大字), every phone number shown whole (never cut
// off, ellipsised or broken over two lines, the pinned call bar's included) — plus axe-core on the main pages.
// Screenshots of every page in both modes go to artifacts/screenshots/care-*.png.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

const PAGES: [string, string][] = [
  ['home', '/pages/index/index'],
  ['issue-contents', '/packages/issue-2022-03/pages/issue/index'],
  ['archive-unknown-issue', '/packages/archive/pages/issue/index?issue=1999-01'],
  ['doc', '/pages/doc/index?id=lzbf2022-34'],
  // The longest office name beside its number in the call bar (区农业农村局 0358-3383438).
  ['doc-lzbf2022-33', '/pages/doc/index?id=lzbf2022-33'],
  ['contacts', '/pages/contacts/index'],
  ['calc-list', '/packages/tools/pages/calc/index'],
  ['calc', '/packages/tools/pages/calc/index?id=tuoguan-nonghu'],
  ['rates', '/packages/tools/pages/rates/index'],
  ['check', '/packages/tools/pages/check/index'],
  ['selfcheck', '/packages/tools/pages/selfcheck/index?id=canyin-ranqi'],
  ['notfound', '/pages/doc/index?id=lzbf2022-3'],
  ['search', '/packages/issue-2022-03/pages/search/index?kw=%E5%8C%BB%E4%BF%9D'],
  ['powers', '/packages/issue-2022-03/pages/powers/index'],
  ['power', '/packages/issue-2022-03/pages/powers/index?no=43'],
  ['projects', '/packages/issue-2022-03/pages/projects/index'],
  ['project', '/packages/issue-2022-03/pages/projects/index?plan=adjusted&no=33'],
  ['original', `/packages/issue-2022-03/pages/original/index?id=lzbf2022-34&hl=${encodeURIComponent('低保对象个人缴纳70元')}`],
  ['original-wide-table', `/packages/issue-2022-03/pages/original/index?id=lzbf2022-34&at=${encodeURIComponent('附件3')}`],
  ['original-cards', '/packages/issue-2022-03/pages/original/index?id=lzf2022-32&at=b16'],
]

/** Text that may stay under 18 px in 大字, with the reason. */
const SMALL_TEXT_ALLOWED: [RegExp, string][] = []

interface Measured {
  scrollWidth: number
  clientWidth: number
  smallText: string[]
  largest: number
  smallTargets: string[]
  cutPhones: string[]
}

async function measure(view: AppPage, minTarget: number, minText: number): Promise<Measured> {
  return view.page.evaluate(
    `(() => {
      const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' }
      const smallText = []
      let largest = 0
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim()
        const el = node.parentElement
        if (!text || !el || !visible(el)) continue
        const size = parseFloat(getComputedStyle(el).fontSize)
        largest = Math.max(largest, size)
        if (size < ${minText}) smallText.push(size + 'px ' + text.slice(0, 20))
      }
      const smallTargets = [...document.querySelectorAll('[role=button], input, a[href]')]
        .filter(visible)
        .map((el) => { const r = el.getBoundingClientRect(); return { r, text: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 16) } })
        .filter(({ r }) => r.width < ${minTarget} - 0.5 || r.height < ${minTarget} - 0.5)
        .map(({ r, text }) => Math.round(r.width) + '×' + Math.round(r.height) + ' ' + text)
      // Every phone number on screen, whole: on one line and inside every box that clips (overflow hidden, an ellipsis).
      const cutPhones = []
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const el = node.parentElement
        if (!el || !visible(el)) continue
        for (const match of node.textContent.matchAll(/\\d{3,4}-\\d{7,8}|1[3-9]\\d{9}/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)))
          const r = range.getBoundingClientRect()
          let named = el
          while (named.parentElement && !named.className) named = named.parentElement
          const where = named.className
          if (lines.size > 1) cutPhones.push(match[0] + ' broken over ' + lines.size + ' lines in .' + where.split(' ').join('.'))
          let scrolls = false
          for (let box = el; box && box !== document.body; box = box.parentElement) {
            const s = getComputedStyle(box)
            scrolls = scrolls || ['auto', 'scroll'].includes(s.overflowX)
            if (!['hidden', 'clip'].includes(s.overflowX)) continue
            const b = box.getBoundingClientRect()
            if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || (s.textOverflow === 'ellipsis' && box.scrollWidth > box.clientWidth + 1)) {
              cutPhones.push(match[0] + ' cut by .' + [...box.classList].join('.') + ' (' + Math.round(r.right) + ' > ' + Math.round(b.right) + ')')
              break
            }
          }
          if (!scrolls && (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5)) cutPhones.push(match[0] + ' off the screen')
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, smallText: [...new Set(smallText)], largest, smallTargets: [...new Set(smallTargets)], cutPhones: [...new Set(cutPhones)] }
    })()`,
  )
}

async function openIn(view: AppPage, path: string, largeText: boolean): Promise<void> {
  await view.open('/pages/notfound/index')
  await view.page.evaluate((on) => {
    localStorage.setItem(
      'lishi-prefs',
      JSON.stringify({ data: JSON.stringify({ state: { largeText: on, recentDocIds: [], largeTextAsked: true }, version: 2 }) }),
    )
  }, largeText)
  await view.open(path)
}

describe('大字 sweep', () => {
  for (const width of [375, 320]) {
    for (const large of [false, true]) {
      it(`every page at ${width} px, ${large ? '大字' : '普通'}: no sideways scroll, ${large ? 'text ≥ 18 px, largest ≥ 30 px, targets ≥ 60×60' : 'targets ≥ 44×44'}, phone numbers whole`, async () => {
        const view = await app.newPage()
        await view.page.setViewportSize({ width, height: 667 })
        const problems: string[] = []
        for (const [name, path] of PAGES) {
          await openIn(view, path, large)
          const m = await measure(view, large ? 60 : 44, large ? 18 : 0)
          if (m.scrollWidth > m.clientWidth) problems.push(`${name}: scrolls sideways (${m.scrollWidth} > ${m.clientWidth})`)
          const small = m.smallText.filter((text) => !SMALL_TEXT_ALLOWED.some(([pattern]) => pattern.test(text)))
          if (small.length > 0) problems.push(`${name}: text under 18 px: ${small.slice(0, 6).join(' | ')}`)
          if (large && m.largest < 30) problems.push(`${name}: largest text ${m.largest} px`)
          if (m.smallTargets.length > 0) problems.push(`${name}: small targets: ${m.smallTargets.slice(0, 6).join(' | ')}`)
          if (m.cutPhones.length > 0) problems.push(`${name}: phone numbers not shown whole: ${m.cutPhones.join(' | ')}`)
          await view.screenshot(`care-${name}-${large ? 'large' : 'normal'}${width === 375 ? '' : `-${width}`}`)
        }
        assert.deepEqual(problems, [])
        assert.deepEqual(view.errors, [])
      })
    }
  }
})

describe('axe-core: no serious or critical violations', () => {
  const AXE_PAGES: [string, string, (view: AppPage) => Promise<void>][] = [
    ['home', '/pages/index/index', async () => undefined],
    ['a document', '/pages/doc/index?id=lzbf2022-34', async () => undefined],
    [
      'a calculator result',
      '/packages/tools/pages/calc/index?id=yibao',
      async (view) => {
        await view.page.locator('#field-ordinary input').fill('2')
        await view.page.locator('#calc-answer').click()
        await view.page.locator('#calc-result').waitFor()
      },
    ],
    [
      'the 我能领什么 result',
      '/packages/tools/pages/check/index',
      async (view) => {
        await view.page.evaluate(() => {
          const values = {
            householdType: 'tuopin',
            ordinary: '2',
            destination: 'none',
            caregiver: 'none',
            farm: 'no',
            zone: 'inside',
            heating: 'central',
            restaurant: false,
            houseBusiness: false,
            township: 'unknown',
          }
          localStorage.setItem(
            'lishi-answers',
            JSON.stringify({ data: JSON.stringify({ state: { values, completed: true }, version: 2 }) }),
          )
        })
        await view.open('/packages/tools/pages/check/index')
        await view.page.locator('#check-answer').waitFor()
      },
    ],
    ['search', '/packages/issue-2022-03/pages/search/index?kw=%E5%8C%BB%E4%BF%9D', async () => undefined],
    [
      'the 原文 of a document',
      `/packages/issue-2022-03/pages/original/index?id=lzbf2022-34&at=${encodeURIComponent('附件3')}`,
      async () => undefined,
    ],
  ]
  for (const [name, path, prepare] of AXE_PAGES) {
    it(name, async () => {
      const view = await app.newPage()
      await view.open(path)
      await prepare(view)
      await view.page.addScriptTag({ content: axeSource })
      const violations = (await view.page.evaluate(
        `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') })))`,
      )) as { id: string; impact: string; nodes: number; target: string }[]
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      assert.deepEqual(serious, [])
      assert.deepEqual(view.errors, [])
    })
  }
  it('every tappable thing on the home page is a button that the keyboard reaches', async () => {
    const view = await app.newPage()
    await view.open('/pages/index/index')
    const buttons = await view.page.locator('[role=button]').count()
    assert.ok(buttons > 20, `${buttons} buttons`)
    assert.equal(await view.page.locator('[role=button]:not([tabindex="0"])').count(), 0)
    await view.page.keyboard.press('Tab')
    const focused = await view.page.evaluate(() => document.activeElement?.getAttribute('role'))
    assert.equal(focused, 'button')
  })
})
