// A copy of what the content scripts read and write (src, scripts, the fixture issue), sharing this checkout's
// node_modules, for tests that change content files or run `npm run content:import` without touching the checkout.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const root = join(import.meta.dirname, '..', '..')
const run = promisify(execFile)
const copies: string[] = []

export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lishi-content-'))
  copies.push(dir)
  for (const part of ['src', 'scripts', 'tests/fixtures', 'package.json', 'tsconfig.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Runs a script of the copy with Node and tsx; never throws: the exit code and the output lines come back. */
export async function runScript(dir: string, script: string, args: string[] = []): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(dir, 'scripts', script), ...args], { cwd: dir })
    return { code: 0, lines: `${stderr}${stdout}`.split('\n') }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, lines: `${failed.stderr}${failed.stdout}`.split('\n') }
  }
}
