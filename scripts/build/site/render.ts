// The documents and calculators as plain HTML pages, readable before (and without) any script: for codes scanned
// outside WeChat (a phone camera, a browser, Alipay, QQ). Everything is escaped; the phone is a real tel: link.
import type { GazetteDocument, GazetteIssue } from '#src/content/types'
import type { Calculator } from '#src/domain/calculators/types'
import { allWindowsEnded, formatDate, formatWindow, statusLabel, windowStatus } from '#src/domain/dates/dates'
import { actionEvents, icsText } from '#src/domain/dates/calendar'
import { dialString } from '#src/domain/phone'
import { calcPagePath } from '#src/domain/links/routes'
import { docPagePath } from '#src/domain/links/routes'
import type { OriginalBlock, OriginalDocument } from '#src/content/original-document'
import { columnLabels, shownRows } from '#src/domain/original-reader'

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/**
 * The app, ready to take over the page once it shows the same anchor (scripts/build/site/takeover.js): its scripts,
 * stylesheets and preloads, and the app route that shows this page.
 */
export interface Takeover {
  script: string
  appPath: string
  anchor: string
  scripts: string[]
  styles: string[]
  preloads: string[]
}

function takeoverTags(takeover: Takeover | undefined): string {
  if (!takeover) return ''
  const attribute = (name: string, values: string[] | string) =>
    ` data-${name}="${escape(Array.isArray(values) ? values.join(' ') : values)}"`
  return `<div id="app" hidden></div>
<script defer id="takeover" src="${escape(takeover.script)}"${attribute('app-path', takeover.appPath)}${attribute('anchor', takeover.anchor)}${attribute('scripts', takeover.scripts)}${attribute('styles', takeover.styles)}${attribute('preloads', takeover.preloads)}></script>
`
}

function page(title: string, description: string, body: string, takeover?: Takeover): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="${escape(description)}">
<style id="static-style">${SITE_CSS}</style>
</head>
<body>
<main id="static-page">
${body}
<p class="wechat">用微信扫这个码，可以打开离石政策通小程序。</p>
</main>
${takeoverTags(takeover)}</body>
</html>
`
}

function callBlock(unit: string, phone: string, changed?: string): string {
  return `<section class="call" id="consultation">
<p class="label">有问题，打电话问</p>
<p class="unit">${escape(unit)}</p>
<p class="number">${escape(phone)}</p>
${changed ? `<p class="meta" id="number-changed">${escape(changed)}</p>\n` : ''}<a class="button" href="tel:${dialString(phone)}">📞 拨打 ${escape(phone)}</a>
</section>`
}

/** One block of the 原文, its anchor as the element id (so /d/<id>#三（二） opens at the clause). */
function originalBlock(block: OriginalBlock): string {
  const id = `id="${escape(block.id)}"`
  if (block.table) {
    const labels = columnLabels(block.table)
    const head = `<tr>${labels.map((label) => `<th>${escape(label)}</th>`).join('')}</tr>`
    const rows = shownRows(block.table).map(
      ({ row }) => `<tr>${row.map((cell) => `<td>${escape(cell).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`,
    )
    return `<div class="table" ${id}><table>${head}${rows.join('')}</table></div>`
  }
  if (block.kind === 'title') return `<h3 ${id}>${escape(block.text)}</h3>`
  if (block.kind === 'heading') return `<h4 ${id}>${escape(block.text)}</h4>`
  return `<p class="o-${block.kind}" ${id}>${escape(block.text)}</p>`
}

/** The whole 原文 as printed, and the corrections made to the extracted text (原文说明). */
function originalSection(original: OriginalDocument): string {
  const corrections = original.corrections
    .map(
      (each) =>
        `<li>“${escape(each.original.replace(/\s+/g, ''))}” → “${escape(each.corrected.replace(/\s+/g, '') || '（删去）')}”：${escape(each.reason)}</li>`,
    )
    .join('')
  return `<section class="original" id="yuanwen"><h2>原文</h2>
${original.blocks.map(originalBlock).join('\n')}
<p class="meta">原文说明：本页的原文从公报 PDF 提取；以下是对提取文字的改正。</p><ul class="meta">${corrections}</ul></section>`
}

/**
 * The .ics files of a document's action dates not yet passed on the day the site is built (加到手机日历), each at
 * /d/<id>/<id>-<n>.ics beside its page (deploy/nginx.conf serves them as text/calendar).
 */
export function calendarFiles(
  doc: GazetteDocument,
  today: string,
): { index: number; day: string; name: string; path: string; text: string }[] {
  return actionEvents(doc, today).map(({ index, event }) => ({
    index,
    day: event.day,
    name: event.fileName,
    path: `/d/${doc.id}/${event.fileName}`,
    text: icsText(event, today),
  }))
}

/**
 * /d/<id>: 文号, title, the year notice, summary, key points, dates with status, the consultation line, the 原文.
 * `changed` says that the document printed an older number than the one shown (domain/issue-views.ts numberToCall).
 */
