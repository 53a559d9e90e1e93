// 我能领什么 and the self-checks in Chromium, answered as a person would: every answer starts empty.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppBrowser, type AppPage } from './app-browser'
import { BROKEN_WORDS, field, fieldError, pick, plus, type } from './form'
import { findSelfCheck, selfChecks } from '#src/domain/selfcheck'
import { CLEAR } from '#src/domain/selfcheck/types'

let app: AppBrowser
before(async () => {
  app = await AppBrowser.start()
})
after(async () => {
  await app?.close()
})

const next = (view: AppPage) => view.page.locator('#check-next').click()
const text = (view: AppPage, selector: string) => view.page.locator(selector).innerText()

interface Household {
  householdType: string
  members: [string, string][]
  pensionPayers?: string
  students?: number
  work?: { destination: string; workers: string; months: string; wage: string }
  farm?: { area: string }
  heating: [string, string]
  township: string
}

/** Answers every question on screen, in order, the way a person taps and types. */
async function answer(view: AppPage, household: Household): Promise<void> {
  await view.open('/packages/tools/pages/check/index')
  await pick(view, 'householdType', household.householdType)
  await next(view)
  for (const [key, value] of household.members) await type(view, key, value)
  await next(view)
  if (household.pensionPayers) await type(view, 'pensionPayers', household.pensionPayers)
  await next(view)
  if (household.students) await plus(view, 'students', household.students)
  await next(view)
  if (household.work) {
    await pick(view, 'destination', household.work.destination)
    await type(view, 'workersAway', household.work.workers)
    await type(view, 'monthsAway', household.work.months)
    await type(view, 'wage', household.work.wage)
  } else await pick(view, 'destination', '没有务工')
  await next(view)
  await pick(view, 'caregiver', '没有')
  await next(view)
  if (household.farm) {
    await pick(view, 'farm', '种')
    await pick(view, 'crop', '玉米')
    await type(view, 'area', household.farm.area)
    await next(view)
    await pick(view, 'plough', '机耕')
    await pick(view, 'sow', '机播（含铺膜）')
    await pick(view, 'harvest', '机收')
  } else await pick(view, 'farm', '不种')
  await next(view)
  await pick(view, 'zone', household.heating[0])
  await pick(view, 'heating', household.heating[1])
  await next(view)
  await pick(view, 'restaurant', '否')
  await next(view)
  await pick(view, 'houseBusiness', '否')
  await next(view)
  await pick(view, 'township', household.township)
  await next(view)
  await view.page.locator('#check-answer').waitFor()
}

// The household of the issue: 脱贫户 of 4 (3 普通, 1 低保 still paying 养老保险), a 中职 student, one member
// 8 months in another province at 3000元/月, 10亩 maize with 机耕+机播+机收, outside the 禁煤区, burning coal.
const family: Household = {
  householdType: '脱贫户',
  members: [
    ['ordinary', '3'],
    ['dibao', '1'],
  ],
  pensionPayers: '1',
  students: 1,
  work: { destination: '外省（跨省）', workers: '1', months: '8', wage: '3000' },
  farm: { area: '10' },
  heating: ['在禁煤区以外', '自己烧煤'],
  township: '信义镇',
}

