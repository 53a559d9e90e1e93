// `npm run build:site` → dist/site: the app (dist/h5) plus /d/<id>/ and /c/<id>/ as prerendered HTML, a 404 page
// and the WeChat verification file the 公报室 put in site/verify/. Plain static files for deploy/nginx.conf or a
// CDN (docs/deploy.md). The app's inline script moves to a file so the Content-Security-Policy allows only 'self'.
// Every text file gets its .gz beside it, compressed once here (scripts/build/site/precompress.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { findFullDocument, fullIssues, latestFullIssue } from './content/issues'
import { calculators } from '#src/domain/calculators'
import { currentEdition } from '#src/domain/tools/editions'
import { isoDay } from '#src/domain/dates/dates'
import { calculatorPage, calendarFiles, documentPage, notFoundPage, type Takeover } from './site/render'
import { issueDocPage, PAGES, wechatPagePath } from '#src/domain/links/routes'
import { issueDocumentPath } from '#src/domain/links/document-links'
import { linkFor, type UrlLinkManifest } from '../publish/urllink-client'
import { buildIssueOriginals } from './original-files'
import { writeShareImages } from './site/share-images'
import { archiveFiles } from './archive-data'
import { SITE_CATALOGUE_PATH, siteCatalogueOf } from '#src/domain/updates/site-catalogue'
import { precompress } from './site/precompress'
import { consultationDirectory, numberToCall } from '#src/domain/issue-views'

const root = join(import.meta.dirname, '..', '..')
export const siteDir = join(root, 'dist', 'site')

