// The annex tables: 权责清单 (104 items) and the 涉农资金 plans, against the gazette text and its printed totals.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkContent } from '../../scripts/build/content/checks'
import { powerLists, projectPlans, findPower, findProject } from '../../scripts/build/content/annex-tables'
import { POWER_TYPES } from '#src/content/types'
import { squash, squashedGazette } from './gazette-source'

const powers = powerLists[0].items

describe('乡镇（街道）权责清单 (离政发〔2022〕32号 附件)', () => {
  it('has 104 items numbered 1–104, each with a type, a name and at least one legal basis', () => {
    assert.equal(powers.length, 104)
    powers.forEach((item, index) => {
      assert.equal(item.no, index + 1)
      assert.ok((POWER_TYPES as readonly string[]).includes(item.type), `${item.no} ${item.type}`)
      assert.ok(item.name.length > 3)
      assert.ok(item.basis.length >= 1, `${item.no} has no basis`)
      for (const basis of item.basis) assert.ok(basis.title && basis.articles, `${item.no}: ${JSON.stringify(basis).slice(0, 80)}`)
      assert.ok(item.township || item.subdistrict)
    })
  })

  it('every name and every quoted law title is printed in the gazette', () => {
    for (const item of powers) {
      assert.ok(squashedGazette.includes(squash(item.name)), item.name)
      for (const basis of item.basis) assert.ok(squashedGazette.includes(squash(`《${basis.title}》`)), `${item.no}: ${basis.title}`)
    }
  })

  it('counts by type: 许可5 处罚5 强制6 征收1 给付3 检查9 确认3 裁决2 其他70', () => {
    const counts = Object.fromEntries(POWER_TYPES.map((type) => [type, powers.filter((item) => item.type === type).length]))
    assert.deepEqual(counts, {
      行政许可: 5,
      行政处罚: 5,
      行政强制: 6,
      行政征收: 1,
      行政给付: 3,
      行政检查: 9,
      行政确认: 3,
      行政裁决: 2,
      其他行政权力: 70,
    })
  })

  it('repairs the shifted rows 98–104 so each item cites the law that matches its name', () => {
    const titles = (no: number) => findPower(no)!.basis.map((basis) => basis.title)
    assert.deepEqual(titles(98), ['就业服务与就业管理规定'])
    assert.deepEqual(titles(99), ['山西省食品小作坊小经营店小摊点管理条例'])
    assert.deepEqual(titles(100), ['中华人民共和国突发事件应对法'])
    assert.deepEqual(titles(101), ['保障农民工工资支付条例', '山西省保障农民工工资支付办法'])
    assert.deepEqual(titles(102), ['大中型水利水电工程建设征地补偿和移民安置条例'])
    assert.deepEqual(titles(103), ['中华人民共和国妇女权益保障法'])
    assert.deepEqual(titles(104), ['中华人民共和国人民调解法'])
    for (let no = 98; no <= 104; no++) assert.ok(findPower(no)!.notes.length > 0, `${no} says it was repaired`)
    assert.match(findPower(104)!.basis[0].articles, /第三十四条 乡镇、街道以及社会团体/)
  })

  it('宅基地审批 (第4项) is exercised by 乡镇, with a note on the misplaced mark', () => {
    const item = findPower(4)!
    assert.equal(item.name, '对农村宅基地和建房规划的审批')
    assert.equal(item.township, true)
    assert.match(item.notes[0], /乡（镇）人民政府/)
    assert.equal(item.basis[0].edition, '2019年修正')
  })
})

describe('涉农资金 plans (离政发〔2022〕25号, 33号 附件)', () => {
  const initial = projectPlans.find((plan) => plan.id === 'initial')!
  const adjusted = projectPlans.find((plan) => plan.id === 'adjusted')!

  it('has 17 projects totalling 8509.00万元 at the start of the year and 57 totalling 12148.39万元 after adjustment', () => {
    assert.equal(initial.projects.length, 17)
    assert.equal(adjusted.projects.length, 57)
  })

  it('category totals equal the printed ones (adjusted: 产业 9031.19, 就业 101.64, 教育 174.20, 金融 95.00, 村基础设施 2746.36)', () => {
    const sum = (plan: typeof adjusted, category: string) =>
      Math.round(plan.projects.filter((p) => p.category === category).reduce((s, p) => s + p.amount, 0) * 100) / 100
    assert.deepEqual(
      adjusted.printedCategories.map((c) => [c.name, sum(adjusted, c.name)]),
      [
        ['产业类项目', 9031.19],
        ['就业帮扶项目', 101.64],
        ['教育帮扶项目', 174.2],
        ['金融帮扶项目', 95],
        ['村基础设施项目', 2746.36],
      ],
    )
    assert.deepEqual(
      initial.printedCategories.map((c) => sum(initial, c.name)),
      [7135.1, 167.9, 26, 1180],
    )
    assert.deepEqual(
      checkContent({
        issues: [],
        params: [],
        selfCheckIds: [],
        fileOf: () => '',
        paramFile: () => '',
        sourceOf: () => undefined,
        sourceFile: () => '',
        powerLists: [],
        projectPlans,
        tablesFile: (d) => d,
      }).filter((p) => !p.field.endsWith('docId')),
      [],
    )
  })

  it('the content check catches a total that does not add up', () => {
    const broken = structuredClone(adjusted)
    broken.projects[0].amount += 1
    const problems = checkContent({
      issues: [],
      params: [],
      selfCheckIds: [],
      fileOf: () => '',
      paramFile: () => '',
      sourceOf: () => undefined,
      sourceFile: () => '',
      powerLists: [],
      projectPlans: [broken],
      tablesFile: (d) => d,
    })
    assert.ok(problems.some((p) => p.field === 'adjusted.合计' && p.message.includes('12149.39')))
    assert.ok(problems.some((p) => p.field === 'adjusted.产业类项目小计'))
  })

  it('each project keeps the printed name, amount, source and units; villages and townships are read from the row', () => {
    const village = findProject('adjusted', 10)!
    assert.equal(village.amount, 3909.16)
    assert.match(village.amountText, /第一批资金3619.10/)
    assert.equal(village.township, '吴城镇')
    assert.deepEqual(village.villages, ['上王营庄村'])
    const toilets = findProject('adjusted', 43)!
    assert.equal(toilets.standard, '2000元/座(普通)、3500元/座(特)')
    for (const plan of projectPlans)
      for (const project of plan.projects) assert.ok(squashedGazette.includes(squash(project.name)), project.name)
  })

  it('repairs rows 24/25: 家庭农场 and 核桃经济林 each get their own task', () => {
    assert.match(findProject('adjusted', 24)!.task, /家庭农场/)
    assert.doesNotMatch(findProject('adjusted', 24)!.task, /核桃/)
    assert.match(findProject('adjusted', 25)!.task, /30000亩核桃经济林/)
    assert.ok(findProject('adjusted', 24)!.note)
  })
})
