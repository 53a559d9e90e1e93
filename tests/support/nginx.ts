// Real nginx (Debian's package) with deploy/nginx.conf — only its ports, root and certificate paths replaced — serving a
// built site over HTTPS with a self-signed certificate made here (openssl), and on plain HTTP for the redirect.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
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
  /** https://127.0.0.1:<port> */
  origin: string
  /** http://127.0.0.1:<port>: the plain-HTTP server, which only redirects */
  httpOrigin: string
  /** The self-signed certificate (PEM), for a client that checks it instead of ignoring errors. */
  certificate: string
  /** Where the plain-HTTP server answers a certificate authority's check (/.well-known/acme-challenge/…). */
  acmeRoot: string
  stop: () => void
}

/** A self-signed certificate for 127.0.0.1 and localhost, valid for a day. */
function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  )
  return { cert, key }
}

/** deploy/nginx.conf with only what differs on this machine replaced; fails loudly when the file changed shape. */
export function localConfig(
  config: string,
  site: string,
  ports: { https: number; http: number },
  tls: { cert: string; key: string },
  acmeRoot: string,
): string {
  const replacements: [string, string][] = [
    ['root /var/www/acme;', `root ${acmeRoot};`],
    ['listen 80;', `listen 127.0.0.1:${ports.http};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`],
    ['root /srv/lishi-site/current;', `root ${site};`],
    ['ssl_certificate /etc/ssl/lishi-site/fullchain.pem;', `ssl_certificate ${tls.cert};`],
    ['ssl_certificate_key /etc/ssl/lishi-site/privkey.pem;', `ssl_certificate_key ${tls.key};`],
  ]
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"`)
    return text.replace(from, to)
  }, config)
}

/** `workers`: nginx worker processes (1 for tests; the bench uses one per core). */
export async function serveSite(site: string, workers = 1): Promise<ServedSite> {
  const ports = { https: await freePort(), http: await freePort() }
  const dir = mkdtempSync(join(tmpdir(), 'lishi-nginx-'))
  const tls = selfSignedCertificate(dir)
  const acmeRoot = join(dir, 'acme')
  mkdirSync(acmeRoot, { mode: 0o755 })
  chmodSync(dir, 0o711) // nginx's workers (another user) reach acme/ through it, and list nothing
  writeFileSync(join(dir, 'site.conf'), localConfig(readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8'), site, ports, tls, acmeRoot))
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir};`).join(' ')
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes ${workers}; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon on;
events { worker_connections 256; }
http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }
`,
  )
  execFileSync('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir])
  return {
    origin: `https://127.0.0.1:${ports.https}`,
    httpOrigin: `http://127.0.0.1:${ports.http}`,
    certificate: readFileSync(tls.cert, 'utf8'),
    acmeRoot,
    stop: () => {
      if (existsSync(join(dir, 'nginx.pid'))) process.kill(Number(readFileSync(join(dir, 'nginx.pid'), 'utf8')))
    },
  }
}

/** GET a path of the served site over HTTPS, checking its self-signed certificate (what `fetch` cannot be told). */
export function getFromSite(served: ServedSite, path: string): Promise<{ status: number; contentType: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(`${served.origin}${path}`, { ca: served.certificate }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}
