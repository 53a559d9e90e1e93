// npm run import: the shipped issue is re-derived from its own text, and variants built here from that real text
// (another issue number, a document removed, spaces in 文号, Windows line endings, full-width digits, a missing
// 政策咨询 block, a wrong 合计) each give the right facts or the right problem line.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { latestFullIssue } from '../../scripts/build/content/issues'
import { ImportError, parseGazette } from '../../scripts/build/import/parse'
import { printedDay } from '../../scripts/build/content/printed-dates'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'
import { contentFileKind, schemaRefFor, validateContentFile } from '#src/content/schema'

const root = join(import.meta.dirname, '..', '..')
const sourceFile = join(root, 'src', 'content', 'issues', '2022-03', 'source.txt')
const source = readFileSync(sourceFile, 'utf8')
const shipped = parseGazette(source)
const run = promisify(execFile)

describe('import: the shipped issue is re-derived from its text', () => {
  it('masthead: 2022年第3期（总第6期）, 2022年9月30日出版', () => {
    assert.deepEqual(shipped.issue, { year: 2022, number: 3, totalNumber: 6, publishedOn: '2022-09-30' })
  })
  it('the same 15 documents, ids, 文号, pages, signing dates and consultation lines as the shipped content', () => {
    const facts = (
      docs: { id: string; docNo: string; page?: number; signedOn?: string; consultation: { unit: string; phone: string } | null }[],
    ) => docs.map((doc) => [doc.id, doc.docNo, doc.page, doc.signedOn, doc.consultation?.unit, doc.consultation?.phone])
    assert.deepEqual(facts(shipped.documents), facts(latestFullIssue.documents))
  })
  it('titles equal the shipped titles (the body title, as printed above each document)', () => {
    // 离政办发〔2022〕35号: the 目录 prints 家政服务业, the body 家政服务 (reported below); the app follows the 目录.
    const others = (id: string) => id !== 'lzbf2022-35'
    assert.deepEqual(
      shipped.documents.filter((doc) => others(doc.id)).map((doc) => doc.title),
      latestFullIssue.documents.filter((doc) => others(doc.id)).map((doc) => doc.title.replace(/[（]/g, '(').replace(/[）]/g, ')')),
    )
  })
  it('annex titles, 主送 and 此件公开发布 are read', () => {
    const doc = (id: string) => shipped.documents.find((each) => each.id === id)!
    assert.deepEqual(doc('lzbf2022-31').annexes, [
      '吕梁市离石区自建房安全专项整治工作领导小组',
      '吕梁市离石区自建房安全专项整治工作领导小组成员单位职责分工',
    ])
    assert.equal(doc('lzbf2022-34').addressee, '区直各有关单位')
    assert.ok(shipped.documents.every((each) => each.publicRelease))
    assert.ok(shipped.documents.every((each) => each.original.blocks.length > 5))
  })
  it('the text is structured: headings with clause paths, tab-separated rows as one table per table', () => {
    const doc = (id: string) => shipped.documents.find((each) => each.id === id)!
    const paths = doc('lzbf2022-33').original.blocks.flatMap((block) => (block.clause ? [block.path] : []))
    for (const path of ['一', '四（二）', '四（四）1', '四（四）1（1）', '五']) assert.ok(paths.includes(path), path)
    const plan = doc('lzf2022-25').original.blocks.flatMap((block) => (block.table ? [block.table] : []))
    assert.equal(plan.length, 1)
    assert.deepEqual(plan[0].columns.slice(0, 3), ['序号', '项目名称', '项目地点'])
    assert.ok(plan[0].rows.some((row) => row[1] === '离石区坪头乡产业帮扶资金项目'))
    assert.ok(doc('lzbf2022-34').original.blocks.some((block) => block.kind === 'release'))
    assert.ok(doc('lzbf2022-34').original.blocks.some((block) => block.kind === 'consultation' && block.text.includes('0358')))
  })

  it('the one real discrepancy of this issue is reported: 目录 says 家政服务业, the body 家政服务', () => {
    assert.deepEqual(shipped.problems, [
      '离政办发〔2022〕35号：目录标题“吕梁市离石区人民政府办公室关于印发吕梁市离石区省级家政服务业标准化试点项目建设实施方案的通知”和正文标题“吕梁市离石区人民政府办公室关于印发吕梁市离石区省级家政服务标准化试点项目建设实施方案的通知”不一致',
    ])
  })
})

