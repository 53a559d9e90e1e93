// `npm run generate` (scripts/build/generate.ts): one process makes every generated file; `--check` (what CI runs before
// any build rewrites them) fails naming each generated file that is not what a fresh generation gives. Mutation
// tests in copies of the project: a generated file edited, added or deleted must fail the check; an unchanged copy
// passes; generating again repairs the copy and a second run writes nothing.
import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'
import { generate } from '../../scripts/build/generate'

after(removeCopies)

const RUN_GENERATE = '请运行 npm run generate'

/** Edits a file of the copy, after checking the edit applies. */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  assert.ok(text.includes(from), `the mutation must apply to ${file}: ${from}`)
  writeFileSync(path, text.replace(from, to))
}

describe('npm run generate', () => {
  it('--check passes an unchanged copy', async () => {
    const result = await runScript(projectCopy(), 'build/generate.ts', ['--check'])
    assert.equal(result.code, 0, result.lines.join('\n'))
  })

  it('--check fails naming each generated file edited, deleted or left over, and says to run npm run generate', async () => {
    const dir = projectCopy()
    edit(dir, 'src/domain/generated/tool-titles.json', '"title": "', '"title": "改过的')
    edit(dir, 'src/packages/issue-2022-03/search-entries.json', '"kind":"doc"', '"kind":"calc"')
    edit(dir, 'src/content/generated/2022-03/head.json', '"phone":"0358-8227879"', '"phone":"0358-8227878"')
    edit(dir, 'src/packages/issue-2022-03/pages/original/index.config.ts', "'原文'", "'原文件'")
    rmSync(join(dir, 'src/content/generated/archive.json'))
    writeFileSync(join(dir, 'src/content/generated/notes.ts'), 'export const note = 1\n')
    const result = await runScript(dir, 'build/generate.ts', ['--check'])
    assert.equal(result.code, 1)
    const named = (file: string) => result.lines.find((line) => line.startsWith(`${file}: `))
    for (const file of [
      'src/domain/generated/tool-titles.json',
      'src/packages/issue-2022-03/search-entries.json',
      'src/content/generated/2022-03/head.json',
      'src/packages/issue-2022-03/pages/original/index.config.ts',
    ]) {
      assert.match(named(file) ?? '', /和重新生成的内容不一致.*请运行 npm run generate/, `${file}:\n${result.lines.join('\n')}`)
    }
    assert.match(named('src/content/generated/archive.json') ?? '', /没有这个文件/, result.lines.join('\n'))
    assert.match(named('src/content/generated/notes.ts') ?? '', /不再生成/, result.lines.join('\n'))
    assert.equal(result.lines.filter((line) => line.includes(RUN_GENERATE)).length, 6, result.lines.join('\n'))
  })

  it('--check names only the stale module when the list of issues is edited (the rest is made as if it were not)', async () => {
    const dir = projectCopy()
    edit(
      dir,
      'scripts/build/content/generated/issue-folders.ts',
      'export const issueFolders = [issue_2022_03]',
      'export const issueFolders = []',
    )
    const result = await runScript(dir, 'build/generate.ts', ['--check'])
    assert.equal(result.code, 1)
    assert.deepEqual(
      result.lines.filter((line) => line.includes(RUN_GENERATE)).map((line) => line.split(': ')[0]),
      ['scripts/build/content/generated/issue-folders.ts'],
      result.lines.join('\n'),
    )
    assert.equal(
      readFileSync(join(dir, 'scripts/build/content/generated/issue-folders.ts'), 'utf8').includes('issueFolders = []'),
      true,
      'the check writes nothing',
    )
  })

  it('repairs the copy: afterwards --check passes, the file left over is gone, and a second run writes nothing', async () => {
    const dir = projectCopy()
    const titles = join(dir, 'src/domain/generated/tool-titles.json')
    const shipped = readFileSync(titles, 'utf8')
    edit(dir, 'src/domain/generated/tool-titles.json', '"title": "', '"title": "改过的')
    writeFileSync(join(dir, 'src/content/generated/notes.ts'), 'export const note = 1\n')
    const first = await runScript(dir, 'build/generate.ts')
    assert.equal(first.code, 0, first.lines.join('\n'))
    assert.ok(
      first.lines.some((line) => /^generate: \d+ files \(2 written\)/.test(line)),
      first.lines.join('\n'),
    )
    assert.equal(readFileSync(titles, 'utf8'), shipped)
    assert.ok(!existsSync(join(dir, 'src/content/generated/notes.ts')))
    const second = await runScript(dir, 'build/generate.ts')
    assert.ok(
      second.lines.some((line) => /^generate: \d+ files \(0 written\)/.test(line)),
      second.lines.join('\n'),
    )
    assert.equal((await runScript(dir, 'build/generate.ts', ['--check'])).code, 0)
  })

  it('generate(projectDir, { write: false }) returns every file it would write and writes none', async () => {
    const dir = projectCopy()
    edit(dir, 'src/content/generated/catalogue.json', '[', '[ ')
    const edited = readFileSync(join(dir, 'src/content/generated/catalogue.json'), 'utf8')
    const files = await generate(dir, { write: false })
    assert.equal(readFileSync(join(dir, 'src/content/generated/catalogue.json'), 'utf8'), edited)
    assert.equal(files.get(join(dir, 'src/content/generated/catalogue.json')), edited.replace('[ ', '['))
    for (const file of [
      'scripts/build/content/generated/issue-folders.ts',
      'src/content/generated/2022-03/head.json',
      'src/packages/issue-2022-03/original/lzbf2022-34.json',
      'src/packages/issue-2022-03/search-entries.json',
      'src/content/generated/archive.json',
      'src/domain/generated/tool-titles.json',
    ]) {
      assert.equal(files.get(join(dir, file)), readFileSync(join(dir, file), 'utf8'), file)
    }
  })

  it('runs first in every build and dev run, and CI checks the committed files before anything rewrites them', () => {
    const root = join(import.meta.dirname, '..', '..')
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    for (const name of ['build:weapp', 'build:h5', 'dev:weapp'])
      assert.match(scripts[name], /^tsx scripts\/build\/generate\.ts && taro build /, name)
    const steps = readFileSync(join(root, 'scripts', 'dev', 'test.sh'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
    const check = steps.findIndex((line) => line.startsWith('npm run generate -- --check'))
    const firstWrite = steps.findIndex((line) =>
      /npm run (build|generate(?! -- --check))|taro build|build:synthetic-archive|next-issue-project/.test(line),
    )
    assert.ok(check >= 0 && check < firstWrite, steps.join('\n'))
  })

  it('marks every generated TypeScript module with the header (JSON is marked in .gitattributes)', async () => {
    const files = await generate(join(import.meta.dirname, '..', '..'), { write: false })
    const modules = [...files.keys()].filter((path) => /\.tsx?$/.test(path))
    assert.ok(modules.length > 10)
    for (const path of modules) assert.match(files.get(path)!, /^\/\/ Generated by `npm run generate`/, path)
    const attributes = readFileSync(join(import.meta.dirname, '..', '..', '.gitattributes'), 'utf8')
    for (const pattern of [
      'src/content/generated/**',
      'src/domain/generated/**',
      'src/packages/issue-*/**',
      'tests/fixtures/issues/generated/**',
      'scripts/build/content/generated/**',
    ]) {
      assert.ok(attributes.includes(`${pattern} linguist-generated`), pattern)
    }
  })
})