describe('我能领什么', () => {
  it('a household of 4 gets the right list and amounts; payments stand apart; one changed answer updates it; 清除 empties storage', async () => {
    const view = await app.newPage()
    await answer(view, family)
    assert.equal(await text(view, '#cash-total'), '最多5700元') // 3000 雨露 + 最多1500 交通 + 1200 稳岗
    assert.equal(await text(view, '#saving-total'), '1620元') // 280 医保资助 + 300 养老代缴 + 1040 托管
    const benefits = await text(view, '#check-benefits')
    for (const expected of [
      /城乡居民医保资助\s*280元/,
      /雨露计划助学补助\s*3000元/,
      /跨省务工一次性交通补贴\s*最多1500元/,
      /外出务工稳岗奖补\s*1200元/,
      /农业生产托管补助\s*1040元/,
      /城乡居民养老保险代缴（每年）\s*300元/,
    ]) {
      assert.match(benefits, expected)
    }
    assert.doesNotMatch(benefits, /要交|清洁煤/)
    const payments = await text(view, '#check-payments')
    assert.match(payments, /城乡居民医保：全家4人要交\s*1120元/)
    assert.match(payments, /冬季清洁煤：约2吨按政府定的价格购买\s*1200元/)
    // The 2022 note sits above the totals.
    const noteTop = (await view.page.locator('#check-year-note').boundingBox())!.y
    const totalTop = (await view.page.locator('#cash-total').boundingBox())!.y
    assert.ok(noteTop < totalTop, 'the 2022 note is above the totals')
    assert.match(await view.bodyText(), /本项标准适用：2022年4月1日 至 2022年8月31日/) // 雨露计划, 33号 附件第33、34项
    await view.screenshot('check-result')

    // Change one answer: 5 months away instead of 8.
    await view.page.getByText('家里有人出去打工吗？').click()
    await type(view, 'monthsAway', '5')
    await view.page.locator('#check-result').click()
    await view.page.locator('#check-answer').waitFor()
    assert.equal(await text(view, '#cash-total'), '最多4500元')
    assert.match(await view.bodyText(), /还可以问问[\s\S]*若连续外出务工满6个月、月工资达到1000元以上，每人还可领稳岗奖补1200元/)

    // The answers stay on the phone across visits.
    await view.open('/packages/tools/pages/check/index')
    await view.page.locator('#check-answer').waitFor()
    assert.equal(await text(view, '#cash-total'), '最多4500元')
    assert.ok(await view.page.evaluate(() => localStorage.getItem('lishi-answers') !== null))

    await view.page.getByText('清除我的回答').click()
    await view.page.getByText('确定清除').click()
    await view.page.locator('#check-progress').waitFor()
    assert.equal(await view.page.evaluate(() => localStorage.getItem('lishi-answers')), null)
    assert.match(await text(view, '#check-progress'), /第1题/)
    assert.equal(await view.page.locator('#field-householdType .chip--on').count(), 0, 'the first question starts unanswered again')
    assert.deepEqual(view.errors, [])
  })

  it('a household with only the 医保 payment sees the nothing-to-claim sentence with phones, and the payment apart', async () => {
    const view = await app.newPage()
    await answer(view, {
      householdType: '都不是 / 不清楚',
      members: [['ordinary', '2']],
      heating: ['在禁煤区内', '集中供热'],
      township: '不说 / 不清楚',
    })
    assert.match(await text(view, '#check-nothing'), /按您的回答，本期公报里没有找到您家能领的补助/)
    assert.match(await text(view, '#check-nothing'), /拨打 0358-8227879/)
    const nothing = await text(view, '#check-nothing')
    const numbers = nothing.match(/拨打 [\d-]+/g) ?? []
    assert.deepEqual(numbers, [...new Set(numbers)], 'each office line once')
    assert.equal(await view.page.locator('#cash-total').count(), 0)
    assert.equal(await view.page.locator('#check-benefits').count(), 0)
    assert.match(await text(view, '#check-payments'), /城乡居民医保：全家2人要交\s*700元/)
    await view.screenshot('check-nothing')
    assert.deepEqual(view.errors, [])
  })

  it('an elderly 特困 person who draws the pension (nobody still paying) gets no 养老代缴', async () => {
    const view = await app.newPage()
    await answer(view, {
      householdType: '都不是 / 不清楚',
      members: [['tekun', '1']],
      heating: ['在禁煤区内', '集中供热'],
      township: '不说 / 不清楚',
    })
    const body = await view.bodyText()
    assert.doesNotMatch(body, /养老保险代缴/)
    assert.equal(await text(view, '#saving-total'), '350元') // 34号 三、（一）: 全额资助
    assert.deepEqual(view.errors, [])
  })

  it('NaN, Infinity and full-width digits: refused or read, never shown as NaN, never saved', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '脱贫户')
    await next(view)
    for (const bad of ['NaN', 'Infinity', '1e309', '-1', '1.5', '😀', '两个']) {
      await type(view, 'ordinary', bad)
      await next(view)
      assert.match(await fieldError(view, 'ordinary').innerText(), /[\u4e00-\u9fa5]/, bad)
      assert.match(await text(view, '#check-progress'), /第2题/)
    }
    const saved = await view.page.evaluate(() => localStorage.getItem('lishi-answers') ?? '')
    assert.doesNotMatch(saved, /NaN|Infinity|1e309|😀/)
    await type(view, 'ordinary', '１２')
    await next(view)
    assert.match(await text(view, '#check-progress'), /第3题/)
    await view.page.getByText('上一题').click()
    await view.page.getByText('上一题').click()
    assert.doesNotMatch(await view.bodyText(), BROKEN_WORDS)
    assert.deepEqual(view.errors, [])
  })

  it('an unusual number asks 您填的是…对吗？ before moving on', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '监测户')
    await next(view)
    await type(view, 'ordinary', '25')
    await next(view)
    assert.match(await text(view, '#calc-doubts'), /普通居民：您填的是 25 人，对吗？/)
    assert.match(await text(view, '#check-progress'), /第2题/)
    await view.page.locator('#calc-confirm').click()
    assert.match(await text(view, '#check-progress'), /第3题/)
    assert.deepEqual(view.errors, [])
  })

  it('damaged saved answers: the valid ones are kept and one line names the rest', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await view.page.evaluate(() =>
      localStorage.setItem(
        'lishi-answers',
        JSON.stringify({
          data: JSON.stringify({ state: { values: { householdType: 'tuopin', ordinary: 'NaN' }, completed: true }, version: 2 }),
        }),
      ),
    )
    await view.open('/packages/tools/pages/check/index')
    assert.match(await text(view, '#storage-notice'), /手机里保存的“普通居民”的回答读不出来，没有保留，请重新填；其他内容都保留了/)
    // It reopens at the question whose answer was lost; the answer before it is still there.
    assert.match(await text(view, '#check-progress'), /第2题/)
    await view.page.getByText('上一题').click()
    assert.equal(await view.page.locator('#field-householdType .chip--on').innerText(), '脱贫户')
    assert.deepEqual(view.errors, [])
  })

  it('a bad answer keeps you on the question with a message', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/check/index')
    await pick(view, 'householdType', '脱贫户')
    await next(view)
    await type(view, 'ordinary', '2.5')
    await next(view)
    await field(view, 'ordinary').getByText('普通居民要填整数').waitFor()
    assert.match(await text(view, '#check-progress'), /第2题/)
    assert.deepEqual(view.errors, [])
  })
})