describe('import: variants of the real text', () => {
  it('another issue: 2023年第1期（总第7期）with other 文号 numbers and phones', () => {
    const text = source
      .replace('2022年第3期', '2023年第1期')
      .replace('(总第6期)', '(总第7期)')
      .replace('2022年9月30日出版', '2023年3月31日出版')
      .replace(/离政办发〔2022〕34\s*号/g, '离政办发〔2023〕4号')
      .replace(/0358-8227879/g, '0358-8227000')
    const result = parseGazette(text)
    assert.deepEqual(result.issue, { year: 2023, number: 1, totalNumber: 7, publishedOn: '2023-03-31' })
    const doc = result.documents.find((each) => each.id === 'lzbf2023-4')!
    assert.equal(doc.docNo, '离政办发〔2023〕4号')
    assert.equal(doc.page, 115)
    assert.deepEqual(doc.consultation, { unit: '吕梁市离石区医疗保障局', phone: '0358-8227000' })
  })
  it('one document removed from 目录 and body: 14 documents, no problem about it', () => {
    const lines = source.split('\n')
    const body = lines.findIndex((line) => line.trim() === '离政发〔2022〕28号')
    const next = lines.findIndex((line) => line.trim() === '离政发〔2022〕32号')
    const titleOf28 = body - 2
    const titleOf32 = next - 2
    const toc = lines.findIndex((line) => line.includes('吕梁市离石区人民政府关于程晓亮等同志任免'))
    const without = [...lines.slice(0, toc), ...lines.slice(toc + 2, titleOf28), ...lines.slice(titleOf32)]
    const result = parseGazette(without.join('\n'))
    assert.equal(result.documents.length, 14)
    assert.ok(!result.documents.some((doc) => doc.id === 'lzf2022-28'))
    assert.ok(!result.problems.some((line) => line.includes('28号')), result.problems.join('\n'))
  })
  it('extra spaces inside 文号 (离政办发〔2022〕33 号) are normalised', () => {
    const result = parseGazette(source.replace('\n离政办发〔2022〕33号\n', '\n离政办发 〔 2022 〕 33 号\n'))
    assert.equal(result.documents.find((doc) => doc.id === 'lzbf2022-33')?.docNo, '离政办发〔2022〕33号')
  })
  it('Windows line endings give the same facts', () => {
    assert.deepEqual(
      parseGazette(source.replace(/\n/g, '\r\n')).documents.map((doc) => [doc.id, doc.page, doc.signedOn]),
      shipped.documents.map((doc) => [doc.id, doc.page, doc.signedOn]),
    )
  })
  it('full-width digits give the same facts', () => {
    const wide = source.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    assert.deepEqual(
      parseGazette(wide).documents.map((doc) => [doc.id, doc.page, doc.signedOn, doc.consultation?.phone]),
      shipped.documents.map((doc) => [doc.id, doc.page, doc.signedOn, doc.consultation?.phone]),
    )
  })
  it('a missing 政策咨询 block is reported, never invented', () => {
    const result = parseGazette(source.replace(/咨询单位[:：] *吕梁市离石区能源局/, '').replace(/咨询电话[:：] *0358[—-]8220931/, ''))
    assert.equal(result.documents.find((doc) => doc.id === 'lzbf2022-36')?.consultation, null)
    assert.ok(
      result.problems.includes('离政办发〔2022〕36号：没有“政策咨询”（咨询单位、咨询电话），不能自己编，请问公报室'),
      result.problems.join('\n'),
    )
  })
  it('a phone that is not a fixed-line number is reported', () => {
    const result = parseGazette(source.replace(/咨询电话[:：] *0358[—-]8220931/, '咨询电话：0358-82209'))
    assert.ok(result.problems.includes('离政办发〔2022〕36号：咨询电话“0358-82209”不是有效的固定电话号码'), result.problems.join('\n'))
  })
  it('a signing date after the publication date is reported', () => {
    const result = parseGazette(source.replace('2022年9月30日出版', '2022年9月10日出版'))
    assert.ok(result.problems.includes('离政办发〔2022〕34号：落款日期2022-09-16晚于出版日期2022-09-10'), result.problems.join('\n'))
  })
  it('a printed 合计 that does not equal its rows is reported', () => {
    const result = parseGazette(source.replace('\t合计\t\t\t\t\t8509.00', '\t合计\t\t\t\t\t8510.00'))
    assert.ok(
      result.problems.some((line) => /^离政发〔2022〕25号：表格印的合计是8510，\d+行加起来是8509$/.test(line)),
      result.problems.join('\n'),
    )
  })
  it('signing dates in Chinese numerals', () => {
    assert.equal(printedDay('二〇二二年九月二十五日'), '2022-09-25')
    assert.equal(printedDay('二〇二二年十月十日'), '2022-10-10')
    assert.equal(printedDay('2022 年 7 月 6 日'), '2022-07-06')
    assert.equal(printedDay('2022年2月30日'), undefined)
  })
})

