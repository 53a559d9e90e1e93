// WeChat's own large font (设置 → 通用 → 字体大小) turns 大字 on at the first launch, in WeChat's runtime; the
// standard size does not (iOS reports 17 px, Android 16 px: 小程序适老化设计指南,
// https://developers.weixin.qq.com/miniprogram/design/elderly.html).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { weappRuntime } from './runtime'

/** The home page's text after a first launch on a phone reporting `system`, in a runtime of its own. */
function firstLaunch(system: Record<string, unknown>): { text: string; errors: string[] } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'first-launch.ts'), JSON.stringify(system)], {
    encoding: 'utf8',
  })
  return JSON.parse(output) as { text: string; errors: string[] }
}

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

  for (const [phone, system] of [
    ['an iPhone at the standard size (17 px)', { platform: 'ios', fontSizeSetting: 17, fontSizeScaleFactor: 1 }],
    ['an Android phone at the standard size (16 px)', { platform: 'android', fontSizeSetting: 16, fontSizeScaleFactor: 1 }],
  ] as const) {
    it(`${phone} starts with 大字 off and says nothing about WeChat's font`, () => {
      const { text, errors } = firstLaunch(system)
      assert.match(text, /大字：关/)
      assert.doesNotMatch(text, /按您微信里的字体设置/)
      assert.deepEqual(errors, [])
    })
  }

  for (const [phone, system] of [
    ['an iPhone with WeChat’s font enlarged (20 px)', { platform: 'ios', fontSizeSetting: 20, fontSizeScaleFactor: 20 / 17 }],
    ['an Android phone with WeChat’s font enlarged (20 px)', { platform: 'android', fontSizeSetting: 20, fontSizeScaleFactor: 1.25 }],
  ] as const) {
    it(`${phone} starts with 大字 on and says why`, () => {
      const { text, errors } = firstLaunch(system)
      assert.match(text, /大字：开/)
      assert.match(text, /按您微信里的字体设置，已经打开了大字/)
      assert.deepEqual(errors, [])
    })
  }
})
