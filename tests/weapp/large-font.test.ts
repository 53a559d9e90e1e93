// WeChat's own large font (设置 → 通用 → 字体大小) turns 大字 on at the first launch, in WeChat's runtime.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { weappRuntime } from './runtime'

describe('关怀 in WeChat: a large WeChat font', () => {
  it('fontSizeSetting 20 turns 大字 on and the home page says so once', async () => {
    const runtime = weappRuntime({ fontSizeSetting: 20 })
    const home = await runtime.open('pages/index/index')
    assert.match(home.text(), /大字：开/)
    assert.match(home.text(), /按您微信里的字体设置，已经打开了大字/)
    await home.tap('#large-text-yes')
    assert.doesNotMatch(home.text(), /按您微信里的字体设置/)
    assert.match(home.text(), /大字：开/)
    assert.deepEqual(runtime.errors, [])
  })
})