describe('import: bad input is one clear line and nothing written', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty file', '   \n', /文件是空的/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', /二进制文件/],
    ['a text that is not a gazette', '今天天气很好。\n明天也不错。', /不像一期公报的文字稿/],
    ['a gazette text without 目录', source.replace(/目\s*录/, '目 次'), /找不到“目 录”/],
  ]
  for (const [name, text, message] of cases) {
    it(name, () => {
      assert.throws(
        () => parseGazette(text),
        (error: unknown) => error instanceof ImportError && message.test(error.message),
      )
    })
  }

  it('a 100 MB file is refused at once by its size, without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lishi-import-'))
    const huge = join(dir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 100 * 1024 * 1024)
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', 'import.ts'), huge, '--json'], { cwd: root }),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 1)
        assert.match(error.stderr, /文件有100MB/)
        return true
      },
    )
    rmSync(dir, { recursive: true, force: true })
  })

  it('the command: --json prints the issue and writes nothing; a bad file exits 1 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lishi-import-'))
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', 'import.ts'), sourceFile, '--json'], {
      cwd: root,
    })
    const printed = JSON.parse(stdout) as { issue: unknown; documents: { id: string; blocks: number }[]; problems: string[] }
    assert.deepEqual(printed.issue, shipped.issue)
    assert.equal(printed.documents.length, 15)
    assert.equal(typeof printed.documents[0].blocks, 'number')
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', 'import.ts'), empty, '--json'], { cwd: root }),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 1)
        assert.equal(error.stderr.trim().split('\n').length, 1)
        assert.match(error.stderr, /文件是空的/)
        return true
      },
    )
  })
})

