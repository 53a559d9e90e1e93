// The import graph of the project's TypeScript, read from the source text: each file's relative imports (import,
// export … from, import(), require()) and those through tsconfig's `paths` and package.json's `imports`, resolved to files. Bare package names
// are left out. Used by the tests that keep build-time code out of src/ and cycles out of scripts/ and src/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const projectRoot = resolve(import.meta.dirname, '..', '..')

const SOURCE = /\.(ts|tsx)$/
// import … from '…', export … from '…', import '…' (group 1: `type ` when only types are imported), and import('…'),
// require('…'); the specifier is group 2.
const SPECIFIER =
  /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s*)?['"]([^'"]+)['"]|\b(?:import|require)\s*\(\s*()['"]([^'"]+)['"]/g

/** Every .ts/.tsx file under the folder (relative to the project root, with `/`), node_modules left out. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) found.push(relative(projectRoot, path).split('\\').join('/'))
    }
  }
  walk(join(projectRoot, folder))
  return found.sort()
}

/** The `paths` of tsconfig.json as prefix → folder pairs (`@fixtures/*` → `tests/fixtures/`). */
function aliases(): [string, string][] {
  const text = readFileSync(join(projectRoot, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')
  const config = JSON.parse(text) as { compilerOptions?: { paths?: Record<string, string[]> } }
  return Object.entries(config.compilerOptions?.paths ?? {}).map(([from, [to]]) => [
    from.replace(/\*$/, ''),
    to.replace(/^\.\//, '').replace(/\*$/, ''),
  ])
}

/** The `imports` of package.json (`#src/*` → `src/`): the project's own import path, beside tsconfig's `paths`. */
function packageImports(): [string, string][] {
  const config = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    imports?: Record<string, string | { default: string }>
  }
  return Object.entries(config.imports ?? {}).map(([from, to]) => [
    from.replace(/\*$/, ''),
    (typeof to === 'string' ? to : to.default).replace(/^\.\//, '').replace(/\*$/, ''),
  ])
}

const tsconfigAliases = [...aliases(), ...packageImports()]

function resolveFile(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && SOURCE.test(candidate))
      return relative(projectRoot, candidate).split('\\').join('/')
  }
  return undefined
}

/** The project files a file imports (only .ts/.tsx: JSON and styles are data, not code); with `runtimeOnly`, not
 * those it imports only types from (`import type`: erased, so they cannot make a cycle at run time). */
export function importsOf(file: string, { runtimeOnly = false } = {}): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8')
  const targets = new Set<string>()
  for (const match of text.matchAll(SPECIFIER)) {
    if (runtimeOnly && match[1]) continue
    const specifier = match[2] ?? match[4]
    let base: string | undefined
    if (specifier.startsWith('.')) base = resolve(projectRoot, dirname(file), specifier)
    else {
      const alias = tsconfigAliases.find(([prefix]) => specifier.startsWith(prefix))
      if (alias) base = resolve(projectRoot, alias[1], specifier.slice(alias[0].length))
    }
    const target = base === undefined ? undefined : resolveFile(base)
    if (target) targets.add(target)
  }
  return [...targets].sort()
}

/** Every file reachable from the entries by imports. */
export function reachableFrom(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    queue.push(...importsOf(file))
  }
  return seen
}

/** Each import cycle among the files (type-only imports left out), as the files in order (the first repeated at the
 * end), once per cycle. */
export function importCycles(files: string[]): string[][] {
  const inScope = new Set(files)
  const graph = new Map(files.map((file) => [file, importsOf(file, { runtimeOnly: true }).filter((target) => inScope.has(target))]))
  const cycles: string[][] = []
  const seenCycles = new Set<string>()
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next))
        const key = [...cycle].sort().join(' ')
        if (!seenCycles.has(key)) {
          seenCycles.add(key)
          cycles.push([...cycle, next])
        }
      } else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return cycles
}
