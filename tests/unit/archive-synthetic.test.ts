// The synthetic archive: older quarters shaped like the newest issue, each with its own 文号, ids and words.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { quarterBefore, rewriteText } from '../../scripts/build/archive-synthetic'

describe('synthetic issues', () => {
  it('go back quarter by quarter across years', () => {
    assert.deepEqual(quarterBefore(2022, 3, 1), { year: 2022, number: 2 })
    assert.deepEqual(quarterBefore(2022, 3, 3), { year: 2021, number: 4 })
    assert.deepEqual(quarterBefore(2022, 3, 40), { year: 2012, number: 3 })
  })

  it('give each document its own 文号 and id (as printed, with the gazette’s stray spaces), the year, and swapped words', () => {
    const model = { year: 2022, docNumbers: [25, 34] }
    const target = { year: 2019, number: 2, swaps: [['加强', '强化']] as [string, string][] }
    assert.equal(rewriteText('离政办发〔2022〕34 号 加强管理', model, target), '离政办发〔2019〕234 号 强化管理')
    assert.equal(
      rewriteText('"id": "lzf2022-25", "docNo": "离政发〔2022〕25号"', model, target),
      '"id": "lzf2019-225", "docNo": "离政发〔2019〕225号"',
    )
    // Another office's 文号 keeps its number; only the year moves.
    assert.equal(rewriteText('吕农服发〔2022〕34 号', model, target), '吕农服发〔2019〕34 号')
    assert.equal(rewriteText('documents/lzbf2022-34.json', model, target), 'documents/lzbf2019-234.json')
  })
})

describe('an older issue added to a copy of the project', () => {
  it('gets its subpackage pages from npm run generate (原文 and tables, not search), its catalogue entry and archive hash', async () => {
    const { syntheticProject } = await import('../../scripts/build/archive-synthetic')
    const { mkdtempSync, existsSync, readFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = syntheticProject(mkdtempSync(join(tmpdir(), 'lishi-older-')), 1)
    try {
      const packages = join(dir, 'src', 'packages')
      for (const page of ['doc', 'issue', 'original', 'powers', 'projects'])
        assert.ok(existsSync(join(packages, 'issue-2022-02', 'pages', page, 'index.tsx')), page)
      assert.ok(!existsSync(join(packages, 'issue-2022-02', 'pages', 'search')), 'search is the newest issue’s')
      assert.ok(!existsSync(join(packages, 'issue-2022-02', 'search-entries.json')))
      assert.ok(existsSync(join(packages, 'issue-2022-03', 'pages', 'search', 'index.tsx')))
      assert.match(readFileSync(join(packages, 'issue-2022-02', 'pages', 'powers', 'index.tsx'), 'utf8'), /issueId='2022-02'/)
      const subpackages = JSON.parse(readFileSync(join(dir, 'src', 'content', 'generated', 'subpackages.json'), 'utf8')) as {
        issues: { root: string; pages: string[] }[]
      }
      assert.deepEqual(subpackages.issues.find((each) => each.root === 'packages/issue-2022-02')?.pages, [
        'pages/doc/index',
        'pages/issue/index',
        'pages/original/index',
        'pages/powers/index',
        'pages/projects/index',
      ])
      assert.match(readFileSync(join(dir, 'src', 'content', 'generated', 'catalogue.json'), 'utf8'), /"2022-02 5 2022-06-28 0 lzf-225:0 /)
      assert.match(readFileSync(join(dir, 'src', 'content', 'generated', 'archive.json'), 'utf8'), /^\{"2022-02":"[0-9a-f]{32}"\}\n$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the next issue imported into a copy of the project', () => {
  it('takes over search and the home table buttons; the issue before keeps its pages but not the search', async () => {
    const { generateSyntheticIssues, syntheticProject } = await import('../../scripts/build/archive-synthetic')
    const { mkdtempSync, existsSync, readFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = syntheticProject(mkdtempSync(join(tmpdir(), 'lishi-next-')), 0)
    try {
      assert.deepEqual(generateSyntheticIssues(dir, 1, 'newer'), ['2022-04'])
      const packages = join(dir, 'src', 'packages')
      for (const page of ['doc', 'issue', 'original', 'powers', 'projects', 'search'])
        assert.ok(existsSync(join(packages, 'issue-2022-04', 'pages', page, 'index.tsx')), page)
      assert.ok(existsSync(join(packages, 'issue-2022-04', 'search-entries.json')))
      for (const gone of ['pages/search', 'search-index.ts', 'fulltext-index.ts', 'search-entries.json'])
        assert.ok(!existsSync(join(packages, 'issue-2022-03', gone)), gone)
      for (const page of ['doc', 'issue', 'original', 'powers', 'projects'])
        assert.ok(existsSync(join(packages, 'issue-2022-03', 'pages', page, 'index.tsx')), page)
      const heads = readFileSync(join(dir, 'src', 'content', 'generated', 'heads.ts'), 'utf8')
      assert.match(heads, /import head from '\.\/2022-04\/head\.json'/)
      assert.match(heads, /\{"powers":"2022-04","projects":"2022-04"\}/)
      assert.match(readFileSync(join(dir, 'src', 'content', 'generated', 'catalogue.json'), 'utf8'), /"2022-03 6 2022-09-30 0 /)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
