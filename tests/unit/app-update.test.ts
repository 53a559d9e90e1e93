// A new version WeChat has downloaded (domain/updates/app-update.ts): applied only at a safe moment (no form open) or when
// the person asks; never before WeChat reports it ready.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { appUpdate, noFormOpen, type UpdateManagerPort, type UpdateState } from '#src/domain/updates/app-update'

function fakeManager() {
  const listeners = { check: [] as ((r: { hasUpdate: boolean }) => void)[], ready: [] as (() => void)[], failed: [] as (() => void)[] }
  let applied = 0
  const port: UpdateManagerPort = {
    onCheckForUpdate: (listener) => void listeners.check.push(listener),
    onUpdateReady: (listener) => void listeners.ready.push(listener),
    onUpdateFailed: (listener) => void listeners.failed.push(listener),
    applyUpdate: () => void applied++,
  }
  return {
    port,
    applied: () => applied,
    check: (hasUpdate: boolean) => listeners.check.forEach((listener) => listener({ hasUpdate })),
    ready: () => listeners.ready.forEach((listener) => listener()),
    failed: () => listeners.failed.forEach((listener) => listener()),
  }
}

describe('noFormOpen', () => {
  it('is false while a calculator, 我能领什么 or a self-check is open anywhere in the page stack', () => {
    assert.equal(noFormOpen(['pages/index/index']), true)
    assert.equal(noFormOpen(['pages/doc/index', 'packages/issue-2022-03/pages/doc/index']), true)
    assert.equal(noFormOpen(['packages/tools/pages/calc/index', 'pages/index/index']), false)
    assert.equal(noFormOpen(['/packages/tools/pages/check/index']), false)
    assert.equal(noFormOpen(['pages/index/index', 'packages/tools/pages/selfcheck/index']), false)
  })
})

describe('appUpdate', () => {
  it('applies nothing before WeChat reports the new version ready', () => {
    const manager = fakeManager()
    const update = appUpdate(manager.port)
    assert.equal(update.applyIfSafe(['pages/index/index']), false)
    manager.check(true)
    assert.equal(update.state(), 'downloading')
    assert.equal(update.applyIfSafe(['pages/index/index']), false)
    assert.equal(update.applyNow(), false)
    assert.equal(manager.applied(), 0)
  })

  it('once ready: not while a form is open, at the safe moment, and when asked', () => {
    const manager = fakeManager()
    const update = appUpdate(manager.port)
    const seen: UpdateState[] = []
    update.subscribe((state) => seen.push(state))
    manager.check(true)
    manager.ready()
    assert.deepEqual(seen, ['downloading', 'ready'])
    assert.equal(update.applyIfSafe(['pages/index/index', 'packages/tools/pages/calc/index']), false)
    assert.equal(manager.applied(), 0)
    assert.equal(update.applyIfSafe(['pages/index/index']), true)
    assert.equal(manager.applied(), 1)
    assert.equal(update.applyNow(), true)
    assert.equal(manager.applied(), 2)
  })

  it('a failed download, no update, or no manager (the browser) never applies', () => {
    const manager = fakeManager()
    const update = appUpdate(manager.port)
    manager.check(false)
    assert.equal(update.state(), 'none')
    manager.failed()
    assert.equal(update.state(), 'failed')
    assert.equal(update.applyNow(), false)
    const browser = appUpdate(undefined)
    assert.equal(browser.state(), 'none')
    assert.equal(browser.applyNow(), false)
    assert.equal(manager.applied(), 0)
  })
})
