// The archive's requests and the phone's storage for it (domain/archive/archive.ts). Requests are bare GETs
// (platform/site-request.ts), so nothing about the person leaves the phone.
import type { ArchiveIO } from '#src/domain/archive/archive'
import { archiveCache } from '#src/domain/archive/cache'
import { taroStorage } from './storage'
import { fetchSiteText, siteOrigin } from './site-request'

export const archiveIO: ArchiveIO = {
  origin: siteOrigin,
  fetchText: fetchSiteText,
  cache: archiveCache(taroStorage),
}
