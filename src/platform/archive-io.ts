// The archive's requests and the phone's storage for it (domain/archive.ts). A request is a bare GET of a file's
// path on the site — no query, no header of ours, no cookies — so nothing about the person leaves the phone.
import Taro from '@tarojs/taro'
import type { ArchiveIO } from '../domain/archive'
import { archiveCache } from '../domain/archive-cache'
import { siteConfig } from '../site.config'
import { taroStorage } from './storage'

const TIMEOUT_MS = 15000

function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    void Taro.request({
      url,
      method: 'GET',
      dataType: 'text',
      responseType: 'text',
      credentials: 'omit',
      timeout: TIMEOUT_MS,
      success: (response) => (response.statusCode === 200 && typeof response.data === 'string' ? resolve(response.data) : reject(new Error(`HTTP ${response.statusCode}`))),
      fail: (error) => reject(new Error(error.errMsg)),
    }).catch(() => undefined)
  })
}

export const archiveIO: ArchiveIO = {
  // In WeChat the site's domain (added by the office under 服务器域名 → request合法域名); in the browser the same site.
  origin: process.env.TARO_ENV === 'h5' ? '' : `https://${siteConfig.qrDomain}`,
  fetchText,
  cache: archiveCache(taroStorage),
}
