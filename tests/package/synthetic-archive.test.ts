// Ten years of gazettes: the real build over the synthetic archive (`npm run build:synthetic-archive -- 40 --build`: the
// real issue and 40 made-up older ones). The WeChat package stays within WeChat's limits and the main package within
// 1.35× an empty Taro app; the newest issues (package-budget.json) have subpackages, the rest are published on the
// site as content-addressed files under /data/, each file's name its content hash.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { emptyAppSizesFile, kib, packages } from '../../scripts/bench/weapp-size'
import { contentHash, type ArchiveManifest } from '#src/domain/archive/archive'
import { syntheticArchive, syntheticSite, syntheticWeapp } from '../support/synthetic-archive'

const PACKAGE_LIMIT = 2 * 1024 * 1024
const TOTAL_LIMIT = 20 * 1024 * 1024

describe('the package over 41 issues (synthetic archive)', () => {
  const archive = syntheticArchive()

  it('main ≤ 1.35× the empty Taro app and < 2 MB, every subpackage < 2 MB, the whole < 20 MB', () => {
    assert.ok(existsSync(emptyAppSizesFile), 'run npx tsx scripts/bench/empty-taro-size.ts first (npm test does)')
    const empty = (JSON.parse(readFileSync(emptyAppSizesFile, 'utf8')) as { main: { raw: number } }).main.raw
    const built = packages(syntheticWeapp)
    const main = built.find((pkg) => pkg.name === 'main')!
    const total = built.reduce((sum, pkg) => sum + pkg.raw, 0)
    console.log(
      `41 issues: main ${kib(main.raw)} = ${(main.raw / empty).toFixed(2)}× the empty app (${kib(empty)}); ${built.length - 1} subpackages, largest ${kib(Math.max(...built.filter((pkg) => pkg !== main).map((pkg) => pkg.raw)))}; whole ${kib(total)}`,
    )
    assert.ok(main.raw <= 1.35 * empty, `main ${kib(main.raw)} is ${(main.raw / empty).toFixed(2)}× the empty app`)
    assert.ok(main.raw < PACKAGE_LIMIT)
    for (const pkg of built) assert.ok(pkg.raw < PACKAGE_LIMIT, `${pkg.name} ${kib(pkg.raw)}`)
    assert.ok(total < TOTAL_LIMIT, `whole ${kib(total)}`)
  })

  it('has a subpackage for each issue within the budget and none for archived ones', () => {
    const app = JSON.parse(readFileSync(join(syntheticWeapp, 'app.json'), 'utf8')) as { subPackages: { root: string }[] }
    const issueRoots = app.subPackages.map((sub) => sub.root).filter((root) => root.startsWith('packages/issue-'))
    assert.deepEqual(
      issueRoots.sort(),
      ['2022-03', ...archive.inPackage.map((issue) => issue.id)].map((id) => `packages/issue-${id}`).sort(),
    )
    for (const issue of archive.archived) assert.ok(!existsSync(join(syntheticWeapp, 'packages', `issue-${issue.id}`)), issue.id)
    assert.ok(archive.archived.length >= 20, `${archive.archived.length} archived`)
  })

  it('publishes every older issue in dist/site/data: a manifest named by the hash the package ships, and its files, each named by its own hash', () => {
    for (const issue of archive.older) {
      const dir = join(syntheticSite, 'data', issue.id)
      const manifestText = readFileSync(join(dir, `${archive.hashes[issue.id]}.json`), 'utf8')
      assert.equal(contentHash(manifestText), archive.hashes[issue.id], issue.id)
      const manifest = JSON.parse(manifestText) as ArchiveManifest
      assert.equal(manifest.issue.id, issue.id)
      assert.deepEqual(
        manifest.issue.documents.map((doc) => doc.id),
        issue.documents.map((doc) => doc.id),
      )
      assert.ok(
        manifest.issue.documents.every((doc) => doc.editorNotes === undefined),
        'the 公报室’s notes are not published',
      )
      const listed = [...Object.values(manifest.original), manifest.search!]
      assert.equal(Object.keys(manifest.original).length, issue.documents.length)
      for (const hash of listed) assert.equal(contentHash(readFileSync(join(dir, `${hash}.json`), 'utf8')), hash, `${issue.id}/${hash}`)
      // Each file and, compressed once at build time for nginx's gzip_static, its .gz (deploy/nginx.conf).
      assert.deepEqual(
        readdirSync(dir).sort(),
        [archive.hashes[issue.id], ...listed].flatMap((hash) => [`${hash}.json`, `${hash}.json.gz`]).sort(),
      )
    }
    assert.ok(!existsSync(join(syntheticSite, 'data', '2022-03')), 'the newest issue is never archived')
  })
})
