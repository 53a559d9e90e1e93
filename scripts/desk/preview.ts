// The resident's page, as the desk previews it: the project's own H5 app, built by Taro in watch mode (its dev
// server, on 127.0.0.1 only — config/index.ts reads LISHI_PREVIEW_PORT). Started with the desk, not when the page
// first asks: the first build takes 20–40 seconds on this machine (the last one's time is kept in
// .cache/desk-preview.json, so the page can say how much longer), each rebuild after a save about 1–2 seconds; a
// production build (npm run build:h5) takes minutes.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

export interface PreviewState {
  origin: string
  /** 'starting' until the first build is done; 'error' while the last build failed; 'failed' when Taro stopped. */
  state: 'starting' | 'ready' | 'error' | 'failed'
  /** When the last build finished (ms since epoch), so the page reloads its preview after a rebuild. */
  builtAt: number
  /** When Taro was started (ms since epoch). */
  startedAt: number
  /** How long the first build is expected to take (ms): the last first build's time on this computer. */
  expectedMs: number
  /** The last lines Taro printed, when a build failed or Taro stopped. */
  log?: string
}

/** Until a first build has been timed on this computer: what it took here (2 cores, other builds running). */
const FIRST_BUILD_MS = 40_000
const timingFile = (projectDir: string) => join(projectDir, '.cache', 'desk-preview.json')

function expectedFirstBuild(projectDir: string): number {
  try {
    const { firstBuildMs } = JSON.parse(readFileSync(timingFile(projectDir), 'utf8')) as { firstBuildMs?: unknown }
    return typeof firstBuildMs === 'number' && firstBuildMs > 0 ? firstBuildMs : FIRST_BUILD_MS
  } catch {
    return FIRST_BUILD_MS
  }
}

function keepFirstBuild(projectDir: string, firstBuildMs: number): void {
  try {
    mkdirSync(dirname(timingFile(projectDir)), { recursive: true })
    writeFileSync(timingFile(projectDir), `${JSON.stringify({ firstBuildMs })}\n`)
  } catch {
    // Only an estimate for next time.
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export class Preview {
  private child: ChildProcess | undefined
  private output = ''
  readonly status: PreviewState

  private constructor(origin: string, expectedMs: number) {
    this.status = { origin, state: 'starting', builtAt: 0, startedAt: Date.now(), expectedMs }
  }

  static async start(projectDir: string): Promise<Preview> {
    const port = await freePort()
    const preview = new Preview(`http://127.0.0.1:${port}`, expectedFirstBuild(projectDir))
    const child = spawn(
      process.execPath,
      [join(projectDir, 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', 'h5', '--watch'],
      {
        cwd: projectDir,
        env: { ...process.env, LISHI_PREVIEW_PORT: String(port), BROWSER: 'none' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    )
    preview.child = child
    // Taro runs in a process group of its own: stopped with the desk, however the desk ends.
    process.once('exit', () => preview.stop())
    const listen = (chunk: Buffer) => {
      const text = chunk.toString()
      preview.output = `${preview.output}${text}`.slice(-4000)
      if (/compiled successfully/.test(text)) {
        if (preview.status.state === 'starting') keepFirstBuild(projectDir, Date.now() - preview.status.startedAt)
        preview.status.state = 'ready'
        preview.status.builtAt = Date.now()
        preview.status.log = undefined
      } else if (/compiled with \d+ errors?/.test(text)) {
        preview.status.state = 'error'
        preview.status.log = preview.output.slice(-1500)
      }
    }
    child.stdout?.on('data', listen)
    child.stderr?.on('data', listen)
    child.on('exit', () => {
      if (preview.child === child) {
        preview.status.state = 'failed'
        preview.status.log = preview.output
      }
    })
    return preview
  }

  /** Stops Taro and the processes it started (its own process group). */
  stop(): void {
    const child = this.child
    this.child = undefined
    if (child?.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
}
