// The desk's preview (Taro in watch mode) keeps its prebundle cache in the project's own .cache/ (ignored by git),
// not in node_modules/.taro: node_modules is shared by every worktree and is not ours to write.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join, relative } from 'node:path'
import { test } from 'node:test'

const root = join(import.meta.dirname, '..', '..')

test('Taro’s watch-mode cache is under .cache/, outside node_modules, and git ignores it', async () => {
  process.env.TARO_ENV = 'h5'
  process.env.NODE_ENV = 'development'
  const configure = (
    (await import('../../config/index')) as {
      default: (merge: (...parts: object[]) => object, env: object) => Promise<{ compiler: { prebundle?: { cacheDir?: string } } }>
    }
  ).default
  const config = await configure((...parts) => Object.assign({}, ...parts), { command: 'build', mode: 'development' })
  const cacheDir = config.compiler.prebundle?.cacheDir
  assert.ok(cacheDir, 'a cache folder is named')
  const inProject = relative(root, cacheDir)
  assert.ok(!inProject.split(/[\\/]/).includes('node_modules'), inProject)
  assert.match(inProject, /^\.cache[\\/]/)
  const ignored = execFileSync('git', ['check-ignore', '-v', join(inProject, 'prebundle', 'metadata.json')], {
    cwd: root,
    encoding: 'utf8',
  })
  assert.match(ignored, /\.gitignore/)
})
