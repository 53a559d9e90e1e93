// The resident's page, as the desk previews it: the project's own H5 app, built by Taro in watch mode (its dev
// server, on 127.0.0.1 only — config/index.ts reads LISHI_PREVIEW_PORT). The first build takes about 20 seconds on
// this machine, each rebuild after a save about 1–2 seconds; a production build (npm run build:h5) takes minutes.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export interface PreviewState {
  origin: string
  /** 'starting' until the first build is done; 'error' while the last build failed; 'failed' when Taro stopped. */
  state: 'starting' | 'ready' | 'error' | 'failed'
  /** When the last build finished (ms since epoch), so the page reloads its preview after a rebuild. */
  builtAt: number
  /** The last lines Taro printed, when a build failed or Taro stopped. */
  log?: string
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

  private constructor(origin: string) {
    this.status = { origin, state: 'starting', builtAt: 0 }
  }

  static async start(projectDir: string): Promise<Preview> {
    const port = await freePort()
    const preview = new Preview(`http://127.0.0.1:${port}`)
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