/** index.html's inline script, moved to a file of its own (named by its content). */
function externaliseInlineScripts(html: string, dir: string): string {
  return html.replace(/<script>([\s\S]*?)<\/script>/g, (_, code: string) => {
    const name = `/js/inline.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
    writeFileSync(join(dir, name), code)
    return `<script src="${name}"></script>`
  })
}

/** The pages a printed code goes through: pages/doc/index, then the full page in the newest issue's subpackage. */
export const DOCUMENT_PAGES = [PAGES.doc, issueDocPage(latestFullIssue.id)].map(wechatPagePath)

/**
 * The chunks (script and style) of these pages, as the app's webpack runtime names them: the pages a printed code
 * opens are fetched while app.js is still loading instead of after it has run.
 */
export function documentPageChunks(dir: string, pages = DOCUMENT_PAGES): string[] {
  const appFile = readdirSync(join(dir, 'js')).find((name) => /^app\.[0-9a-f]+\.js$/.test(name))
  if (!appFile) return []
  const app = readFileSync(join(dir, 'js', appFile), 'utf8')
  const loadOf = (page: string) =>
    new RegExp(`"${page.replace(/\//g, '\\/')}","load":function[^{]*\\{return([^\\]]*)\\.then`).exec(app)?.[1] ?? ''
  const ids = [...new Set(pages.flatMap((page) => [...loadOf(page).matchAll(/\.e\((\d+)\)/g)].map((match) => match[1])))]
  const hashes = (prefix: string) =>
    JSON.parse(new RegExp(`"${prefix}/"\\+\\w+\\+"\\."\\+(\\{[^}]*\\})`).exec(app)?.[1] ?? '{}') as Record<string, string>
  const js = hashes('js')
  const css = hashes('css')
  return ids
    .flatMap((id) => [js[id] ? `/js/${id}.${js[id]}.js` : '', css[id] ? `/css/${id}.${css[id]}.css` : ''])
    .filter((path) => path !== '' && existsSync(join(dir, path)))
}

function preloadDocumentPage(html: string, dir: string): string {
  const links = documentPageChunks(dir).map(
    (path) => `<link rel="preload" href="${path}" as="${path.endsWith('.css') ? 'style' : 'script'}">`,
  )
  return html.replace('</head>', `${links.join('')}</head>`)
}

/** The app's scripts, stylesheets and preloads in index.html's order, for the page the app takes over. */
export function appAssets(indexHtml: string): Pick<Takeover, 'scripts' | 'styles' | 'preloads'> {
  const all = (pattern: RegExp) => [...indexHtml.matchAll(pattern)].map((match) => match[1])
  return {
    scripts: all(/<script[^>]*\ssrc="([^"]+)"/g),
    styles: all(/<link href="([^"]+)" rel="stylesheet">/g),
    preloads: all(/<link rel="preload" href="([^"]+)"/g),
  }
}

/** scripts/build/site/takeover.js, as a file named by its content. */
function writeTakeoverScript(dir: string): string {
  const code = readFileSync(join(import.meta.dirname, 'site', 'takeover.js'), 'utf8')
  const name = `/js/takeover.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
  writeFileSync(join(dir, name), code)
  return name
}

export function buildSite(today = isoDay(new Date()), manifestPath = join(root, 'site', 'urllinks.json')): string[] {
  const h5 = join(root, 'dist', 'h5')
  if (!existsSync(join(h5, 'index.html'))) throw new Error('先构建 H5：npm run build:h5')
  rmSync(siteDir, { recursive: true, force: true })
  cpSync(h5, siteDir, { recursive: true })
  const index = preloadDocumentPage(externaliseInlineScripts(readFileSync(join(siteDir, 'index.html'), 'utf8'), siteDir), siteDir)
  writeFileSync(join(siteDir, 'index.html'), index)
  const app = { script: writeTakeoverScript(siteDir), anchor: 'doc-no', ...appAssets(index) }
  const written: string[] = []
  const write = (path: string, html: string) => {
    mkdirSync(join(siteDir, path), { recursive: true })
    writeFileSync(join(siteDir, path, 'index.html'), html)
    written.push(`/${path}/`)
  }
  // 在微信中打开: URL Links from `npm run publish:urllinks`, only while they are valid; without them the page says to scan in WeChat.
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as UrlLinkManifest) : undefined
  // Every issue's documents: a code printed years ago still opens its page in any browser.
  const lines = consultationDirectory(fullIssues)
  for (const issue of fullIssues) {
    const originals = buildIssueOriginals(join(root, 'src', 'content', 'issues', issue.id), issue.id).documents
    for (const printed of issue.documents) {
      // An older issue's document dials its office's current line, and says which number it printed.
      const call = numberToCall(lines, printed.consultation.phone)
      const doc = { ...printed, consultation: { ...printed.consultation, phone: call.phone } }
      const takeover = { ...app, appPath: issueDocumentPath(doc.id)! }
      write(
        `d/${doc.id}`,
        documentPage(
          doc,
          issue,
          today,
          linkFor(manifest, doc.id, today),
          originals.find((each) => each.id === doc.id),
          takeover,
          call.changed,
        ),
      )
      for (const file of calendarFiles(doc, today)) writeFileSync(join(siteDir, file.path), file.text)
    }
  }
  for (const calculator of calculators)
    write(`c/${calculator.id}`, calculatorPage(calculator, findFullDocument(currentEdition(calculator)?.docIds[0] ?? '')?.doc))
  writeFileSync(join(siteDir, '404.html'), notFoundPage(latestFullIssue.office.phone))
  // Older issues as content-addressed files, fetched by the app and checked against the hashes it ships.
  for (const file of archiveFiles()) {
    mkdirSync(join(siteDir, 'data', file.issueId), { recursive: true })
    writeFileSync(join(siteDir, 'data', file.issueId, `${file.hash}.json`), file.text)
  }
  // Every issue's 文号, titles and phones: what an installed older version asks for a newer issue's printed code.
  mkdirSync(join(siteDir, 'data'), { recursive: true })
  writeFileSync(join(siteDir, SITE_CATALOGUE_PATH), JSON.stringify(siteCatalogueOf(fullIssues)))
  // WeChat's verification file for 扫普通链接二维码打开小程序, dropped by the office into site/verify/.
  const verify = join(root, 'site', 'verify')
  for (const name of existsSync(verify) ? readdirSync(verify).filter((file) => file.endsWith('.txt')) : [])
    cpSync(join(verify, name), join(siteDir, name))
  return written
}

async function main(): Promise<void> {
  const written = buildSite()
  const images = await writeShareImages(latestFullIssue.documents, join(siteDir, 'share'))
  const compressed = precompress(siteDir)
  console.log(
    `dist/site: ${written.length} prerendered pages (/d/ and /c/), ${images.length} share images (/share/<id>.png), the app, 404.html; ${compressed} files precompressed (.gz)`,
  )
}

if (process.argv[1]?.endsWith('build-site.ts')) void main()
