// What depends on the content files, generated again after the desk saves: the project's one generate step
// (scripts/build/generate.ts), run in the project the desk edits (a copy has its own), without its content check (the desk
// has just checked what it saved).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Runs the generate step; whether it wrote any file (it writes only files whose content changed). */
export async function regenerate(projectDir: string): Promise<boolean> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(projectDir, 'scripts', 'build', 'generate.ts'), '--no-content-check'],
    { cwd: projectDir },
  )
  return !/\(0 written\)/.test(stdout)
}

/** Runs regenerate after each save, one run at a time; saves during a run are covered by one more run after it. */
export class Regenerator {
  private running: Promise<void> | undefined
  private again = false
  /** Set when the last run failed: what the generator printed. */
  failure: string | undefined
  finishedAt = 0
  /** Whether the last run wrote a file (the preview then rebuilds once more after it). */
  wrote = false

  constructor(private readonly projectDir: string) {}

  get busy(): boolean {
    return this.running !== undefined
  }

  request(): void {
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.loop().finally(() => {
      this.running = undefined
    })
  }

  /** Resolves once no run is going. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private async loop(): Promise<void> {
    do {
      this.again = false
      try {
        this.wrote = await regenerate(this.projectDir)
        this.failure = undefined
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string; message: string }
        this.failure = `${failed.stderr ?? ''}${failed.stdout ?? ''}`.trim() || failed.message
      }
      this.finishedAt = Date.now()
    } while (this.again)
  }
}
