// The next issue takes over, in WeChat's own runtime: dist/next-issue's WeChat package (the tests' next issue
// imported, reviewed by script and built; see tests/support/next-issue-project.ts). Figures worked by hand from
// tests/fixtures/next-issue/gazette-2023-03.txt (离政办发〔2023〕14号 二、三).
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { weappRuntime, type WeappPage, type WeappRuntime } from './runtime'
import { nextIssueProject } from '../support/next-issue-project'

let runtime: WeappRuntime
before(() => {
  runtime = weappRuntime({}, join(nextIssueProject, 'dist', 'weapp'))
})

const phoneCalls = () =>
  runtime.calls.filter((call) => call.api === 'makePhoneCall').map((call) => (call.args as { phoneNumber: string }).phoneNumber)

async function yibaoFor3And1(page: WeappPage): Promise<void> {
  await page.input('#field-ordinary .calc-field__input', '3')
  await page.input('#field-dibao .calc-field__input', '1')
  await page.tap('#calc-answer')
}

describe('the next issue in the WeChat runtime', () => {
  it('医保 computes with the new amounts, 年度 and 文号, dials the new phone; the earlier 年度 gives 2022’s', async () => {
    const page = await runtime.open('packages/tools/pages/calc/index', { id: 'yibao' })
    await yibaoFor3And1(page)
    assert.match(page.text(), /全家个人要交1240元/) // 3 × 380 + 100
    assert.match(page.text(), /按2024年度居民医保集中缴费期的标准/)
    assert.match(page.text(), /依据：离政办发〔2023〕14号/)
    const calls = phoneCalls().length
    await page.tap('#call-bar')
    assert.deepEqual(phoneCalls().slice(calls), ['03588227811'])
    await page.tap('#calc-editions .chip', '2023年度居民医保集中缴费期', true)
    await page.tap('#calc-answer')
    assert.match(page.text(), /全家个人要交1120元/) // 离政办发〔2022〕34号: 3 × 350 + 70
    assert.match(page.text(), /依据：离政办发〔2022〕34号/)
    // 2022's figures, but questions go to the line the newest issue prints.
    await page.tap('#call-bar')
    assert.deepEqual(phoneCalls().slice(calls), ['03588227811', '03588227811'])
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('contacts: one current line per office, the old number said to be 2022年第3期’s', async () => {
    const page = await runtime.open('pages/contacts/index')
    const text = page.text()
    assert.match(text, /拨打 0358-8227811/)
    assert.doesNotMatch(text, /拨打 0358-8227879/)
    assert.match(text, /2022年第3期的文件印的是 0358-8227879/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('the new 医保 document offers its calculator; the old printed code still opens', async () => {
    const doc = await runtime.open('packages/issue-2023-03/pages/doc/index', { id: 'lzbf2023-14' })
    assert.match(doc.text(), /算一算：城乡居民医保/)
    doc.close()
    const before = runtime.calls.length
    const old = await runtime.open('pages/doc/index', { id: 'lzbf2022-34' })
    assert.match(old.text(), /离政办发〔2022〕34号/)
    const redirect = runtime.calls.slice(before).find((call) => call.api === 'redirectTo')
    assert.equal((redirect?.args as { url?: string } | undefined)?.url, '/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34')
    old.close()
    const archived = await runtime.open('packages/issue-2022-03/pages/doc/index', { id: 'lzbf2022-34' })
    assert.match(archived.text(), /这份文件印的是 0358-8227879。2023年第3期公报印的这个单位的电话是 0358-8227811，请打这个。/)
    const dialled = phoneCalls().length
    await archived.tap('#call-bar')
    assert.deepEqual(phoneCalls().slice(dialled), ['03588227811'])
    archived.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('我能领什么 asks a certified 护工 trainee’s 年度 and pays 2022年度’s 900元 for a 2022 trainee', async () => {
    const page = await runtime.open('packages/tools/pages/check/index')
    const chip = (key: string, label: string) => page.tap(`#field-${key} .chip`, label, true)
    const next = () => page.tap('#check-next')
    await chip('householdType', '都不是 / 不清楚')
    await next()
    await page.input('#field-ordinary .calc-field__input', '1')
    await next()
    await next()
    await next()
    await chip('destination', '没有务工')
    await next()
    await chip('caregiver', '参加了，拿到合格证')
    assert.match(page.text(), /哪一年度参加的培训/)
    await chip('caregiverYear', '办法执行（2022年度）')
    await next()
    await chip('farm', '不种')
    await next()
    await chip('zone', '在禁煤区内')
    await chip('heating', '集中供热')
    await next()
    await chip('restaurant', '否')
    await next()
    await chip('houseBusiness', '否')
    await next()
    await chip('township', '不说 / 不清楚')
    await next()
    // 离政办发〔2022〕29号 二、（一）: 900元 (the next issue's 1000元 is 2023年度's).
    assert.match(page.text(), /吕梁山护工培训就业奖补\s*900元/)
    assert.match(page.text(), /在办法执行（2022年度）参加护工培训/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })
})
