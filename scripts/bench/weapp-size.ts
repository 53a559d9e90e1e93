// The size of a built mini-program per package (main and each subpackage), and the smallest Taro 4 React app
// built with this project's configuration, to measure the product against (bench:size, the package test).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const root = join(import.meta.dirname, '..', '..')

/** A one-page app in a temporary folder that shares this project's node_modules and config. */
export function emptyTaroApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lishi-empty-taro-'))
  for (const file of ['package.json', 'babel.config.js', 'project.config.json', 'tsconfig.json']) cpSync(join(root, file), join(dir, file))
  cpSync(join(root, 'config'), join(dir, 'config'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const files: Record<string, string> = {
    'src/app.ts':
      "import type { PropsWithChildren } from 'react'\n\nexport default function App({ children }: PropsWithChildren) {\n  return children\n}\n",
    'src/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'] })\n",
    'src/pages/index/index.tsx':
      "import { View, Text } from '@tarojs/components'\n\nexport default function Index() {\n  return (\n    <View>\n      <Text>Hello</Text>\n    </View>\n  )\n}\n",
    'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'Hello' })\n",
    'src/sitemap.json': readFileSync(join(root, 'src', 'sitemap.json'), 'utf8'),
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

export function buildWeapp(dir: string): string {
  const result = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`taro build failed in ${dir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return join(dir, 'dist', 'weapp')
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

export interface PackageSize {
  name: string
  raw: number
  gzip: number
  biggest: { file: string; raw: number }[]
}

/** Main package and each subpackage of a built dist/weapp. */
export function packages(dist: string): PackageSize[] {
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

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** Where the empty app's sizes are written for the package test (scripts/bench/empty-taro-size.ts). */
export const emptyAppSizesFile = join(root, 'dist', 'empty-taro-sizes.json')
