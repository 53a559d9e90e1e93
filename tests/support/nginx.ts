// Real nginx (Debian's package) with deploy/nginx.conf — only its port and root replaced — serving a built site.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface ServedSite {
  origin: string
  stop: () => void
}

export async function serveSite(site: string): Promise<ServedSite> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'lishi-nginx-'))
  const server = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/lishi-site/current;', `root ${site};`)
  writeFileSync(join(dir, 'site.conf'), server)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir};`).join(' ')
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon on;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }
`,
  )
  execFileSync('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir])
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => {
      if (existsSync(join(dir, 'nginx.pid'))) process.kill(Number(readFileSync(join(dir, 'nginx.pid'), 'utf8')))
    },
  }
}
