// `npm run bench:size`: what the mini-program costs to download, beside the smallest Taro 4 React app built with the
// same configuration in the same run: per package (main and each subpackage), raw and gzip, and the biggest files.
// The baseline is a one-page app written to a temporary folder that shares this project's node_modules and config.
// Builds both (`taro build --type weapp`); prints numbers; asserts nothing.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { buildWeapp, emptyTaroApp, kib, packages } from './weapp-size'

const root = join(import.meta.dirname, '..', '..')

function main(): void {
  console.log('building the empty Taro app (same config, same node_modules)…')
  const empty = packages(buildWeapp(emptyTaroApp()))
  console.log('building the product (npm run build:weapp)…')
  const built = spawnSync('npm', ['run', 'build:weapp'], { cwd: root, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(built.stdout.slice(-2000))
  const product = packages(join(root, 'dist', 'weapp'))
  const baseline = empty.find((each) => each.name === 'main')!
  console.log(`\nempty Taro 4 app: main ${kib(baseline.raw)} (gzip ${kib(baseline.gzip)})`)
  for (const pkg of product) {
    const ratio =
      pkg.name === 'main'
        ? `  = ${(pkg.raw / baseline.raw).toFixed(2)}× the empty app (gzip ${(pkg.gzip / baseline.gzip).toFixed(2)}×)`
        : ''
    console.log(`product ${pkg.name}: ${kib(pkg.raw)} (gzip ${kib(pkg.gzip)})${ratio}`)
    console.log(`  biggest: ${pkg.biggest.map((each) => `${each.file} ${kib(each.raw)}`).join(', ')}`)
  }
  const total = product.reduce((sum, pkg) => sum + pkg.raw, 0)
  console.log(`product total: ${kib(total)} of WeChat's 20 MB`)
}

main()
