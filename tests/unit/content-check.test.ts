// The content check: the shipped content passes; broken content is reported file by file, field by field.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fullIssues } from '../../scripts/build/content/issues'
import { allParams } from '#src/content/rules-in-force'
import { checkContent, formatProblem } from '../../scripts/build/content/checks'
import type { GazetteIssue, RuleParameter, ToolEdition } from '#src/content/types'
import { runContentCheck } from '../../scripts/build/content-check'
import { issueFolderNames, renderIndex } from '../../scripts/build/content-index'
import { gazetteText } from './gazette-source'

const base = {
  selfCheckIds: ['yehuaqi'],
  powerLists: [],
  projectPlans: [],
  tablesFile: (docId: string) => `tables/${docId}`,
  fileOf: (issueId: string, doc?: { id: string }) => `issues/${issueId}/${doc?.id ?? 'issue'}.ts`,
  paramFile: () => 'rules.ts',
  sourceOf: () => gazetteText,
  sourceFile: (issueId: string) => `issues/${issueId}/source.txt`,
}

function broken(edit: (issue: GazetteIssue) => void): GazetteIssue {
  const copy = structuredClone(fullIssues.find((issue) => issue.id === '2022-03')!)
  edit(copy)
  return copy
}

describe('content check', () => {
  it('passes the shipped content (whether the generated files are current: tests/unit/generate.test.ts)', () => {
    assert.deepEqual(runContentCheck().map(formatProblem), [])
  })

  it('checks the shape of a date’s act (what residents must do: it offers 加到手机日历)', () => {
    const issue = broken((i) => {
      const yibao = i.documents.find((doc) => doc.id === 'lzbf2022-34')
      const jiuye = i.documents.find((doc) => doc.id === 'lzbf2022-26')
      const zizha = i.documents.find((doc) => doc.id === 'lzbf2022-25')
      if (!yibao || !jiuye || !zizha) throw new Error('documents missing')
      ;(yibao.dates[0] as unknown as Record<string, unknown>).act = 25
      jiuye.dates[0].act = '  '
      zizha.dates[1].act = '整改'
    })
    const lines = checkContent({ ...base, issues: [issue], params: [] }).map(formatProblem)
    const actLines = lines.filter((line) => line.includes('.act:'))
    assert.equal(actLines.length, 3, lines.join('\n'))
    // A number is refused by the shape check (src/content/schema.ts), in words, at the field.
    assert.ok(
      actLines.includes(
        'issues/2022-03/lzbf2022-34.ts: dates[0].act: 这里要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"），现在填的是数字 25。',
      ),
      actLines.join('\n'),
    )
    assert.ok(
      actLines.some(
        (line) => line.startsWith('issues/2022-03/lzbf2022-26.ts: dates[0]') && line.includes('要写一句居民在这个时间要做的事'),
      ),
      actLines.join('\n'),
    )
    assert.ok(
      actLines.some(
        (line) =>
          line.startsWith('issues/2022-03/lzbf2022-25.ts: dates[1]') && line.endsWith('要居民去办的时间要写结束日期，才能加到手机日历'),
      ),
      actLines.join('\n'),
    )
  })

  it('reports each kind of problem in one line naming file and field', () => {
    const issue = broken((i) => {
      i.office.email = 'not-an-email'
      i.documents[0].consultation.phone = '0358—8223386'
      i.documents[1].id = 'lzf2022-25'
      i.documents[2].signedOn = '2022-02-30'
      i.documents[3].dates[1].end = '2021-01-01'
      i.documents[4].keyPoints = [{ text: '只有一条', source: '只有一条' }]
      i.documents[5].id = 'LZBF 2022 25'
      i.documents[6].docNo = '离政办发〔2022〕99号'
    })
    const lines = checkContent({ ...base, issues: [issue], params: [] }).map(formatProblem)
    const expected = [
      'issues/2022-03/issue.ts: office.email: “not-an-email” 不是有效的电子邮箱',
      'issues/2022-03/lzf2022-25.ts: consultation.phone: “0358—8223386” 要写成规范格式“0358-8223386”',
      'issues/2022-03/lzf2022-25.ts: id: 编号“lzf2022-25”在 issues/2022-03/lzf2022-25.ts 已经用过：两份文件不能用同一个编号，编号印在二维码里，发布后永不改变。请确认哪一份文件是“lzf2022-25”，把另一份的 id 改成它自己的编号（和文件名一样）。',
      'issues/2022-03/lzf2022-32.ts: signedOn: “2022-02-30”不是一个真有的日期，或者写法不对：在审核台（npm run desk）里写成 2023年9月1日 这样；直接改文件的写成 2023-09-01 这样（年-月-日）。',
      'issues/2022-03/lzf2022-34.ts: keyPoints: 要点要3到8条，现在1条',
      'issues/2022-03/LZBF 2022 25.ts: id: “LZBF 2022 25” 不符合编号规则（如 lzf2022-25、lzbf2022-34）',
      'issues/2022-03/lzbf2022-26.ts: docNo: “离政办发〔2022〕99号”和编号“lzbf2022-26”不一致（应为 离政办发〔2022〕26号）',
    ]
    for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\n${lines.join('\n')}`)
    assert.ok(
      lines.some((line) => line.startsWith('issues/2022-03/lzf2022-33.ts: dates[1]') && line.endsWith('开始日期晚于结束日期')),
      'an end date before its start is reported',
    )
    assert.ok(lines.some((line) => line.includes('LZBF 2022 25') && line.includes('小程序码 scene')))
  })

  it('a duplicate id names the other file and its line, and says what to do', () => {
    const issue = broken((i) => {
      i.documents[1].id = 'lzf2022-25'
    })
    // Each document's own file, as content:check finds it (the copy's objects: by position).
    const files = new Map(issue.documents.map((doc, index) => [doc, `documents/${index === 1 ? 'lzf2022-28' : doc.id}.json`]))
    const lines = checkContent({
      ...base,
      issues: [issue],
      params: [],
      fileOf: (issueId, doc) => (doc ? files.get(doc as never)! : `issues/${issueId}/issue.json`),
      lineOf: (file, field) => (file === 'documents/lzf2022-25.json' && field === 'id' ? 3 : undefined),
    }).map(formatProblem)
    const expected =
      'documents/lzf2022-28.json: id: 编号“lzf2022-25”在 documents/lzf2022-25.json:3 已经用过：两份文件不能用同一个编号，编号印在二维码里，发布后永不改变。这份文件叫 lzf2022-28.json，编号要和文件名一样：请把这里的 id 改回“lzf2022-28”。'
    assert.ok(lines.includes(expected), lines.join('\n'))
    assert.equal(lines.filter((line) => line.includes('已经用过')).length, 1)
  })

  it('a field left 【待填写】 is reported with the import’s whole hint, never cut off', () => {
    const hint = '一句话说明：用老百姓能懂的话说这份文件讲什么（金额、日期要和原文一致）'
    const issue = broken((i) => {
      i.documents[0].summary = `【待填写】${hint}`
    })
    const lines = checkContent({ ...base, issues: [issue], params: [] }).map(formatProblem)
    assert.ok(
      lines.includes(
        `issues/2022-03/lzf2022-25.ts: summary: 还没有填写，提示是“${hint}”：照提示写好这一项（在审核台（npm run desk）里打开这份文件就能填；直接改文件的，连“【待填写】”和提示一起换掉）。`,
      ),
      lines.join('\n'),
    )
  })

  it('reports parameters and calculator editions citing missing documents', () => {
    const orphan: RuleParameter = { ...allParams[0], id: 'x.orphan', cite: { ...allParams[0].cite, docId: 'lzbf2022-99' } }
    const edition: ToolEdition = {
      toolId: 'yibao',
      label: '某年度',
      period: { from: '2022-09-01' },
      cite: { ...allParams[0].cite, docId: 'lzf2099-1' },
      issueId: '2022-03',
    }
    const lines = checkContent({ ...base, issues: fullIssues, params: [orphan], tools: [edition], toolIds: ['yibao'] }).map(formatProblem)
    assert.ok(lines.includes('rules.ts: x.orphan.cite.docId: 引用的文件“lzbf2022-99”不存在'), lines.join('\n'))
    assert.ok(lines.includes('rules.ts: tools.yibao.cite.docId: 引用的文件“lzf2099-1”不存在'), lines.join('\n'))
  })

  it('reports an annex that points at a table it does not have', () => {
    const issue = broken((i) => {
      i.documents[0].annexes[0].table = { kind: 'projects', planId: 'nope' }
    })
    const lines = checkContent({ ...base, issues: [issue], params: [] }).map(formatProblem)
    assert.ok(lines.includes('issues/2022-03/lzf2022-25.ts: annexes[0].table: 指向的表格不存在或不属于这份文件'), lines.join('\n'))
  })

  it('reports a seeAlso that names no self-check, or says not for whom', () => {
    const issue = broken((i) => {
      i.documents[0].seeAlso = [
        { who: '家里用瓶装液化气的住户', selfCheck: 'nope' },
        { who: ' ', selfCheck: 'yehuaqi' },
      ]
    })
    const lines = checkContent({ ...base, issues: [issue], params: [] }).map(formatProblem)
    assert.ok(lines.includes('issues/2022-03/lzf2022-25.ts: seeAlso[0].selfCheck: 没有编号为“nope”的自查（有：yehuaqi）'), lines.join('\n'))
    assert.ok(lines.includes('issues/2022-03/lzf2022-25.ts: seeAlso[1].who: 要写明给谁看，如“家里用瓶装液化气的住户”'), lines.join('\n'))
  })

  it('generates the issue index from the folders, newest first', () => {
    assert.deepEqual(issueFolderNames(), ['2022-03'])
    assert.match(
      renderIndex(['2022-04', '2022-03']),
      /import \* as issue_2022_04 from '[./]+src\/content\/generated\/2022-04'[\s\S]*issueFolders = \[issue_2022_04, issue_2022_03\]/,
    )
  })

  describe('the 落款 printed in Chinese numerals is read and compared like any other', () => {
    /** The gazette text with 离政办发〔2022〕29号's 落款 (2022年8月17日, signedOn 2022-08-17) printed as `printed`. */
    const signedAs = (printed: string) => {
      const start = gazetteText.indexOf('\n离政办发〔2022〕29号\n')
      const line = gazetteText.indexOf('\n2022年8月17日\n', start)
      assert.ok(start >= 0 && line > start, 'the 落款 of 离政办发〔2022〕29号 is where the test expects it')
      return `${gazetteText.slice(0, line)}\n${printed}\n${gazetteText.slice(line + '\n2022年8月17日\n'.length)}`
    }
    const signingProblems = (text: string) =>
      checkContent({ ...base, sourceOf: () => text, issues: [broken(() => {})], params: [] })
        .map(formatProblem)
        .filter((line) => line.includes('signedOn'))

    it('a wrong date in Chinese numerals fails', () => {
      assert.deepEqual(signingProblems(signedAs('二〇二二年八月十八日')), [
        'issues/2022-03/lzbf2022-29.ts: signedOn: “2022-08-17”和原文落款“二〇二二年八月十八日”不一致',
      ])
    })

    it('the right date in Chinese numerals passes', () => {
      assert.deepEqual(signingProblems(signedAs('二〇二二年八月十七日')), [])
    })

    it('a document whose 落款 cannot be read is named, never passed unchecked', () => {
      assert.deepEqual(signingProblems(signedAs('二〇二二年八月')), [
        'issues/2022-03/lzbf2022-29.ts: signedOn: 原文里找不到这份文件的落款日期，没法核对',
      ])
    })
  })
})
