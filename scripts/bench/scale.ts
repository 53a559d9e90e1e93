// `npm run bench:scale -- 1 4 10`: how the WeChat package grows with the number of issues. For each count, a copy
// of the project gets that many issues (the real one and synthetic older ones, `build:synthetic-archive`), is built
// with `taro build --type weapp`, and its packages are measured beside the empty Taro app built the same way.
// Prints numbers; asserts nothing. The copies live in the system's temporary folder and are removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syntheticProject } from '../build/archive-synthetic'
import { buildWeapp, emptyTaroApp, kib, packages } from './weapp-size'

function projectWithIssues(count: number): string {
  return syntheticProject(mkdtempSync(join(tmpdir(), `lishi-scale-${count}-`)), count - 1)
}

function main(): void {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((count) => Number.isInteger(count) && count >= 1)
  if (counts.length === 0) counts.push(1, 4, 10)
  console.log('building the empty Taro app (same config, same node_modules)…')
  const empty = packages(buildWeapp(emptyTaroApp())).find((each) => each.name === 'main')!
  console.log(`empty Taro 4 app: main ${kib(empty.raw)}\n`)
  console.log('issues | main (× empty) | largest issue subpackage | tools | whole program')
  for (const count of counts) {
    const dir = projectWithIssues(count)
    try {
      const built = packages(buildWeapp(dir))
      const main = built.find((pkg) => pkg.name === 'main')!
      const issues = built.filter((pkg) => pkg.name.startsWith('packages/issue-'))
      const largest = issues.reduce((a, b) => (b.raw > a.raw ? b : a))
      const tools = built.find((pkg) => pkg.name === 'packages/tools')
      const total = built.reduce((sum, pkg) => sum + pkg.raw, 0)
      console.log(
        `${String(count).padStart(6)} | ${kib(main.raw)} (${(main.raw / empty.raw).toFixed(2)}×) | ${largest.name} ${kib(largest.raw)} | ${tools ? kib(tools.raw) : '-'} | ${kib(total)}${total > 20 * 1024 * 1024 ? ' — over WeChat’s 20 MB' : ''}`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

main()
