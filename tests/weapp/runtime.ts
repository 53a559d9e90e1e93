// A WeChat runtime for tests: dist/weapp compiled by WeChat's own wcc and rendered by WeChat's exparser
// (miniprogram-simulate, which comes with the Taro runner), in jsdom. Taro pages call Page(); here Page()
// becomes Component() with the page functions as methods, getApp/getCurrentPages are provided, `wx` records
// every call (makePhoneCall, navigation…) and keeps storage in memory, and onLoad → onShow → onReady are driven
// by hand as WeChat would.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** Every API of WeChat's `wx`, read from WeChat's own typings (Taro exposes only the names `wx` really has). */
function wxApiNames(): string[] {
  const typings = readFileSync(require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts'), 'utf8')
  const body = typings.slice(typings.indexOf('interface Wx {'))
  return [...new Set([...body.matchAll(/^ {8}(\w+)(?:<[^>]*>)?\(/gm)].map((match) => match[1]))]
}
export const dist = join(import.meta.dirname, '..', '..', 'dist', 'weapp')

export interface WxCall {
  api: string
  args: unknown
}

interface SimulatedNode {
  dom: HTMLElement
  dispatchEvent: (name: string, options?: { detail?: unknown }) => void
  querySelector: (selector: string) => SimulatedNode | undefined
  querySelectorAll: (selector: string) => SimulatedNode[]
}

interface SimulatedComponent extends SimulatedNode {
  instance: PageInstance
  attach: (parent: Element) => void
}

interface PageInstance {
  route: string
  options: Record<string, string>
  setData: (data: Record<string, unknown>, callback?: () => void) => void
  onLoad?: (query: Record<string, string>) => void
  onShow?: () => void
  onReady?: () => void
  onUnload?: () => void
  onShareAppMessage?: (options: { from: string }) => { title?: string; path?: string }
  onReachBottom?: () => void
}

interface Simulate {
  load: (path: string, options: { rootPath: string }) => string
  render: (id: string) => SimulatedComponent
}

export interface WeappRuntime {
  calls: WxCall[]
  /** console.error calls and uncaught errors while the runtime was in use. */
  errors: string[]
  storage: Map<string, unknown>
  /** Byte sizes of every setData payload (JSON), per page route. */
  setDataSizes: Map<string, number[]>
  /** Every setData payload (JSON) of the route's latest visit: what WeChat's templates are given to render. */
  payloads: (route: string) => string[]
  open: (route: string, query?: Record<string, string>) => Promise<WeappPage>
  /** WeChat's update manager reports (wx.getUpdateManager's listeners), then the pages settle. */
  reportUpdate: (event: 'hasUpdate' | 'ready' | 'failed') => Promise<void>
}

export interface WeappPage {
  route: string
  text: () => string
  /** Every node matching the selector whose text contains `text` (exact when `exact`). */
  find: (selector: string, text?: string, exact?: boolean) => SimulatedNode[]
  tap: (selector: string, text?: string, exact?: boolean) => Promise<void>
  input: (selector: string, value: string) => Promise<void>
  /** The reader scrolls to the bottom of the page (the page's onReachBottom). */
  reachBottom: () => Promise<void>
  /** What WeChat's share menu would send (the page's onShareAppMessage). */
  share: () => { title?: string; path?: string } | undefined
  close: () => void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let lastRender = 0

/**
 * Waits as a person waits for the screen: for a render to start (up to `expect` ms: a tap that changes nothing,
 * like 拨打, renders nothing), then until the page has stopped rendering for a moment. `renders` is the page's
 * list of setData sizes; the count before the action is `before`.
 */
async function settle(renders: number[], before: number, expect: number): Promise<void> {
  const started = Date.now()
  while (renders.length === before && Date.now() - started < expect) await sleep(10)
  while (Date.now() - lastRender < 80 && Date.now() - started < expect + 5000) await sleep(20)
}

let runtime: WeappRuntime | undefined

/**
 * The runtime (one per test process: WeChat's app.js runs once, as in the app). `system` overrides what WeChat
 * reports about the phone before the app starts (e.g. fontSizeSetting: 20 for a large WeChat font); `built` is the
 * dist/weapp folder to run (another project's, e.g. the synthetic archive's); `entered` overrides how the app was
 * entered (launch and enter options, e.g. scene: 1154 for a page opened from 朋友圈).
 */
export function weappRuntime(system: Record<string, unknown> = {}, built = dist, entered: Record<string, unknown> = {}): WeappRuntime {
  if (runtime) return runtime
  const dist = built
  const { JSDOM } = require('jsdom') as {
    JSDOM: new (html: string, options: { pretendToBeVisual: boolean }) => { window: Window & typeof globalThis }
  }
  const window = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true }).window
  const g = globalThis as Record<string, unknown>
  g.window = window
  g.document = window.document
  // miniprogram-simulate dispatches DOM events of jsdom's own kinds.
  for (const key of ['Event', 'CustomEvent', 'Element', 'HTMLElement', 'Node', 'TouchEvent', 'Touch'])
    g[key] = (window as unknown as Record<string, unknown>)[key]

  const calls: WxCall[] = []
  const errors: string[] = []
  const storage = new Map<string, unknown>()
  const setDataSizes = new Map<string, number[]>()
  const payloads = new Map<string, string[]>()
  const reported = {
    platform: 'android',
    windowWidth: 375,
    windowHeight: 667,
    screenWidth: 375,
    screenHeight: 667,
    pixelRatio: 2,
    SDKVersion: '3.3.4',
    language: 'zh_CN',
    fontSizeSetting: 16,
    theme: 'light',
    ...system,
  }
  const pages: PageInstance[] = []
  const launch = { path: 'pages/index/index', query: {}, scene: 1001, ...entered }
  const record = (api: string, args: unknown) => calls.push({ api, args })
  const succeed =
    (api: string, result: Record<string, unknown> = {}) =>
    (options?: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
      record(api, options)
      const response = { errMsg: `${api}:ok`, ...result }
      options?.success?.(response)
      options?.complete?.(response)
      return Promise.resolve(response)
    }
  // wx.getUpdateManager: WeChat's one manager; a test reports what WeChat would (runtime.reportUpdate), and
  // applyUpdate is recorded like any call.
  const updateListeners = {
    hasUpdate: [] as ((result: { hasUpdate: boolean }) => void)[],
    ready: [] as (() => void)[],
    failed: [] as (() => void)[],
  }
  const updateManager = {
    onCheckForUpdate: (listener: (result: { hasUpdate: boolean }) => void) => void updateListeners.hasUpdate.push(listener),
    onUpdateReady: (listener: () => void) => void updateListeners.ready.push(listener),
    onUpdateFailed: (listener: () => void) => void updateListeners.failed.push(listener),
    applyUpdate: () => void record('applyUpdate', undefined),
  }
  const wx: Record<string, unknown> = {
    getUpdateManager: () => {
      record('getUpdateManager', undefined)
      return updateManager
    },
    getSystemInfoSync: () => ({ ...reported }),
    getWindowInfo: () => ({ ...reported }),
    getAppBaseInfo: () => ({ ...reported }),
    getDeviceInfo: () => ({ ...reported }),
    getSystemInfo: (options?: { success?: (r: unknown) => void }) => options?.success?.({ ...reported }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getLaunchOptionsSync: () => ({ ...launch }),
    getEnterOptionsSync: () => ({ ...launch }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    onAppRoute: () => undefined,
    createSelectorQuery: () => {
      const query = {
        in: () => query,
        select: () => query,
        selectAll: () => query,
        selectViewport: () => query,
        boundingClientRect: () => query,
        scrollOffset: () => query,
        fields: () => query,
        exec: (cb?: (r: unknown[]) => void) => cb?.([]),
      }
      return query
    },
  }
  for (const api of wxApiNames()) if (!(api in wx)) wx[api] = succeed(api)
  g.wx = wx
  const originalError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
    originalError(...args)
  }
  process.on('uncaughtException', (error) => errors.push(`uncaught: ${error.message}`))
  process.on('unhandledRejection', (reason) => errors.push(`unhandled rejection: ${String(reason)}`))

  let app: Record<string, (...args: unknown[]) => unknown> = {}
  g.App = (options: typeof app) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages
  const simulate = require('miniprogram-simulate') as Simulate
  const Component = g.Component as (options: unknown) => void
  g.Page = (options: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    Component({ data: options.data ?? {}, methods })
  }
  require(join(dist, 'app.js'))
  app.onLaunch?.call(app, { ...launch })

  const loaded = new Map<string, string>()
  runtime = {
    calls,
    errors,
    storage,
    setDataSizes,
    payloads: (route) => payloads.get(route) ?? [],
    async reportUpdate(event) {
      if (event === 'hasUpdate') for (const listener of updateListeners.hasUpdate) listener({ hasUpdate: true })
      else for (const listener of updateListeners[event]) listener()
      await sleep(50)
      while (Date.now() - lastRender < 80) await sleep(20)
    },
    async open(route, query = {}) {
      // A page's chunk runs once (webpack keeps it), so its component is loaded once and rendered per visit.
      const id = loaded.get(route) ?? simulate.load(join(dist, route), { rootPath: dist })
      loaded.set(route, id)
      const component = simulate.render(id)
      component.attach(window.document.createElement('parent-wrapper'))
      const page = component.instance
      page.route = route
      page.options = query
      const sizes: number[] = []
      setDataSizes.set(route, sizes)
      const sent: string[] = []
      payloads.set(route, sent)
      const setData = page.setData.bind(page)
      page.setData = (data, callback) => {
        const json = JSON.stringify(data)
        sizes.push(Buffer.byteLength(json))
        sent.push(json)
        lastRender = Date.now()
        setData(data, callback)
      }
      pages.push(page)
      page.onLoad?.(query)
      page.onShow?.()
      page.onReady?.()
      await settle(sizes, 0, 5000)
      const find = (selector: string, text?: string, exact = false) =>
        component
          .querySelectorAll(selector)
          .filter((node) => text === undefined || (exact ? node.dom.textContent?.trim() === text : node.dom.textContent?.includes(text)))
      return {
        route,
        text: () => component.dom.textContent ?? '',
        find,
        async tap(selector, text, exact) {
          const [node] = find(selector, text, exact)
          if (!node) throw new Error(`nothing to tap: ${selector} ${text ?? ''}`)
          const before = sizes.length
          node.dispatchEvent('tap')
          await settle(sizes, before, 1000)
        },
        async input(selector, value) {
          const node = component.querySelector(selector)
          if (!node) throw new Error(`no input: ${selector}`)
          const before = sizes.length
          node.dispatchEvent('input', { detail: { value, cursor: value.length } })
          await settle(sizes, before, 1000)
        },
        async reachBottom() {
          const before = sizes.length
          page.onReachBottom?.()
          await settle(sizes, before, 1000)
        },
        share: () => page.onShareAppMessage?.({ from: 'menu' }),
        close() {
          page.onUnload?.()
          pages.splice(pages.indexOf(page), 1)
        },
      }
    },
  }
  return runtime
}
