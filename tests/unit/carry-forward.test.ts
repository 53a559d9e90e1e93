// The import carries the rules forward from the previous issue: run on a copy of the project with the tests' next
// issue (tests/fixtures/next-issue), the changed amounts are reported old → new with both sentences, unchanged ones
// take the new citation, and words that are gone are listed for a person, never extended.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { makeNextIssue, nextIssueFile } from '../fixtures/next-issue/make'
import { findPredecessor, findWordsAgain, titleKey } from '../../scripts/build/import/carry-forward'
import { parseGazette } from '../../scripts/build/import/parse'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'

after(removeCopies)

const root = join(import.meta.dirname, '..', '..')
const source = readFileSync(join(root, 'src', 'content', 'issues', '2022-03', 'source.txt'), 'utf8')

describe('the tests’ next issue', () => {
  it('is what tests/fixtures/next-issue/make.ts makes of 2022-03’s text', () => {
    assert.equal(readFileSync(nextIssueFile, 'utf8'), makeNextIssue(source), 'run npx tsx tests/fixtures/next-issue/make.ts')
  })
})

describe('a document’s predecessor and its words found again', () => {
  const next = parseGazette(readFileSync(nextIssueFile, 'utf8'))
  const yibao = next.documents.find((doc) => doc.docNo === '离政办发〔2023〕14号')!

  it('the same issuer and title, years and numbers aside', () => {
    assert.equal(titleKey('关于做好2022年城乡居民基本医疗保险缴费工作的通知'), titleKey('关于做好2023年城乡居民基本医疗保险缴费工作的通知'))
    const earlier = [
      {
        id: 'lzbf2022-34',
        issueId: '2022-03',
        issuer: '区人民政府办公室',
        title: '吕梁市离石区人民政府办公室关于做好2022年城乡居民基本医疗保险缴费工作的通知',
        signedOn: '2022-09-16',
      },
      {
        id: 'lzf2022-34',
        issueId: '2022-03',
        issuer: '区人民政府',
        title: '吕梁市离石区人民政府关于张泽奇等同志任免职务的通知',
        signedOn: '2022-09-25',
      },
    ]
    assert.equal(findPredecessor(yibao, earlier)?.id, 'lzbf2022-34')
    assert.equal(findPredecessor({ ...yibao, issuer: '区人民政府' }, earlier), undefined)
  })

  it('numbers are wildcards; the clause cited is searched first', () => {
    const found = findWordsAgain('低保对象个人缴纳70元,定额资助280元', '三、（二）', yibao.original)
    assert.deepEqual([found?.words, found?.numbers], ['低保对象个人缴纳100元,定额资助280元', [100, 280]])
    assert.equal(findWordsAgain('这句话新文件里没有', '三、', yibao.original), undefined)
  })
})