describe('import writes a draft that content:check then lists, and --update keeps what people wrote', () => {
  after(removeCopies)
  const nextIssue = (text: string) =>
    text
      .replace('2022年第3期', '2023年第1期')
      .replace('(总第6期)', '(总第7期)')
      .replace('2022年9月30日出版', '2023年3月31日出版')
      .replace(/〔2022〕/g, '〔2023〕')

  it('imports 2023年第1期 into a copy of the project; content:check lists the 【待填写】 fields and the drafts apart', async () => {
    const dir = projectCopy()
    const textFile = join(dir, 'gazette-2023-01.txt')
    writeFileSync(textFile, nextIssue(source))
    const imported = await runScript(dir, 'build/import.ts', [textFile])
    assert.equal(imported.code, 0, imported.lines.join('\n'))
    assert.ok(imported.lines.some((line) => line.startsWith('15份文件的事实已写入 src/content/issues/2023-01')))
    const doc = JSON.parse(readFileSync(join(dir, 'src/content/issues/2023-01/documents/lzbf2023-34.json'), 'utf8')) as {
      docNo: string
      page: number
      consultation: { phone: string }
    }
    assert.deepEqual([doc.docNo, doc.page, doc.consultation.phone], ['离政办发〔2023〕34号', 115, '0358-8227879'])
    assert.equal(readFileSync(join(dir, 'src/content/issues/2023-01/source.txt'), 'utf8'), nextIssue(source))
    // Every data file written has the shape of its kind and names its JSON Schema first (editors complete fields).
    const folder = join(dir, 'src/content/issues/2023-01')
    const written = [
      'issue.json',
      ...['documents', 'rules', 'corrections', 'tables'].flatMap((sub) =>
        readdirSync(join(folder, sub))
          .filter((name) => name.endsWith('.json'))
          .map((name) => `${sub}/${name}`),
      ),
    ]
    assert.ok(written.length > 40, written.join(', '))
    for (const path of written) {
      const data = JSON.parse(readFileSync(join(folder, path), 'utf8')) as unknown
      assert.deepEqual(validateContentFile(contentFileKind(path)!, data), [], path)
      if (!Array.isArray(data))
        assert.equal(Object.keys(data as object)[0] === '$schema' && (data as { $schema: string }).$schema, schemaRefFor(path), path)
    }

    const check = await runScript(dir, 'build/content-check.ts')
    assert.equal(check.code, 1)
    const problems = check.lines.filter((line) => line.includes(': '))
    assert.ok(problems.length > 15 * 5, `${problems.length} lines`)
    // The rules come from the same documents of 2022-03, carried forward as drafts to review (content:check lists them apart).
    const rules = problems.filter((line) => line.startsWith('src/content/issues/2023-01/rules/'))
    assert.ok(rules.length >= 125, `${rules.length} rule drafts`)
    // This made-up issue kept 2022's dates: every value that would start no later than 2022-03's says so.
    for (const line of rules)
      assert.match(
        line,
        /^src\/content\/issues\/2023-01\/rules\/lz(b)?f2023-\d+\.json:\d+: (tools\.|lists\.)?[\w.-]+\.(review: 待审核：|period\.from: 要晚于上一期（2022-03）)/,
      )
    assert.ok(
      rules.some((line) => line.includes('jiuye.transport.crossProvince.period.from: 要晚于上一期（2022-03）这个参数的开始日期2022-08-05')),
    )
    assert.ok(check.lines.some((line) => /^导入带过来的草稿，待审核（\d+项）：$/.test(line)))
    // Every other line is a field a person writes (【待填写】) or one the import drafted from 2022-03 (待审核).
    for (const line of problems.filter((each) => !rules.includes(each))) {
      assert.match(
        line,
        /^src\/content\/issues\/2023-01\/(documents\/lz(b)?f2023-\d+\.json:\d+: ((summary|keyPoints\[\d\]\.(text|source)|audience\[0\]|topics\[0\]|consultation\.shortName|dates\[0\]\.(label|source)|annexes\[\d\]\.contains): 还没有填写|(summary|keyPoints\[\d\]|audience|topics|consultation\.shortName|dates(\[\d\])?|annexes\[\d\]\.contains|ourCounts): 待审核：导入起草的)|corrections\/lz(b)?f2023-\d+\.json:\d+: corrections\[\d\]: 待审核：导入起草的|tables\/tables\.json:\d+: drafts\.(powerList|projectPlans\.\w+): 待审核：导入起草的)/,
      )
    }
    assert.ok(problems.some((line) => /lzbf2023-34\.json:\d+: summary: 待审核：导入起草的/.test(line)))

    const again = await runScript(dir, 'build/import.ts', [textFile])
    assert.equal(again.code, 1)
    assert.match(again.lines[0], /src\/content\/issues\/2023-01 已经存在：.*--update/)
  })

  it('--update refreshes a changed phone and keeps the summary a person wrote', async () => {
    const dir = projectCopy()
    const textFile = join(dir, 'gazette-2023-01.txt')
    writeFileSync(textFile, nextIssue(source))
    assert.equal((await runScript(dir, 'build/import.ts', [textFile])).code, 0)
    const file = join(dir, 'src/content/issues/2023-01/documents/lzbf2023-34.json')
    const written = JSON.parse(readFileSync(file, 'utf8')) as { summary: string }
    written.summary = '2023年的医保缴费说明（人写的）'
    writeFileSync(file, JSON.stringify(written, null, 2))
    writeFileSync(textFile, nextIssue(source).replace('0358-8227879', '0358-8227000'))
    const updated = await runScript(dir, 'build/import.ts', [textFile, '--update'])
    assert.equal(updated.code, 0, updated.lines.join('\n'))
    assert.ok(updated.lines.includes('已更新 lzbf2023-34: consultation.phone: "0358-8227879" → "0358-8227000"'), updated.lines.join('\n'))
    const after = JSON.parse(readFileSync(file, 'utf8')) as { summary: string; consultation: { phone: string } }
    assert.equal(after.summary, '2023年的医保缴费说明（人写的）')
    assert.equal(after.consultation.phone, '0358-8227000')
  })
})