describe('self-checks start unanswered', () => {
  for (const check of selfChecks) {
    it(`${check.title}: 查一查 with no answers lists the unanswered questions and never says 没有发现`, async () => {
      const view = await app.newPage()
      await view.open(`/packages/tools/pages/selfcheck/index?id=${check.id}`)
      assert.equal(await view.page.locator('.chip--on').count(), 0, 'no answer is pre-selected')
      await view.page.locator('#selfcheck-run').click()
      const verdict = await text(view, '#selfcheck-verdict')
      assert.match(verdict, /还有\d+题没回答/)
      assert.doesNotMatch(await view.bodyText(), /没有发现/)
      assert.match(await text(view, '#selfcheck-unanswered'), /还没回答的题/)
      await view.screenshot(`selfcheck-${check.id}-empty`)
      assert.deepEqual(view.errors, [])
    })
  }

  it('餐饮燃气: a 2.5 m hose and a cylinder in the dining room are two things to fix, each with its rule; 不清楚 is to be checked', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    await pick(view, 'gasType', '液化石油气（瓶装）')
    await type(view, 'hoseLength', '2.5')
    await pick(view, 'cylinderPlace', '就餐的地方')
    await pick(view, 'tee', '不清楚')
    await view.page.locator('#selfcheck-run').click()
    assert.match(await text(view, '#selfcheck-verdict'), /^有2项要整改；还有\d+题没回答，1项不清楚要核实$/)
    const body = await view.bodyText()
    assert.match(body, /软管2.5米，超过2米，要缩短/)
    assert.match(body, /依据：离政办发〔2022〕32号 四、（一）/)
    assert.match(body, /气瓶不能放在就餐场所内/)
    assert.match(await text(view, '#selfcheck-unsure'), /软管上私接了“三通”吗？/)
    assert.match(body, /调压表（调压器、减压阀）：装在气瓶口上/)
    await view.screenshot('selfcheck-gas')
    assert.deepEqual(view.errors, [])
  })

  it('自建房: a house used for business must have a 安全鉴定, and the 住建局 line can be called', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=zijianfang')
    await pick(view, 'use', '用来经营（开店、旅馆、出租、办厂、办学等）')
    await view.page.locator('#selfcheck-run').click()
    assert.match(await text(view, '#selfcheck-verdict'), /^用作经营的自建房：必须做房屋安全鉴定/)
    assert.match(await view.bodyText(), /不能判断房子是否安全/)
    const tel = await view.telOf(() => view.page.getByText('拨打 0358-8226197').first().click())
    assert.equal(tel, 'tel:03588226197')
    assert.deepEqual(view.errors, [])
  })

  it('the 餐饮燃气 document links to its self-check; an unknown self-check id lists them all', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-32')
    await view.page.getByText('🔍 餐饮场所燃气安全自查').click()
    await view.page.waitForURL(/selfcheck\/index\?id=canyin-ranqi/)
    await view.open('/packages/tools/pages/selfcheck/index?id=zzz')
    const body = await view.bodyText()
    assert.match(body, /没有找到这个自查/)
    assert.match(body, /液化气“打非治违”/)
    assert.deepEqual(view.errors, [])
  })
})

