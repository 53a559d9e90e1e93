// 我能领什么 in WeChat's own runtime (wcc + exparser on dist/weapp): the households residents tried, answered by
// tapping chips and typing into number boxes. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { weappRuntime, type WeappPage, type WeappRuntime } from './runtime'

let runtime: WeappRuntime
before(() => {
  runtime = weappRuntime()
})

const chip = (page: WeappPage, key: string, label: string) => page.tap(`#field-${key} .chip`, label, true)
const typeInto = (page: WeappPage, key: string, value: string) => page.input(`#field-${key} .calc-field__input`, value)
const next = (page: WeappPage) => page.tap('#check-next')

/** Opens 我能领什么 at its first question: answers kept from an earlier test are cleared as a person clears them. */
async function openFresh(): Promise<WeappPage> {
  const page = await runtime.open('packages/tools/pages/check/index')
  if (page.find('.btn', '清除我的回答').length > 0) {
    await page.tap('.btn', '清除我的回答')
    await page.tap('.btn', '确定清除')
  }
  assert.match(page.text(), /第1题/)
  return page
}

async function answerTheRest(page: WeappPage, farm?: { township: string; area: string }): Promise<void> {
  await chip(page, 'destination', '没有务工')
  await next(page)
  await chip(page, 'caregiver', '没有')
  await next(page)
  if (farm) {
    await chip(page, 'farm', '种')
    await chip(page, 'crop', '玉米')
    await typeInto(page, 'area', farm.area)
    await next(page)
    await chip(page, 'plough', '机耕')
    await chip(page, 'sow', '机播（含铺膜）')
    await chip(page, 'harvest', '机收')
  } else await chip(page, 'farm', '不种')
  await next(page)
  await chip(page, 'zone', '在禁煤区内')
  await chip(page, 'heating', '集中供热')
  await next(page)
  await chip(page, 'restaurant', '否')
  await next(page)
  await chip(page, 'houseBusiness', '否')
  await next(page)
  await chip(page, 'township', farm?.township ?? '不说 / 不清楚')
  await next(page)
}

describe('我能领什么 in the WeChat runtime states only what was answered', () => {
  it('3 普通居民 answering 2 养老 payers are stopped at the question; the result claims no 养老代缴', async () => {
    const page = await openFresh()
    await chip(page, 'householdType', '都不是 / 不清楚')
    await next(page)
    await typeInto(page, 'ordinary', '3')
    await next(page)
    await typeInto(page, 'pensionPayers', '2')
    await next(page)
    assert.match(page.text(), /您家没有填低保对象、特困人员、返贫致贫人口，也没有重度残疾人/)
    assert.match(page.text(), /第3题/)
    await typeInto(page, 'pensionPayers', '')
    await next(page)
    await next(page)
    await answerTheRest(page)
    assert.match(page.text(), /没有找到您家能领的补助/)
    assert.doesNotMatch(page.text(), /养老保险代缴/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })

  it('a 枣林乡 farmer gets no 托管 claim; 还可以问问 names the pilot townships', async () => {
    const page = await openFresh()
    await chip(page, 'householdType', '都不是 / 不清楚')
    await next(page)
    await typeInto(page, 'ordinary', '1')
    await next(page)
    await next(page)
    await next(page)
    await answerTheRest(page, { township: '枣林乡', area: '120' })
    const text = page.text()
    assert.doesNotMatch(text, /农业生产托管补助/)
    assert.match(text, /吴城镇、信义镇、田家会街道、城北街道/) // 离政办发〔2022〕33号 三、
    assert.match(text, /您填的枣林乡不在其中/)
    page.close()
    assert.deepEqual(runtime.errors, [])
  })
})
