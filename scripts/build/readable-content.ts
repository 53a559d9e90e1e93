// Before anything loads the content: every data file of every issue folder must read as JSON. A file a text editor
// left unreadable is named with its line (scripts/build/unreadable-json.ts) instead of a stack trace from deep inside
// the loader. Used by `npm run generate` (every build) and `npm run content:check`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { unreadableJson } from './unreadable-json'

const DATA_FOLDERS = ['documents', 'rules', 'corrections', 'tables']

/** One sentence per unreadable data file under src/content/issues/ and tests/fixtures/issues/ of the project. */
export function unreadableContent(projectDir: string): string[] {
  const found: string[] = []
  for (const issuesDir of [join(projectDir, 'src', 'content', 'issues'), join(projectDir, 'tests', 'fixtures', 'issues')]) {
    for (const issueId of existsSync(issuesDir) ? readdirSync(issuesDir).filter((name) => /^\d{4}-\d{2}$/.test(name)) : []) {
      const folder = join(issuesDir, issueId)
      const inFolder = (sub: string) =>
        existsSync(join(folder, sub))
          ? readdirSync(join(folder, sub))
              .filter((name) => name.endsWith('.json'))
              .map((name) => join(folder, sub, name))
          : []
      const files = [...(existsSync(join(folder, 'issue.json')) ? [join(folder, 'issue.json')] : []), ...DATA_FOLDERS.flatMap(inFolder)]
      for (const file of files) {
        const why = unreadableJson(relative(projectDir, file), readFileSync(file, 'utf8'))
        if (why) found.push(why)
      }
    }
  }
  return found
}

if (process.argv[1] === import.meta.filename) {
  const found = unreadableContent(join(import.meta.dirname, '..', '..'))
  for (const line of found) console.error(line)
  process.exit(found.length === 0 ? 0 : 1)
}
