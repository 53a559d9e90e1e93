// The routes module (src/domain/links/routes.ts) builds every page path the app links to: each path it builds is a
// page app.config.ts registers, and no other file under src/ spells a page path.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as routes from '#src/domain/links/routes'
import { latestIssue } from '#src/content/catalogue'

const root = join(import.meta.dirname, '..', '..')

/** The pages app.config.ts registers, as `/root/pages/x/index` paths (its own defineAppConfig is Taro's global). */
async function registeredPages(): Promise<Set<string>> {
  const withGlobal = globalThis as { defineAppConfig?: (config: unknown) => unknown }
  withGlobal.defineAppConfig = (config) => config
  const config = (await import('#src/app.config')).default as unknown as {
    pages: string[]
    subPackages: { root: string; pages: string[] }[]
  }
  return new Set([
    ...config.pages.map((page) => `/${page}`),
    ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `/${sub.root}/${page}`)),
  ])
}

const pageOf = (path: string) => path.split('?')[0]

describe('the routes module', () => {
  it('builds only paths of pages app.config.ts registers', async () => {
    const registered = await registeredPages()
    const issue = latestIssue.id
    const built = [
      ...Object.values(routes.PAGES),
      routes.PRINTED_CALC_CODE_PAGE,
      routes.docPagePath('lzbf2022-34'),
      routes.docPageOfQrPath('https://gb.lishi.example.cn/d/lzbf2022-34'),
      routes.newerIssuePath('lzbf2099-1'),
      routes.calcPagePath('yibao'),
      routes.selfCheckPagePath('canyin-ranqi'),
      routes.contactPagePath('0358-8227879'),
      routes.searchPage(issue),
      routes.powerPagePath(issue, 3),
      routes.projectPagePath(issue, 'plan', 2),
      routes.documentPath('original', 'lzbf2022-34', { id: issue, shelf: 'package' }, { words: '托管 30%' }),
      routes.issueDocPage(issue),
      routes.documentPath('doc', 'lzbf2022-34', { id: issue, shelf: 'package' }),
      routes.documentPath('doc', 'lzbf2022-34', { id: issue, shelf: 'archive' }),
      routes.issueContentsPagePath(issue, 'package'),
      routes.issueContentsPagePath(issue, 'archive'),
    ]
    for (const path of built) assert.ok(registered.has(pageOf(path)), `${path} is not a registered page`)
  })

  it('encodes what it puts in a query, so an id or a scanned URL never breaks the path', () => {
    assert.equal(routes.docPagePath('lzbf2022-34'), '/pages/doc/index?id=lzbf2022-34')
    assert.equal(
      routes.docPageOfQrPath('https://gb.lishi.example.cn/d/a?b=c&d'),
      '/pages/doc/index?q=https%3A%2F%2Fgb.lishi.example.cn%2Fd%2Fa%3Fb%3Dc%26d',
    )
    assert.equal(routes.newerIssuePath('lzf2030-1&x'), '/packages/archive/pages/newer/index?id=lzf2030-1%26x')
    assert.equal(
      routes.documentPath('doc', 'lzbf2022-34', { id: '2022-03', shelf: 'package' }, { at: '三（二）' }),
      `/packages/issue-2022-03/pages/doc/index?id=lzbf2022-34&at=${encodeURIComponent('三（二）')}`,
    )
    assert.equal(
      routes.documentPath('doc', 'lzbf2019-1', { id: '2019-01', shelf: 'archive' }),
      '/packages/archive/pages/doc/index?id=lzbf2019-1',
    )
    assert.equal(routes.issueContentsPagePath('2019-01', 'archive'), '/packages/archive/pages/issue/index?issue=2019-01')
    assert.equal(routes.issueContentsPagePath('2022-03', 'package'), '/packages/issue-2022-03/pages/issue/index')
  })

  it('names a page the way WeChat’s server APIs take it (no leading slash)', () => {
    assert.equal(routes.wechatPagePath(routes.PAGES.doc), 'pages/doc/index')
    assert.equal(routes.wechatPagePath(routes.PRINTED_CALC_CODE_PAGE), 'pages/calc/index')
  })
})

describe('page paths are built in one place', () => {
  it('no file under src/ but the routes module spells a page path (app.config.ts registers pages; generated files are left out)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      )
    const exempt = (file: string) => /generated|[\\/]packages[\\/]issue-[^\\/]+[\\/]|\.config\.ts$|[\\/]links[\\/]routes\.ts$/.test(file)
    const PAGE_PATH_LITERAL = /['"`]\/(?:pages|packages)\//
    const spelled = files(join(root, 'src'))
      .filter((file) => /\.tsx?$/.test(file) && !exempt(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${relative(root, file)}:${index + 1}` }))
          .filter(({ line }) => PAGE_PATH_LITERAL.test(line) && !/^\s*(\/\/|\*)/.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`)
    assert.deepEqual(spelled, [])
  })
})
