// The picture on a WeChat share card of a document (onShareAppMessage imageUrl, 5:4 as WeChat shows it): the
// policy's name, its 文号 and the phone to call, drawn at build time in Chromium (the fonts a phone would show) and
// published with the site at /share/<id>.png, so it adds nothing to the mini-program's packages.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { GazetteDocument } from '#src/content/types'
import { shortTitle } from '#src/domain/issue-views'

export const SHARE_IMAGE = { width: 500, height: 400 }

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** Titles longer than this many characters get a smaller size, so that they fit in three lines. */
const LONG_TITLE = 30

export function shareCardHtml(doc: GazetteDocument): string {
  const title = shortTitle(doc)
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
body{margin:0;width:${SHARE_IMAGE.width}px;height:${SHARE_IMAGE.height}px;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f6f4ef;color:#222}
.card{box-sizing:border-box;height:100%;padding:28px 30px;border-top:14px solid #b22222;display:flex;flex-direction:column}
.brand{font-size:22px;color:#8a5a00;font-weight:700}
.title{flex:1;display:flex;align-items:center;font-size:${title.length > LONG_TITLE ? 31 : 38}px;line-height:1.3;font-weight:700;overflow:hidden}
.no{font-size:24px;color:#b22222;font-weight:700;margin-bottom:14px}
.call{background:#1e7a3c;color:#fff;border-radius:14px;padding:14px 18px;font-size:26px;font-weight:700}
.call small{display:block;font-size:20px;font-weight:400}
</style><div class="card"><div class="brand">离石政策通 · 政策说明</div><div class="title">${escape(title)}</div>
<div class="no">${escape(doc.docNo)}</div><div class="call">📞 ${escape(doc.consultation.phone)}<small>${escape(doc.consultation.unit)}</small></div></div></html>`
}

/** Writes dir/<id>.png for each document; returns the files written. Needs Chromium (scripts/dev/setup.sh --browser). */
export async function writeShareImages(documents: GazetteDocument[], dir: string): Promise<string[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] }).catch(() => {
    throw new Error(`画分享图需要 Chromium（${executablePath}）：先运行 bash scripts/dev/setup.sh --browser`)
  })
  mkdirSync(dir, { recursive: true })
  const written: string[] = []
  try {
    const page = await browser.newPage({ viewport: SHARE_IMAGE, deviceScaleFactor: 1 })
    for (const doc of documents) {
      await page.setContent(shareCardHtml(doc))
      const file = join(dir, `${doc.id}.png`)
      await page.screenshot({ path: file, clip: { x: 0, y: 0, ...SHARE_IMAGE } })
      written.push(file)
    }
  } finally {
    await browser.close()
  }
  return written
}
