// Share card titles: short, with the year and whether the policy's time has passed, so a forwarded card never
// looks like a current offer. 【2022年·已结束】做好2022年城乡居民基本医疗保险缴费工作…
import type { DateWindow, GazetteDocument } from '#src/content/types'
import { allWindowsEnded, windowStatus } from '../dates/dates'

const TITLE_LENGTH = 22

/** 关于做好…工作的通知 → 做好…工作 */
function topicOf(title: string): string {
  return title
    .replace(/^吕梁市离石区人民政府(办公室)?/, '')
    .replace(/^关于(印发)?/, '')
    .replace(/的(通知|方案|意见|办法|决定|批复)$/, '')
}

function statusTag(year: number, windows: DateWindow[], today: string): string {
  if (windows.length > 0 && allWindowsEnded(windows, today)) return `【${year}年·已结束】`
  if (windows.some((window) => windowStatus(window, today) === 'ongoing' && window.end)) return `【${year}年·进行中】`
  return `【${year}年】`
}

export function shareTitle(doc: GazetteDocument, year: number, today: string): string {
  const topic = topicOf(doc.title)
  return `${statusTag(year, doc.dates, today)}${topic.length > TITLE_LENGTH ? `${topic.slice(0, TITLE_LENGTH)}…` : topic}`
}
