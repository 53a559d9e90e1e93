// Requests to the 公报室's site (the archive's files, the catalogue of newer issues). A request is a bare GET of a
// file's path — no query, no header of ours, no cookies — so nothing about the person leaves the phone.
import Taro from '@tarojs/taro'
import { siteConfig } from '#src/site.config'

const TIMEOUT_MS = 15000

/** In WeChat the site's domain (added by the office under 服务器域名 → request合法域名); in the browser the same site. */
export const siteOrigin = process.env.TARO_ENV === 'h5' ? '' : `https://${siteConfig.qrDomain}`

export function fetchSiteText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    void Taro.request({
      url,
      method: 'GET',
      dataType: 'text',
      responseType: 'text',
      credentials: 'omit',
      timeout: TIMEOUT_MS,
      success: (response) =>
        response.statusCode === 200 && typeof response.data === 'string'
          ? resolve(response.data)
          : reject(new Error(`HTTP ${response.statusCode}`)),
      fail: (error) => reject(new Error(error.errMsg)),
    }).catch(() => undefined)
  })
}
