// The contacts directory (src/domain/issue-views.ts): one current number per office, the newest issue's; a number
// only older issues print stays with those issues, never as a second line to call.
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { consultationDirectory, lineOfNumber, numberToCall, type ConsultationLine } from '#src/domain/issue-views'
import type { CatalogueDocument } from '#src/content/compact'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'

after(removeCopies)

const doc = (id: string, unit: string, shortName: string, phone: string): CatalogueDocument => ({
  id,
  docNo: id,
  consultation: { unit, shortName, phone },
})
const YIBAO = '吕梁市离石区医疗保障局'
const HR = '吕梁市离石区人社局'
const ENERGY = '吕梁市离石区能源局'
const older = {
  id: '2022-03',
  year: 2022,
  number: 3,
  publishedOn: '2022-09-30',
  documents: [
    doc('lzbf2022-34', YIBAO, '医保局', '0358-8227879'),
    doc('lzbf2022-26', HR, '人社局', '0358-8222401'),
    doc('lzbf2022-36', ENERGY, '能源局', '0358-8220931'),
  ],
}
const next = {
  id: '2023-03',
  year: 2023,
  number: 3,
  publishedOn: '2023-09-30',
  documents: [doc('lzbf2023-14', YIBAO, '医疗保障局', '0358-8227811'), doc('lzbf2023-6', HR, '人社局', '0358-8222401')],
}

describe('the contacts directory over two issues', () => {
  // Given oldest first, as a caller might: the newest issue decides.
  const lines = consultationDirectory([older, next])
  const byUnit = (unit: string) => lines.filter((line) => line.unit === unit)

  it('gives an office that changed its number one line, the newest issue’s, and keeps the old number with its issue', () => {
    assert.deepEqual(byUnit(YIBAO), [
      {
        unit: YIBAO,
        shortName: '医疗保障局',
        phone: '0358-8227811',
        issue: { id: '2023-03', year: 2023, number: 3 },
        documents: [{ id: 'lzbf2023-14', docNo: 'lzbf2023-14', title: undefined }],
        earlier: [
          {
            phone: '0358-8227879',
            issues: [{ id: '2022-03', year: 2022, number: 3 }],
            documents: [{ id: 'lzbf2022-34', docNo: 'lzbf2022-34', title: undefined }],
          },
        ],
      },
    ])
  })

  it('keeps an unchanged number as one line with every issue’s documents, and an office the newest issue lacks with its own issue', () => {
    assert.deepEqual(
      byUnit(HR).map((line) => [line.phone, line.documents.map((each) => each.id), line.earlier]),
      [['0358-8222401', ['lzbf2023-6', 'lzbf2022-26'], []]],
    )
    assert.deepEqual(
      byUnit(ENERGY).map((line) => [line.phone, line.issue.id]),
      [['0358-8220931', '2022-03']],
    )
    assert.deepEqual(
      lines.map((line) => line.unit),
      [YIBAO, HR, ENERGY],
      'newest issue first, in gazette order',
    )
  })

  it('finds the office of an old number, as the one to call now', () => {
    const found = lineOfNumber(lines, '0358-8227879')
    assert.equal(found?.line.phone, '0358-8227811')
    assert.equal(found?.earlier?.issues[0].id, '2022-03')
    assert.equal(lineOfNumber(lines, '0358-8227811')?.earlier, undefined)
    assert.equal(lineOfNumber(lines, '0358-1234567'), undefined)
  })

  it('dials the office’s current line from an older issue’s document, saying which number it printed', () => {
    assert.deepEqual(numberToCall(lines, '0358-8227879'), {
      phone: '0358-8227811',
      changed: '这份文件印的是 0358-8227879。2023年第3期公报印的这个单位的电话是 0358-8227811，请打这个。',
    })
    assert.deepEqual(numberToCall(lines, '0358-8222401'), { phone: '0358-8222401' }, 'unchanged: nothing said')
    assert.deepEqual(numberToCall(lines, '0358-1234567'), { phone: '0358-1234567' }, 'unknown: the printed number')
  })
})

describe('the contacts directory after `npm run content:import` of the next issue (tests/fixtures/next-issue)', () => {
  it('lists each office once with the next issue’s number; the four changed numbers only as 2022年第3期’s', async () => {
    const dir = projectCopy()
    const imported = await runScript(dir, 'build/import.ts', [join(dir, 'tests/fixtures/next-issue/gazette-2023-03.txt')])
    assert.equal(imported.code, 0, imported.lines.join('\n'))
    writeFileSync(
      join(dir, 'scripts', 'print-directory.ts'),
      "import { fullIssues } from './build/content/issues'\nimport { consultationDirectory } from '#src/domain/issue-views'\nconsole.log(JSON.stringify(consultationDirectory(fullIssues)))\n",
    )
    const printed = await runScript(dir, 'print-directory.ts')
    assert.equal(printed.code, 0, printed.lines.join('\n'))
    const lines = JSON.parse(printed.lines.find((line) => line.startsWith('['))!) as ConsultationLine[]
    const units = lines.map((line) => line.unit)
    assert.equal(new Set(units).size, units.length, `one line per office: ${units.join('、')}`)
    assert.ok(
      lines.every((line) => line.issue.id === '2023-03'),
      'every office of 2022-03 is in the next issue too',
    )
    const changed = lines
      .filter((line) => line.earlier.length > 0)
      .map((line) => [
        line.unit,
        line.phone,
        line.earlier.map((each) => `${each.issues.map((issue) => issue.id).join('、')} ${each.phone}`),
      ])
    assert.deepEqual(changed, [
      ['吕梁市离石区人社局', '0358-8222466', ['2022-03 0358-8222401']],
      ['吕梁市离石区现代农业发展服务中心', '0358-3383500', ['2022-03 0358-3383438']],
      ['吕梁市离石区医疗保障局', '0358-8227811', ['2022-03 0358-8227879']],
      ['吕梁市离石区能源局', '0358-8220977', ['2022-03 0358-8220931']],
    ])
    const phones = lines.map((line) => line.phone)
    for (const old of ['0358-8227879', '0358-8222401', '0358-3383438', '0358-8220931'])
      assert.ok(!phones.includes(old), `${old} is no line to call`)
    assert.ok(units.includes('吕梁市离石区农业农村局'), 'the office new in the next issue has its line')
  })
})
