// The desk's HTTP server: the page (desk/), and a small JSON API over one issue folder. A save that is refused (the
// file changed on disk, or the check refuses the content) is an answer, not an HTTP error: `outcome` says which. It listens on 127.0.0.1
// only and answers only requests addressed to it (Host) and, for changes, sent by its own page (Origin): another
// site open in the clerk's browser cannot read or write the content through it.
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { build, type Plugin } from 'esbuild'
import { blockText } from '#src/content/original-document'
import { checkEdits, type Edits, type FieldProblem } from './check-edits'
import {
  changedAmounts,
  documentIds,
  documentRows,
  editableFile,
  filesOfDocument,
  hashOf,
  readState,
  readText,
  unreadableFile,
  type FileState,
  type IssueFolder,
} from './issue-folder'
import { formatJson, type FilePath } from './marks'
import type { Preview } from './preview'
import { Regenerator } from './regenerate'
import { documentSections } from '../build/import/parse'
import { buildOriginal } from '../build/import/original-blocks'
import type { Correction } from '#src/content/original-document'
import { predecessorFacts, previousDates } from './previous-issue'
import { documentTables } from './table-rows'

const uiDir = join(import.meta.dirname, '..', '..', 'desk')
const srcDir = join(import.meta.dirname, '..', '..', 'src')

export interface DeskOptions {
  folder: IssueFolder
  port?: number
  preview?: Preview
}

export interface RunningDesk {
  origin: string
  regenerator: Regenerator
  close: () => Promise<void>
}

/** `#src/…` (package.json's imports, which name no extension) as a path of src/, for the page's bundle. */
const srcImports: Plugin = {
  name: 'src-imports',
  setup(build) {
    build.onResolve({ filter: /^#src\// }, async (args) => {
      const found = await build.resolve(`./${args.path.slice('#src/'.length)}`, { resolveDir: srcDir, kind: args.kind })
      return { path: found.path, errors: found.errors }
    })
  },
}

/** The page's script, bundled once at start (React and the desk's modules; nothing fetched from the internet). */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(uiDir, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [srcImports],
  })
  return result.outputFiles[0].text
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
  ) {
    super(String(status))
  }
}

function send(response: ServerResponse, status: number, body: string | object, type = 'application/json; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  })
  response.end(typeof body === 'string' ? body : JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > 20 * 1024 * 1024) throw new HttpError(413, { message: '提交的内容太大。' })
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, { message: '提交的内容不是 JSON。' })
  }
}

/** The document's 原文 as the app shows it: built from source.txt and its corrections on disk. */
function originalBlocks(folder: IssueFolder, docId: string): { id: string; kind: string; text: string }[] {
  const section = documentSections(readText(folder, 'source.txt')).find((each) => each.id === docId)
  if (!section) return []
  let corrections: Correction[]
  try {
    corrections = (JSON.parse(readText(folder, `corrections/${docId}.json`)) as { corrections?: Correction[] }).corrections ?? []
  } catch {
    corrections = []
  }
  return buildOriginal(section.id, section.docNo, section.lines, corrections).original.blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    text: blockText(block),
  }))
}

function problemsOf(problems: FieldProblem[], files: FilePath[]): FieldProblem[] {
  return problems.filter((problem) => files.includes(problem.file))
}

const FILE_IN_WORDS = (file: FilePath) =>
  file.startsWith('rules/')
    ? '这份文件的补助标准'
    : file.startsWith('corrections/')
      ? '这份文件的原文改正'
      : file.startsWith('tables/')
        ? '附件表格'
        : file === 'issue.json'
          ? '这一期的目录'
          : '这份文件的说明'

const CONFLICT = (file: FilePath) =>
  `没有保存：${FILE_IN_WORDS(file)}（${file}）在你打开这一页以后被改过了（另一个审核页面保存过，或者有人直接改了文件）。为了不把别人的修改冲掉，这次什么也没有写。请点“重新载入”，看到最新的内容以后再改一次。`

