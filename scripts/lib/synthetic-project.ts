// A copy of this project with `count` synthetic older issues (archive:synthetic), sharing node_modules, for the
// scale benches and the CI build over ten years of issues.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { generateSyntheticIssues } from '../archive-synthetic'

const root = join(import.meta.dirname, '..', '..')
const PROJECT_PARTS = ['src', 'scripts', 'config', 'tests/fixtures', 'package.json', 'tsconfig.json', 'babel.config.js', 'project.config.json', 'deploy']

/** Makes `dir` (emptied first) a project whose issues are the real ones and `older` synthetic ones before them. */
export function syntheticProject(dir: string, older: number): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const part of PROJECT_PARTS) cpSync(join(root, part), join(dir, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  if (older > 0) generateSyntheticIssues(dir, older)
  for (const script of ['search-entries.ts', 'archive-data.ts', 'tool-titles.ts']) {
    const run = spawnSync('npx', ['tsx', join('scripts', script)], { cwd: dir, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`${script}: ${run.stdout}${run.stderr}`)
  }
  return dir
}