/** Answers every question on screen not yet answered, in order, with what is fine (or the first plain choice), except those in `skip`. */
async function answerFine(view: AppPage, checkId: string, skip: string[] = []): Promise<void> {
  const check = findSelfCheck(checkId)!
  for (const question of check.fields) {
    if (skip.includes(question.key) || (await field(view, question.key).count()) === 0) continue
    if ((await field(view, question.key).locator('.chip--on').count()) > 0) continue
    if (question.kind === 'choice') {
      const fine =
        question.options.find((option) => option.value === CLEAR) ??
        question.options.find((option) => option.value !== 'both' && option.value !== 'yes')!
      await pick(view, question.key, fine.label)
    } else if (question.kind !== 'toggle') await type(view, question.key, String(check.example[question.key]))
  }
}

/** True when the element's top part is on the screen, above the pinned call bar. */
async function onScreen(view: AppPage, selector: string): Promise<boolean> {
  const box = await view.page.locator(selector).boundingBox()
  const bar = await view.page.locator('#call-bar').boundingBox()
  const bottom = bar ? bar.y : 667
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 60) <= bottom
}

describe('self-checks: 不清楚 everywhere, plain questions, and 查一查 shows where to look', () => {
  it('the hose length (a number) offers 不清楚: it is counted as 需要核实, with whom to ask', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    await pick(view, 'gasType', '液化石油气（瓶装）')
    await answerFine(view, 'canyin-ranqi', ['hoseLength'])
    await pick(view, 'hoseLength', '不清楚')
    assert.equal(await field(view, 'hoseLength').locator('.chip--on').innerText(), '不清楚')
    await view.page.locator('#selfcheck-run').click()
    assert.equal(await text(view, '#selfcheck-verdict'), '有1项不清楚，需要核实后才能下结论')
    const unsure = await text(view, '#selfcheck-unsure')
    assert.match(unsure, /连接软管长度/)
    assert.match(unsure, /可以问给您送气或供气的燃气企业/)
    assert.doesNotMatch(await view.bodyText(), /没有发现/)
    // Typing a length replaces 不清楚.
    await type(view, 'hoseLength', '1.5')
    assert.equal(await field(view, 'hoseLength').locator('.chip--on').count(), 0)
    assert.match(await text(view, '#selfcheck-verdict'), /没有发现不符合整治要求的地方/)
    assert.deepEqual(view.errors, [])
  })

  it('灶前装了燃气自闭阀门吗？ is answered 装了 / 没装 / 不清楚, and 没装 is the thing to fix', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    await pick(view, 'gasType', '管道燃气')
    assert.match(await field(view, 'autoValve').innerText(), /^灶前装了燃气自闭阀门吗？[\s\S]*装了\s*没装\s*不清楚$/)
    assert.doesNotMatch(await view.page.locator('.calc-form').innerText(), /^否$/m, 'no question is answered 是 / 否')
    await pick(view, 'autoValve', '没装')
    await view.page.locator('#selfcheck-run').click()
    assert.match(
      await view.bodyText(),
      /1\. 灶前要装燃气自闭阀门\s*依据：离政办发〔2022〕32号 四、（一）：管道燃气用户未安装灶前燃气自闭阀门的，要整改/,
    )
    await view.screenshot('selfcheck-plain-questions')
    assert.deepEqual(view.errors, [])
  })

  it('不知道 typed in the hose length: 查一查 scrolls to it and focuses it, with 只能填数字 beside it', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    await pick(view, 'gasType', '液化石油气（瓶装）')
    await answerFine(view, 'canyin-ranqi', ['hoseLength'])
    await type(view, 'hoseLength', '不知道')
    await view.page.locator('#selfcheck-run').scrollIntoViewIfNeeded()
    assert.ok(!(await onScreen(view, '#field-hoseLength')), 'the question starts off screen')
    await view.page.locator('#selfcheck-run').click()
    await view.page.waitForFunction(() => document.activeElement?.closest('#field-hoseLength') !== null, undefined, { polling: 100 })
    await view.page.waitForTimeout(400) // the scroll animates
    assert.ok(await onScreen(view, '#field-hoseLength'), 'the hose length is on screen')
    assert.ok(await onScreen(view, '#field-hoseLength .calc-field__error'), 'its message is on screen')
    assert.match(await text(view, '#field-hoseLength .calc-field__error'), /连接软管长度只能填数字/)
    await view.screenshot('selfcheck-scrolled-to-problem')
    assert.deepEqual(view.errors, [])
  })

  it('an unanswered question: 查一查 scrolls to the first one and focuses its first answer, marked 这题还没回答', async () => {
    const view = await app.newPage()
    await view.open('/packages/tools/pages/selfcheck/index?id=yehuaqi')
    await answerFine(view, 'yehuaqi', ['tag', 'parts'])
    await view.page.locator('#selfcheck-run').click()
    await view.page.waitForFunction(() => document.activeElement?.closest('#field-tag') !== null, undefined, { polling: 100 })
    await view.page.waitForTimeout(400)
    assert.ok(await onScreen(view, '#field-tag'), 'the first unanswered question is on screen')
    assert.match(await text(view, '#field-tag .calc-field__error'), /这题还没回答/)
    assert.match(await text(view, '#field-parts .calc-field__error'), /这题还没回答/)
    assert.equal(await view.page.locator('.calc-field__error').count(), 2)
    assert.match(await text(view, '#selfcheck-verdict'), /还有2题没回答/)
    assert.deepEqual(view.errors, [])
  })

  it('a household that scanned the restaurants’ 32号 is sent to the household cylinder check (30号)', async () => {
    const view = await app.newPage()
    await view.open('/pages/doc/index?id=lzbf2022-32')
    const pointer = view.page.locator('#see-also')
    assert.match(
      await pointer.innerText(),
      /家里做饭用瓶装液化气的住户（不开饭店），请看这个：\s*🔍 液化气“打非治违”：看看您家的气瓶\s*依据：离政办发〔2022〕30号/,
    )
    await pointer.getByText('🔍 液化气“打非治违”：看看您家的气瓶').click()
    await view.page.waitForURL(/selfcheck\/index\?id=yehuaqi/)
    await view.page.locator('#field-ownCylinder').waitFor()
    // The restaurant self-check says the same at its top.
    await view.open('/packages/tools/pages/selfcheck/index?id=canyin-ranqi')
    await view.page.locator('#see-also').getByText('🔍 液化气“打非治违”：看看您家的气瓶').click()
    await view.page.waitForURL(/selfcheck\/index\?id=yehuaqi/)
    assert.deepEqual(view.errors, [])
  })
})
