// The search benchmarks run src/'s own search code in Chromium: an entry script that imports it, bundled by esbuild
// into one minified script a page can evaluate. esbuild follows package.json "imports" as Node does, without trying
// extensions, so src/'s `#src/…` imports (extensionless, like every import in src/) reach it as the same mapping
// written as tsconfig paths, given to esbuild only: tsx would apply tsconfig paths from the working directory.
import { join } from 'node:path'
import { build } from 'esbuild'

const root = join(import.meta.dirname, '..', '..')
const srcImportsTsconfig = { compilerOptions: { baseUrl: root, paths: { '#src/*': ['src/*'] } } }

/** The entry (TypeScript, imports relative to the repository root) as one script for a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    tsconfigRaw: srcImportsTsconfig,
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2017',
    charset: 'utf8',
  })
  return result.outputFiles[0].text
}
