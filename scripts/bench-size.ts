// `npm run bench:size`: what the mini-program costs to download, beside the smallest Taro 4 React app built with the
// same configuration in the same run: per package (main and each subpackage), raw and gzip, and the biggest files.
// The baseline is a one-page app written to a temporary folder that shares this project's node_modules and config.
// Builds both (`taro build --type weapp`); prints numbers; asserts nothing.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const root = join(import.meta.dirname, '..')

function emptyTaroApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lishi-empty-taro-'))
  for (const file of ['package.json', 'babel.config.js', 'project.config.json', 'tsconfig.json']) cpSync(join(root, file), join(dir, file))
  cpSync(join(root, 'config'), join(dir, 'config'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const files: Record<string, string> = {
    'src/app.ts': "import type { PropsWithChildren } from 'react'\n\nexport default function App({ children }: PropsWithChildren) {\n  return children\n}\n",
    'src/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'] })\n",
    'src/pages/index/index.tsx': "import { View, Text } from '@tarojs/components'\n\nexport default function Index() {\n  return (\n    <View>\n      <Text>Hello</Text>\n    </View>\n  )\n}\n",
    'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'Hello' })\n",
    'src/sitemap.json': readFileSync(join(root, 'src', 'sitemap.json'), 'utf8'),
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

function buildWeapp(dir: string): string {
  const result = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`taro build failed in ${dir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return join(dir, 'dist', 'weapp')
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
}

interface PackageSize {
  name: string
  raw: number
  gzip: number
  biggest: { file: string; raw: number }[]
}

/** Main package and each subpackage of a built dist/weapp. */
function packages(dist: string): PackageSize[] {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const roots = (app.subPackages ?? []).map((sub) => sub.root)
  const files = filesUnder(dist).filter((file) => !file.endsWith('project.config.json'))
  const groups = new Map<string, string[]>([['main', []], ...roots.map((each): [string, string[]] => [each, []])])
  for (const file of files) {
    const path = relative(dist, file)
    groups.get(roots.find((each) => path.startsWith(`${each}/`)) ?? 'main')!.push(file)
  }
  return [...groups].map(([name, list]) => ({
    name,
    raw: list.reduce((sum, file) => sum + statSync(file).size, 0),
    gzip: list.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
    biggest: list
      .map((file) => ({ file: relative(dist, file), raw: statSync(file).size }))
      .sort((a, b) => b.raw - a.raw)
      .slice(0, 4),
  }))
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

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
    const ratio = pkg.name === 'main' ? `  = ${(pkg.raw / baseline.raw).toFixed(2)}× the empty app (gzip ${(pkg.gzip / baseline.gzip).toFixed(2)}×)` : ''
    console.log(`product ${pkg.name}: ${kib(pkg.raw)} (gzip ${kib(pkg.gzip)})${ratio}`)
    console.log(`  biggest: ${pkg.biggest.map((each) => `${each.file} ${kib(each.raw)}`).join(', ')}`)
  }
  const total = product.reduce((sum, pkg) => sum + pkg.raw, 0)
  console.log(`product total: ${kib(total)} of WeChat's 20 MB`)
}

main()
