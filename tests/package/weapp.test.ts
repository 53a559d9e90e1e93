// WeChat package validity: WeChat's own compilers (wcc / wcsc from miniprogram-compiler) must accept
// dist/weapp, and app.json, every page json, sitemap.json and project.config.json must pass
// miniprogram-ci's schema check. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist', 'weapp')
const { wxmlToJs, wxssToJs } = require('miniprogram-compiler') as {
  wxmlToJs: (dir: string) => string
  wxssToJs: (dir: string) => string
}
const { schemaValidate } = require('miniprogram-ci/dist/modules/corecompiler/original/validate/schemaValidate.js') as {
  schemaValidate: (kind: string, json: unknown) => { error: { errorProperty?: string; errorType?: string; requireProperty?: string }[]; warning: unknown[] }
}

/** Our budget for the main package (WeChat allows 2 MB): what opens from a printed code must stay small. */
const MAIN_PACKAGE_TARGET = 620 * 1000
/** WeChat's limits: each subpackage 2 MB, the whole program 20 MB. */
const PACKAGE_LIMIT = 2 * 1024 * 1024
const TOTAL_LIMIT = 20 * 1024 * 1024

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('weapp package (dist/weapp)', () => {
  it('has been built', () => {
    assert.ok(existsSync(join(dist, 'app.json')), 'run `npm run build:weapp` first')
  })

  it('compiles with WeChat wcc (WXML)', () => {
    const output = wxmlToJs(dist)
    assert.match(output, /\$gwx/)
  })

  it('compiles with WeChat wcsc (WXSS)', () => {
    const output = wxssToJs(dist)
    assert.match(output, /wxssMap/)
  })

  it('app.json passes the app schema and lists every page with its files', () => {
    const app = readJson(join(dist, 'app.json'))
    assert.deepEqual(schemaValidate('app', app).error, [])
    const pages = app.pages as string[]
    assert.deepEqual(pages.slice(0, 1), ['pages/index/index'])
    for (const page of ['pages/doc/index', 'pages/contacts/index', 'pages/notfound/index']) assert.ok(pages.includes(page), page)
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) assert.ok(existsSync(join(dist, page + ext)), `${page}${ext} missing`)
    }
  })

  it('every page json passes the page schema; the document page can be shared', () => {
    const app = readJson(join(dist, 'app.json'))
    for (const page of app.pages as string[]) {
      const json = readJson(join(dist, `${page}.json`))
      assert.deepEqual(schemaValidate('page', json).error, [], page)
    }
    // Taro moves the share switches out of the json into the page's createPageConfig call,
    // which then registers onShareAppMessage / onShareTimeline on the page.
    const docPageJs = readFileSync(join(dist, 'pages/doc/index.js'), 'utf8')
    assert.match(docPageJs, /enableShareAppMessage:!0/)
    assert.match(docPageJs, /enableShareTimeline:!0/)
  })

  it('sitemap.json and project.config.json pass their schemas; DevTools opens dist/weapp', () => {
    assert.deepEqual(schemaValidate('sitemap', readJson(join(dist, 'sitemap.json'))).error, [])
    const project = readJson(join(root, 'project.config.json'))
    assert.deepEqual(schemaValidate('projectconfig', project).error, [])
    assert.equal(project.miniprogramRoot, 'dist/weapp/')
  })

  it('the main package stays under 620 KB, each subpackage under 2 MB, the whole under 20 MB; tables and 原文 live in the issue subpackage', () => {
    const app = readJson(join(dist, 'app.json'))
    const roots = ((app.subPackages ?? []) as { root: string }[]).map((sub) => sub.root)
    assert.deepEqual(roots, ['packages/issue-2022-03'])
    const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0)
    const all = filesUnder(dist).filter((file) => !file.endsWith('project.config.json'))
    const main = all.filter((file) => !roots.some((root) => relative(dist, file).startsWith(`${root}/`)))
    const largest = main
      .map((file) => ({ file: relative(dist, file), size: statSync(file).size }))
      .sort((a, b) => b.size - a.size)
      .slice(0, 3)
    console.log(`main package: ${(sizeOf(main) / 1024).toFixed(1)} KiB in ${main.length} files; largest: ${largest.map((f) => `${f.file} ${(f.size / 1024).toFixed(1)} KiB`).join(', ')}`)
    assert.ok(sizeOf(main) < MAIN_PACKAGE_TARGET, `main package ${sizeOf(main)} bytes`)
    for (const root of roots) {
      const files = all.filter((file) => relative(dist, file).startsWith(`${root}/`))
      console.log(`subpackage ${root}: ${(sizeOf(files) / 1024).toFixed(1)} KiB in ${files.length} files`)
      assert.ok(sizeOf(files) < PACKAGE_LIMIT, `${root} ${sizeOf(files)} bytes`)
    }
    console.log(`whole program: ${(sizeOf(all) / 1024).toFixed(1)} KiB`)
    assert.ok(sizeOf(all) < TOTAL_LIMIT, `whole program ${sizeOf(all)} bytes`)
    // The big tables and the 原文 are not in the main package.
    for (const file of main) {
      if (!file.endsWith('.js')) continue
      const code = readFileSync(file, 'utf8')
      assert.ok(!code.includes('移民安置条例'), relative(dist, file))
      assert.ok(!code.includes('上面千条线'), `${relative(dist, file)} carries 原文`)
    }
  })

  it('every shipped chunk parses as the ECMAScript project.config.json promises old WeChat engines', () => {
    const project = readJson(join(root, 'project.config.json')) as { setting: { es6: boolean } }
    // es6: false means WeChat does not transpile: the code must already be ES5.
    const ecmaVersion = project.setting.es6 ? 2015 : 5
    const { parse } = require('acorn') as { parse: (code: string, options: { ecmaVersion: number }) => unknown }
    const chunks = filesUnder(dist).filter((file) => file.endsWith('.js'))
    assert.ok(chunks.length > 10)
    for (const chunk of chunks) {
      assert.doesNotThrow(() => parse(readFileSync(chunk, 'utf8'), { ecmaVersion }), `${relative(dist, chunk)} is not ES${ecmaVersion}`)
    }
  })

  it('WeChat’s own code-quality audit (DevTools 代码质量, miniprogram-ci checkCodeQuality) passes every item', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'audit-weapp.ts'), '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    const items = JSON.parse(result.stdout.trim().split('\n').pop() ?? '[]') as { name: string; success: boolean; text: string }[]
    assert.ok(items.length >= 10, `${items.length} items; ${result.stderr.slice(0, 300)}`)
    assert.deepEqual(items.filter((item) => !item.success).map((item) => `${item.name}: ${item.text}`), [])
    assert.equal(result.status, 0)
  })
})
