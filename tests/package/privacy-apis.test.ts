// The release guide's privacy table against the code package: every privacy interface dist/weapp calls has its row
// in docs/release-guide.md (what the 公报室 fills in at 用户隐私保护指引), and no row declares one the package does not
// call — WeChat's review requires the guide to match the interfaces in the code package. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { declaredInGuide, PRIVACY_INTERFACES, privacyInterfacesCalled, privacyInterfacesInSource } from './privacy-apis'

const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist', 'weapp')
const guide = readFileSync(join(root, 'docs', 'release-guide.md'), 'utf8')

describe('用户隐私保护指引 in docs/release-guide.md matches the privacy interfaces dist/weapp calls', () => {
  it('the scan of the build finds every privacy call the source makes', () => {
    assert.ok(existsSync(join(dist, 'app.json')), 'run `npm run build:weapp` first')
    const inSource = privacyInterfacesInSource(join(root, 'src')).map((entry) => entry.name)
    assert.ok(inSource.length > 0, 'the source calls no privacy interface: check the scan')
    const inBuild = privacyInterfacesCalled(dist).map((entry) => entry.name)
    for (const name of inSource) assert.ok(inBuild.includes(name), `src calls ${name}, the scan of dist/weapp does not find it`)
  })

  it('every privacy interface the package calls has its row, with the information type and a purpose', () => {
    const rows = declaredInGuide(guide)
    const missing = privacyInterfacesCalled(dist).filter((entry) => !rows.some((row) => row.name === entry.name))
    assert.deepEqual(
      missing.map((entry) => `${entry.kind === 'api' ? `wx.${entry.name}` : `open-type="${entry.name}"`}（${entry.information}）`),
      [],
      'add a row to the table in docs/release-guide.md and declare it in 用户隐私保护指引 before uploading',
    )
    for (const row of rows) {
      const entry = PRIVACY_INTERFACES.find((each) => each.name === row.name)
      assert.ok(entry, `${row.name} is not one of WeChat's privacy interfaces`)
      assert.equal(row.information, entry.information, `${row.name}: the form names it ${entry.information}`)
      assert.ok(row.purpose.length >= 6, `${row.name}: say what the app uses it for`)
    }
  })

  it('no row declares an interface the package does not call', () => {
    const called = privacyInterfacesCalled(dist).map((entry) => entry.name)
    assert.deepEqual(
      declaredInGuide(guide)
        .map((row) => row.name)
        .filter((name) => !called.includes(name)),
      [],
    )
  })
})
