// A small static file server for dist/h5 (or dist/site) with history-API fallback, so `/pages/doc/index?id=…`
// works as a URL, and a folder's index.html (/d/<id>/) is served for the folder. Listens on 127.0.0.1 only. Used by `npm start` and the browser tests.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export interface RunningServer {
  server: Server
  origin: string
  close: () => Promise<void>
}

export function startStaticServer(rootDir: string, port = 0): Promise<RunningServer> {
  const root = resolve(rootDir)
  const indexFile = join(root, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: build the H5 app first (npm run build:h5)`)
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent((request.url ?? '/').split('?')[0].split('#')[0])
    const candidate = normalize(join(root, pathname))
    const inside = candidate.startsWith(root) && existsSync(candidate)
    // A folder with its own index.html (the site's prerendered /d/<id>/) is served as that page.
    const folderPage = join(candidate, 'index.html')
    const file =
      inside && statSync(candidate).isFile() ? candidate : inside && existsSync(folderPage) && candidate !== root ? folderPage : indexFile
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolveStart({
        server,
        origin: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