export function documentPage(
  doc: GazetteDocument,
  issue: GazetteIssue,
  today: string,
  urlLink?: string,
  original?: OriginalDocument,
  takeover?: Takeover,
  changed?: string,
): string {
  const ended = allWindowsEnded(doc.dates, today)
  const calendar = calendarFiles(doc, today)
  const dates = doc.dates
    .map((window, index) => {
      const status = windowStatus(window, today)
      const file = calendar.find((each) => each.index === index)
      const offer = file
        ? `<br><a class="button button--plain calendar" href="${escape(file.path)}" download="${escape(file.name)}">📅 加到手机日历</a><span class="meta">下载一个日历文件，打开它就加到手机日历里：${escape(formatDate(file.day))}，最后一天前3天早上9点提醒。</span>`
        : ''
      return `<li><span class="badge">${escape(statusLabel(window, status))}</span> ${escape(window.label)}：${escape(formatWindow(window))}${window.source && window.start ? `（原文：${escape(window.source)}）` : ''}${offer}</li>`
    })
    .join('\n')
  const body = `<header>
<p class="docno" id="doc-no">${escape(doc.docNo)}</p>
<h1>${escape(doc.title)}</h1>
<p class="meta">${escape(doc.category)} · ${escape(formatWindow({ label: '', start: doc.signedOn, end: doc.signedOn }))}印发 · 《${escape(issue.title)}》${issue.year}年第${issue.number}期 第${doc.page}页</p>
</header>
${ended ? `<p class="notice">这是${issue.year}年的文件，文中的时间都已经过去了。下面的内容供您了解政策；现在怎么办，请先打电话问清楚。</p>` : ''}
<section><h2>一句话说明</h2><p class="summary">${escape(doc.summary)}</p></section>
${callBlock(doc.consultation.unit, doc.consultation.phone, changed)}
<section><h2>要点</h2><ol>${doc.keyPoints.map((point) => `<li>${escape(point.text)}</li>`).join('\n')}</ol></section>
<section><h2>时间</h2><ul class="dates">${dates}</ul></section>
${urlLink ? `<p class="more"><a class="button button--plain" id="open-in-wechat" href="${escape(urlLink)}">在微信中打开</a></p>` : ''}
<p class="more"><a href="${escape(docPagePath(doc.id))}">打开完整版（算一算、我能领什么、搜索）</a></p>
${original ? `<p class="more"><a href="#yuanwen">读原文（全文${doc.annexes.length > 0 ? '和附件' : ''}）</a></p>\n${originalSection(original)}` : ''}
<p class="legal">${escape(issue.legalNote)}。本页的说明是为方便阅读写的，以公报原文为准。</p>`
  return page(`${doc.docNo} ${doc.title}`, `${doc.docNo} ${doc.title}：${doc.summary}`, body, takeover)
}

/** /c/<id>: the calculator's heading and what it is for, with the way into the app and the phone. */
export function calculatorPage(calculator: Calculator, doc: GazetteDocument | undefined): string {
  const body = `<header><p class="docno">算一算</p><h1 id="calc-title">${escape(calculator.title)}</h1></header>
<p class="summary">${escape(calculator.intro)}</p>
<p class="more"><a class="button button--plain" href="${escape(calcPagePath(calculator.id))}">开始算（打开计算器）</a></p>
${doc ? `<p class="meta">依据：${escape(doc.docNo)} <a href="/d/${escape(doc.id)}">看文件</a></p>${callBlock(doc.consultation.unit, doc.consultation.phone)}` : ''}`
  return page(`${calculator.title}｜离石政策通`, `${calculator.title}：${calculator.intro}`, body)
}

export function notFoundPage(officePhone: string): string {
  return page(
    '没有找到这个页面｜离石政策通',
    '离石区人民政府公报',
    `<h1>没有找到这个页面</h1>
<p class="summary">二维码或链接可能不完整。可以回到首页看本期公报的全部文件，或者打电话问公报室。</p>
<p class="more"><a class="button button--plain" href="/">回到首页</a></p>
${callBlock('吕梁市离石区人民政府公报室', officePhone)}`,
  )
}

/** Inline in every page (1 KB): nothing render-blocking, no extra round trip on a slow network. */
export const SITE_CSS = `body{margin:0;background:#f6f4ef;color:#222;font:18px/1.6 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
main{max-width:640px;margin:0 auto;padding:12px}
header,section,.notice{background:#fff;border-radius:12px;padding:14px 16px;margin:0 0 12px}
.docno{color:#b22222;font-size:26px;font-weight:700;margin:0}
h1{font-size:20px;margin:6px 0}
h2{font-size:18px;color:#8a5a00;margin:0 0 6px}
.meta,.legal,.wechat{color:#555;font-size:16px}
.notice{background:#fff6e0;border:1px solid #e8c77a}
.summary{font-size:20px}
.call{border:2px solid #1e7a3c}
.call .label{color:#1e7a3c;font-weight:700;margin:0}
.call .unit{font-weight:700;margin:4px 0 0}
.call .number{font-size:30px;font-weight:700;margin:4px 0 10px}
.button{display:block;text-align:center;background:#1e7a3c;color:#fff;font-size:22px;font-weight:700;padding:14px;border-radius:10px;text-decoration:none}
.button--plain{background:#fff;color:#222;border:1px solid #bdb6a6}
.badge{display:inline-block;background:#ececec;border-radius:6px;padding:0 6px;font-size:16px}
.dates{padding-left:0;list-style:none}
a{color:#b22222}
.original h3{font-size:20px;text-align:center}.original h4{font-size:18px;color:#8a1a1a;margin:12px 0 4px}
.original .o-signature,.original .o-release{text-align:right}
.table{overflow-x:auto;max-width:100%}.table table{border-collapse:collapse;font-size:16px}.table td,.table th{border:1px solid #d8d2c4;padding:4px 6px;min-width:5em;vertical-align:top}
:target{background:#fff6d6}
`