export async function startDesk(options: DeskOptions): Promise<RunningDesk> {
  const { folder, preview } = options
  const script = await bundle()
  const regenerator = new Regenerator(folder.projectDir)
  let origin = ''

  const routes: Record<string, (request: IncomingMessage, url: URL) => Promise<[number, object]> | [number, object]> = {
    'GET /api/issue': () => {
      const issue = JSON.parse(readText(folder, 'issue.json')) as { year: number; number: number }
      const amounts = changedAmounts(folder)
      const files: Record<FilePath, FileState> = {}
      for (const amount of amounts) files[amount.file] ??= readState(folder, amount.file)
      return [
        200,
        {
          issueId: folder.issueId,
          year: issue.year,
          number: issue.number,
          documents: documentRows(folder),
          changedAmounts: amounts,
          files,
        },
      ]
    },
    'GET /api/doc': (_request, url) => {
      const id = url.searchParams.get('id') ?? ''
      if (!documentIds(folder).includes(id)) throw new HttpError(404, { message: `这一期没有编号为“${id}”的文件。` })
      const paths = filesOfDocument(folder, id)
      const files: Record<FilePath, FileState> = {}
      for (const file of paths) files[file] = readState(folder, file)
      const doc = files[`documents/${id}.json`].data as { docNo: string; title: string }
      return [
        200,
        {
          id,
          docNo: doc.docNo,
          title: doc.title,
          issueId: folder.issueId,
          original: originalBlocks(folder, id),
          files,
          problems: problemsOf(checkEdits(folder, {}), paths),
          previewPath: `/pages/doc/index?id=${encodeURIComponent(id)}`,
          previous: previousDates(folder, id),
          predecessor: predecessorFacts(folder, id) ?? null,
        },
      ]
    },
    'GET /api/tables': (_request, url) => {
      const id = url.searchParams.get('id') ?? ''
      if (!documentIds(folder).includes(id)) throw new HttpError(404, { message: `这一期没有编号为“${id}”的文件。` })
      return [200, { tables: documentTables(folder, id) }]
    },
    'POST /api/check': async (request) => {
      const body = (await readBody(request)) as { files?: Edits }
      const edits = validEdits(body.files)
      return [200, { problems: problemsOf(checkEdits(folder, edits), Object.keys(edits)) }]
    },
    'POST /api/save': async (request) => {
      const body = (await readBody(request)) as { files?: Record<FilePath, { hash?: string; data?: unknown }> }
      const sent = body.files ?? {}
      const edits = validEdits(Object.fromEntries(Object.entries(sent).map(([file, each]) => [file, each?.data])))
      // From here to the last write nothing awaits: no other save of this desk can come in between.
      for (const file of Object.keys(edits)) {
        if (hashOf(readText(folder, file)) !== sent[file]?.hash) return [200, { outcome: 'conflict', file, message: CONFLICT(file) }]
      }
      const problems = problemsOf(checkEdits(folder, edits), Object.keys(edits))
      const errors = problems.filter((problem) => problem.kind === 'error')
      if (errors.length > 0)
        return [200, { outcome: 'invalid', message: `没有保存：有${errors.length}处要改，见标红的字段。文件没有动。`, problems }]
      const saved: Record<FilePath, { hash: string }> = {}
      for (const [file, data] of Object.entries(edits)) {
        const text = formatJson(data)
        writeFileSync(join(folder.dir, file), text)
        saved[file] = { hash: hashOf(text) }
      }
      regenerator.request()
      return [200, { outcome: 'saved', files: saved, problems, savedAt: Date.now() }]
    },
    'GET /api/status': () => [
      200,
      {
        regenerating: regenerator.busy,
        regeneratedAt: regenerator.finishedAt,
        regenerateWrote: regenerator.wrote,
        regenerateFailure: regenerator.failure ?? null,
        preview: preview?.status ?? null,
      },
    ],
  }

  function validEdits(files: unknown): Edits {
    if (files === null || typeof files !== 'object') throw new HttpError(400, { message: '没有要检查或保存的文件。' })
    const edits: Edits = {}
    for (const [file, data] of Object.entries(files as Record<string, unknown>)) {
      const path = editableFile(folder, file)
      if (!path) throw new HttpError(400, { message: `不能写这个文件：${file}` })
      if (data === null || typeof data !== 'object') throw new HttpError(400, { message: `${file} 的内容不是一个 JSON 对象。` })
      edits[path] = data
    }
    return edits
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin)
    const host = request.headers.host ?? ''
    if (host !== new URL(origin).host && host !== new URL(origin).host.replace('127.0.0.1', 'localhost'))
      return send(response, 421, { message: 'wrong host' })
    if (
      request.method !== 'GET' &&
      request.headers.origin !== origin &&
      request.headers.origin !== origin.replace('127.0.0.1', 'localhost')
    )
      return send(response, 403, { message: '只接受审核页面自己的请求。' })
    if (request.method === 'GET' && url.pathname === '/')
      return send(response, 200, readFileSync(join(uiDir, 'index.html'), 'utf8'), 'text/html; charset=utf-8')
    if (request.method === 'GET' && url.pathname === '/desk.js') return send(response, 200, script, 'text/javascript; charset=utf-8')
    if (request.method === 'GET' && url.pathname === '/desk.css')
      return send(response, 200, readFileSync(join(uiDir, 'desk.css'), 'utf8'), 'text/css; charset=utf-8')
    const route = routes[`${request.method} ${url.pathname}`]
    if (!route) return send(response, 404, { message: '没有这个页面。' })
    // A file edited by hand into something unreadable: named, with its line, instead of an error page (an answer, like
    // every refusal: nothing to show as an HTTP error in the page's console).
    const unreadable = unreadableFile(folder)
    if (unreadable) return send(response, 200, { unreadable: true, message: unreadable })
    Promise.resolve()
      .then(() => route(request, url))
      .then(([status, body]) => send(response, status, body))
      .catch((error: unknown) => {
        if (error instanceof HttpError) return send(response, error.status, error.body)
        console.error(error)
        send(response, 500, { message: `出错了：${(error as Error).message}` })
      })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`
  return {
    origin,
    regenerator,
    close: async () => {
      await regenerator.idle()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
