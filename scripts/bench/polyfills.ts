// `npm run bench:polyfills`: what the browser targets cost the H5 app (the site's app, opened by browsers outside
// WeChat). Builds a copy of the project for each browserslist (BROWSERSLIST overrides package.json) and prints the
// JavaScript every visitor downloads first (the scripts index.html loads) and all of it, raw and gzip, side by side
// in one run. Prints numbers; asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { syntheticProject } from '../build/archive-synthetic'

const TARGETS: [string, string][] = [
  ['before: last 3 versions, Android >= 4.1, iOS >= 8', 'last 3 versions, Android >= 4.1, ios >= 8'],
  ['chosen: last 3 versions, Android >= 5, iOS >= 12', 'last 3 versions, Android >= 5, ios >= 12'],
  ['modern only (no polyfills to speak of)', 'Chrome >= 110, ios >= 16'],
]

function jsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? jsUnder(join(dir, name)) : name.endsWith('.js') ? [join(dir, name)] : [],
  )
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const sizes = (files: string[]) =>
  files.reduce((sum, file) => ({ raw: sum.raw + statSync(file).size, gzip: sum.gzip + gzipSync(readFileSync(file)).length }), {
    raw: 0,
    gzip: 0,
  })

function main(): void {
  const dir = syntheticProject(mkdtempSync(join(tmpdir(), 'lishi-polyfills-')), 0)
  try {
    console.log('browserslist | first load (index.html scripts) raw / gzip | all JavaScript raw / gzip')
    for (const [label, query] of TARGETS) {
      const built = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, BROWSERSLIST: query },
      })
      if (built.status !== 0) throw new Error(built.stdout.slice(-2000) + built.stderr.slice(-2000))
      const h5 = join(dir, 'dist', 'h5')
      const first = [...readFileSync(join(h5, 'index.html'), 'utf8').matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((match) =>
        join(h5, match[1]),
      )
      const a = sizes(first)
      const b = sizes(jsUnder(h5))
      console.log(`${label} | ${kb(a.raw)} / ${kb(a.gzip)} | ${kb(b.raw)} / ${kb(b.gzip)}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main()
