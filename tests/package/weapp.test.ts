// WeChat package validity: WeChat's own compilers (wcc / wcsc from miniprogram-compiler) must accept
// dist/weapp, and app.json, every page json, sitemap.json and project.config.json must pass
// miniprogram-ci's schema check. Run after `npm run build:weapp`.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { emptyAppSizesFile, kib, packages } from '../../scripts/bench/weapp-size'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist', 'weapp')
const { wxmlToJs, wxssToJs } = require('miniprogram-compiler') as {
  wxmlToJs: (dir: string) => string
  wxssToJs: (dir: string) => string
}
const { schemaValidate } = require('miniprogram-ci/dist/modules/corecompiler/original/validate/schemaValidate.js') as {
  schemaValidate: (
    kind: string,
    json: unknown,
  ) => { error: { errorProperty?: string; errorType?: string; requireProperty?: string }[]; warning: unknown[] }
}

/** WeChat's limits: each package (main or sub) 2 MB, the whole program 20 MB. */
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

  it('the main package is at most 1.35× an empty Taro app and under 2 MB, each subpackage under 2 MB, the whole under 20 MB; tools, rules, tables and 原文 live in subpackages', () => {
    const app = readJson(join(dist, 'app.json'))
    const roots = ((app.subPackages ?? []) as { root: string }[]).map((sub) => sub.root)
    assert.ok(roots.includes('packages/tools'), roots.join(', '))
    assert.ok(
      roots.some((root) => /^packages\/issue-\d{4}-\d{2}$/.test(root)),
      roots.join(', '),
    )
    assert.ok(existsSync(emptyAppSizesFile), 'run npx tsx scripts/bench/empty-taro-size.ts first (npm test does)')
    const empty = (JSON.parse(readFileSync(emptyAppSizesFile, 'utf8')) as { main: { raw: number } }).main.raw
    const built = packages(dist)
    for (const pkg of built)
      console.log(
        `${pkg.name}: ${kib(pkg.raw)}${pkg.name === 'main' ? ` = ${(pkg.raw / empty).toFixed(2)}× the empty Taro app (${kib(empty)})` : ''}; biggest: ${pkg.biggest.map((each) => `${each.file} ${kib(each.raw)}`).join(', ')}`,
      )
    const main = built.find((pkg) => pkg.name === 'main')!
    assert.ok(main.raw <= 1.35 * empty, `main package ${kib(main.raw)} is ${(main.raw / empty).toFixed(2)}× the empty app`)
    assert.ok(main.raw < PACKAGE_LIMIT)
    for (const pkg of built) assert.ok(pkg.raw < PACKAGE_LIMIT, `${pkg.name} ${pkg.raw} bytes`)
    const total = built.reduce((sum, pkg) => sum + pkg.raw, 0)
    console.log(`whole program: ${kib(total)}`)
    assert.ok(total < TOTAL_LIMIT, `whole program ${total} bytes`)
    // The big tables, the 原文 and the rule parameters are not in the main package.
    const mainFiles = filesUnder(dist).filter((file) => !roots.some((root) => relative(dist, file).startsWith(`${root}/`)))
    for (const file of mainFiles) {
      if (!file.endsWith('.js')) continue
      const code = readFileSync(file, 'utf8')
      assert.ok(!code.includes('移民安置条例'), relative(dist, file))
      assert.ok(!code.includes('上面千条线'), `${relative(dist, file)} carries 原文`)
      assert.ok(!code.includes('yibao.tekun.personal'), `${relative(dist, file)} carries rule parameters`)
    }
  })

  it('ships neither zod nor the data files\' "$schema" (an editor\'s pointer to the JSON Schema, dropped by config/index.ts)', () => {
    for (const file of filesUnder(dist).filter((each) => each.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8')
      assert.ok(!code.includes('schema.json'), `${relative(dist, file)} carries a data file's "$schema"`)
      assert.ok(!code.includes('toJSONSchema') && !code.includes('ZodError'), `${relative(dist, file)} carries zod`)
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
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', 'audit-weapp.ts'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    })
    const items = JSON.parse(result.stdout.trim().split('\n').pop() ?? '[]') as { name: string; success: boolean; text: string }[]
    assert.ok(items.length >= 10, `${items.length} items; ${result.stderr.slice(0, 300)}`)
    assert.deepEqual(
      items.filter((item) => !item.success).map((item) => `${item.name}: ${item.text}`),
      [],
    )
    assert.equal(result.status, 0)
  })
})
