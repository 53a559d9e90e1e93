// esbuild follows package.json "imports" as Node does, without trying extensions, so src/'s `#src/…` imports
// (extensionless, like every import in src/) reach it as the same mapping written as tsconfig paths. Given to
// esbuild only: tsx would apply tsconfig paths from the working directory, not from each file's own project.
import { join } from 'node:path'

export const srcImportsTsconfig = { compilerOptions: { baseUrl: join(import.meta.dirname, '..', '..'), paths: { '#src/*': ['src/*'] } } }
