// Deployment settings. The printed 扫普通链接二维码 codes encode `https://<qrDomain>/d/<id>`;
// set qrDomain to the domain the 公报室 registers under 扫普通链接二维码打开小程序
// (mp.weixin.qq.com → 开发管理 → 开发设置). Change it here only.
export const siteConfig = {
  qrDomain: 'gb.lishi.example.cn',
} as const

/** The picture of a document's WeChat share card, drawn by build:site and published with the site. */
export function shareImageUrl(docId: string): string {
  return `https://${siteConfig.qrDomain}/share/${encodeURIComponent(docId)}.png`
}