describe('npm run content:import carries the rules of the next issue forward', () => {
  it('reports the changed amounts old → new with both sentences, and nothing else as changed', async () => {
    const dir = projectCopy()
    const imported = await runScript(dir, 'build/import.ts', [nextIssueFile])
    assert.equal(imported.code, 0, imported.lines.join('\n'))
    const at = imported.lines.findIndex((line) => /^标准有变化（\d+项，旧 → 新）：$/.test(line))
    assert.ok(at !== -1, imported.lines.join('\n'))
    const after = imported.lines.slice(at + 1)
    const report = after.slice(
      0,
      after.findIndex((line) => !/^[\w.-]+（|^ {2}[旧新]（/.test(line)),
    )
    assert.deepEqual(report, [
      'jiuye.transport.crossProvince（跨省务工一次性交通补贴）：1500元/人·年 → 1600元/人·年',
      '  旧（lzbf2022-26）：跨省务工的补贴标准从最高不超过800元提高到1500元',
      '  新（lzbf2023-6）：跨省务工的补贴标准从最高不超过800元提高到1600元',
      'hugong.certificate（取得培训合格证书奖补）：900元/人 → 1000元/人',
      '  旧（lzbf2022-29）：取得培训合格证书的人员，每人奖补900元',
      '  新（lzbf2023-9）：取得培训合格证书的人员,每人奖补1000元',
      'yibao.premium（城乡居民个人缴费标准）：350元/人 → 380元/人',
      '  旧（lzbf2022-34）：2022年预收2023年城乡居民个人缴费为每人350元',
      '  新（lzbf2023-14）：2023年预收2024年城乡居民个人缴费为每人380元',
      'yibao.dibao.personal（低保对象个人缴纳）：70元/人 → 100元/人',
      '  旧（lzbf2022-34）：低保对象个人缴纳70元,定额资助280元',
      '  新（lzbf2023-14）：低保对象个人缴纳100元,定额资助280元',
      'yibao.yifanpin.subsidy（易返贫致贫人口定额资助）：280元/人 → 310元/人',
      '  旧（lzbf2022-34）：易返贫致贫人口(包括脱贫不稳定人口和边缘易致贫人口)个人缴纳70元,定额资助280元',
      '  新（lzbf2023-14）：易返贫致贫人口(包括脱贫不稳定人口和边缘易致贫人口)个人缴纳70元,定额资助310元',
      'yibao.fanpin.subsidy（返贫致贫人口定额资助）：315元/人 → 345元/人',
      '  旧（lzbf2022-34）：返贫致贫人口个人缴纳35元,定额资助315元',
      '  新（lzbf2023-14）：返贫致贫人口个人缴纳35元,定额资助345元',
    ])
    // The new value, its new citation and period (a year on), and what it was, for the reviewer.
    const rules = JSON.parse(readFileSync(join(dir, 'src/content/issues/2023-03/rules/lzbf2023-14.json'), 'utf8')) as {
      tools: Record<string, { label: string; period: { from: string } }>
      params: {
        id: string
        value: number
        period: { from: string; to?: string }
        cite: { docId: string }
        review?: { value?: number; issue: string }
      }[]
    }
    const premium = rules.params.find((param) => param.id === 'yibao.premium')!
    assert.deepEqual(
      [premium.value, premium.cite.docId, premium.period, premium.review?.value, premium.review?.issue],
      [380, 'lzbf2023-14', { from: '2023-09-01', to: '2023-12-25' }, 350, '2022-03'],
    )
    assert.equal(rules.tools.yibao.label, '2024年度居民医保集中缴费期')
    // Our remark beside an edition moves on with it (its years, as the label's).
    const jiuye = JSON.parse(readFileSync(join(dir, 'src/content/issues/2023-03/rules/lzbf2023-6.json'), 'utf8')) as {
      tools: Record<string, { note?: string }>
    }
    assert.match(jiuye.tools['jiuye-geren'].note ?? '', /印发之日（2023年8月5日）[\s\S]*执行期限至2023年底/)
    assert.doesNotMatch(jiuye.tools['jiuye-geren'].note ?? '', /2022/)
  })

  it('words that are gone are listed for a person and not carried', async () => {
    const dir = projectCopy()
    const text = join(dir, 'gone.txt')
    writeFileSync(
      text,
      readFileSync(nextIssueFile, 'utf8').replace('取得培训合格证书的人员，每人奖补 1000 元', '取得证书的，每人奖补 1000 元'),
    )
    const imported = await runScript(dir, 'build/import.ts', [text])
    assert.equal(imported.code, 0, imported.lines.join('\n'))
    assert.ok(
      imported.lines.some((line) =>
        line.startsWith(
          '要人来写：hugong.certificate（取得培训合格证书奖补）：2022-03 的 lzbf2022-29里的“取得培训合格证书的人员，每人奖补900元”在新文件里找不到',
        ),
      ),
      imported.lines.join('\n'),
    )
    const rules = JSON.parse(readFileSync(join(dir, 'src/content/issues/2023-03/rules/lzbf2023-9.json'), 'utf8')) as {
      params: { id: string }[]
    }
    assert.ok(!rules.params.some((param) => param.id === 'hugong.certificate'))
  })
})
