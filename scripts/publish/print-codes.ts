// What the 公报室 prints: one QR code per document and per calculator, a manifest (CSV) and an A4 sheet.
// Plain functions over the content, so tests can check every row.
import type { GazetteIssue } from '#src/content/types'
import type { Calculator } from '#src/domain/calculators/types'
import { currentEdition } from '#src/domain/tools/editions'
import { CALC_LINK, DOC_LINK, qrUrl, SCENE_MAX_LENGTH } from '#src/domain/links/deeplink'
import { PAGES, PRINTED_CALC_CODE_PAGE, wechatPagePath } from '#src/domain/links/routes'

export interface CodeTarget {
  kind: 'document' | 'calculator'
  id: string
  docNo: string
  title: string
  /** Gazette page, for documents. */
  page?: number
  /** The page a 小程序码 opens (wxacode.getUnlimited `page`, no leading slash). */
  pagePath: string
  /** The wxacode.getUnlimited `scene`. */
  scene: string
  /** The 普通链接二维码 URL. */
  url: string
  file: string
}

export function codeTargets(issue: GazetteIssue, calculators: Calculator[], qrDomain: string): CodeTarget[] {
  const documents: CodeTarget[] = issue.documents.map((doc) => ({
    kind: 'document',
    id: doc.id,
    docNo: doc.docNo,
    title: doc.title,
    page: doc.page,
    pagePath: wechatPagePath(PAGES.doc),
    scene: doc.id,
    url: qrUrl(DOC_LINK, doc.id, qrDomain),
    file: `doc-${doc.id}`,
  }))
  // The current calculators: those whose newest figures this issue set (an older issue's printed codes keep opening
  // the same calculator, which then offers that issue's figures as an earlier 年度).
  const current = calculators.flatMap((calculator) => {
    const edition = currentEdition(calculator)
    return edition && edition.edition.issueId === issue.id ? [{ calculator, docIds: edition.docIds }] : []
  })
  const calcs: CodeTarget[] = current.map(({ calculator, docIds }) => ({
    kind: 'calculator',
    id: calculator.id,
    docNo: docIds.map((id) => issue.documents.find((doc) => doc.id === id)?.docNo ?? id).join('、'),
    title: calculator.title,
    pagePath: wechatPagePath(PRINTED_CALC_CODE_PAGE),
    scene: calculator.id,
    url: qrUrl(CALC_LINK, calculator.id, qrDomain),
    file: `calc-${calculator.id}`,
  }))
  for (const target of [...documents, ...calcs]) {
    if (target.scene.length > SCENE_MAX_LENGTH) throw new Error(`${target.id}: scene longer than ${SCENE_MAX_LENGTH}`)
  }
  return [...documents, ...calcs]
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const MANIFEST_COLUMNS = ['kind', 'id', '文号', 'title', 'gazette_page', 'page_path', 'scene', 'url', 'svg', 'png']

/** UTF-8 CSV with a BOM so that Excel opens the Chinese correctly. */
export function manifestCsv(targets: CodeTarget[]): string {
  const rows = targets.map((t) =>
    [t.kind, t.id, t.docNo, t.title, t.page, t.pagePath, t.scene, t.url, `${t.file}.svg`, `${t.file}.png`].map(csvCell).join(','),
  )
  return `\uFEFF${[MANIFEST_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Printed size of each code: 3 cm, above the ≥ 2 cm that phones scan reliably from paper. */
export const PRINT_SIZE_CM = 3

/** An A4 sheet, 2 codes a row: title, 文号, page and the code, ready for the browser's 打印. */
export function printSheetHtml(issueLabel: string, targets: CodeTarget[], svgOf: (target: CodeTarget) => string): string {
  const cards = targets
    .map(
      (t) => `<section class="code">
  <div class="qr">${svgOf(t).replace(/^<\?xml[^>]*>/, '')}</div>
  <div class="text">
    <div class="no">${escapeHtml(t.docNo)}</div>
    <div class="title">${escapeHtml(t.title)}</div>
    <div class="meta">${t.page ? `公报第${t.page}页 · ` : '计算器 · '}扫码咨询</div>
    <div class="url">${escapeHtml(t.url)}</div>
  </div>
</section>`,
    )
    .join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(issueLabel)} 扫码咨询二维码</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 6mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.code { display: flex; gap: 4mm; border: 0.3mm solid #999; padding: 3mm; break-inside: avoid; }
.qr svg { width: ${PRINT_SIZE_CM}cm; height: ${PRINT_SIZE_CM}cm; display: block; }
.no { font-weight: bold; font-size: 11pt; }
.title { font-size: 9pt; margin: 1mm 0; }
.meta, .url { font-size: 8pt; color: #444; word-break: break-all; }
</style></head>
<body><h1>${escapeHtml(issueLabel)} · 扫码咨询二维码（每个 ${PRINT_SIZE_CM}cm）</h1>
<div class="grid">
${cards}
</div></body></html>
`
}
