// `npm run bench:serve`: what compressing at build time saves the server, in one run, over loopback only. Real nginx
// with deploy/nginx.conf (HTTPS, one worker per core) serves, from one folder made here: a /d/ page compressed on
// every request (no .gz beside it, so `gzip on` does it), the same page precompressed (its .gz from build:site's
// precompress, sent as it is by `gzip_static`), and a bare 80-byte file (the floor). For each, 64 keep-alive
// connections ask as fast as they are answered, for BENCH_SECONDS (default 4) or BENCH_REQUESTS (default 40000)
// requests, whichever comes first, after a short warm-up; prints pages/s, p50 and p99. The client runs on the same
// cores as nginx, so the numbers are for comparing the three side by side, not a server's capacity. Asserts nothing.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:https'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { siteDir } from '../build/build-site'
import { precompress } from '../build/site/precompress'
import { serveSite } from '../../tests/support/nginx'

const DOC = 'lzbf2022-34'
const CONNECTIONS = 64
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40_000)
const WARM_UP = 500

/** The three targets in one folder: the page twice (with and without its .gz) and a bare file. */
function benchSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lishi-bench-serve-'))
  chmodSync(dir, 0o755) // nginx's workers run as an unprivileged user
  for (const name of ['on-the-fly', 'precompressed']) {
    mkdirSync(join(dir, 'd', name), { recursive: true })
    cpSync(join(siteDir, 'd', DOC, 'index.html'), join(dir, 'd', name, 'index.html'))
  }
  writeFileSync(join(dir, 'bare.txt'), `${'x'.repeat(79)}\n`)
  precompress(join(dir, 'd', 'precompressed'))
  return dir
}

interface Result {
  requests: number
  seconds: number
  latencies: number[]
  bytes: number
  encoding: string
}

function get(agent: Agent, url: string, ca: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, ca, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () =>
        res.statusCode === 200
          ? resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'none') })
          : reject(new Error(`${url}: ${res.statusCode}`)),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

async function load(url: string, ca: string): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  for (let i = 0; i < WARM_UP; i += CONNECTIONS) await Promise.all(Array.from({ length: CONNECTIONS }, () => get(agent, url, ca)))
  const latencies: number[] = []
  let bytes = 0
  let encoding = ''
  const start = process.hrtime.bigint()
  const deadline = start + BigInt(SECONDS * 1e9)
  const loop = async () => {
    while (latencies.length < MAX_REQUESTS && process.hrtime.bigint() < deadline) {
      const sent = process.hrtime.bigint()
      const response = await get(agent, url, ca)
      latencies.push(Number(process.hrtime.bigint() - sent) / 1e6)
      bytes = response.bytes
      encoding = response.encoding
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, loop))
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  agent.destroy()
  return { requests: latencies.length, seconds, latencies, bytes, encoding }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

async function main(): Promise<void> {
  const dir = benchSite()
  const served = await serveSite(dir, availableParallelism())
  try {
    const targets: [string, string][] = [
      [`/d/ page, gzip on every request`, '/d/on-the-fly'],
      [`/d/ page, precompressed (gzip_static)`, '/d/precompressed'],
      ['bare 80-byte file', '/bare.txt'],
    ]
    console.log(
      `nginx ${availableParallelism()} worker(s), HTTPS over loopback, ${CONNECTIONS} keep-alive connections, ≤ ${SECONDS} s or ${MAX_REQUESTS} requests each (the page: dist/site/d/${DOC})`,
    )
    console.log('| target | sent | pages/s | p50 | p99 | requests |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    for (const [name, path] of targets) {
      const result = await load(served.origin + path, served.certificate)
      const sorted = [...result.latencies].sort((a, b) => a - b)
      const sent = `${(result.bytes / 1024).toFixed(1)} KB ${result.encoding === 'gzip' ? 'gzip' : 'plain'}`
      console.log(
        `| ${name} | ${sent} | ${Math.round(result.requests / result.seconds)} | ${percentile(sorted, 50).toFixed(1)} ms | ${percentile(sorted, 99).toFixed(1)} ms | ${result.requests} |`,
      )
    }
  } finally {
    served.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
