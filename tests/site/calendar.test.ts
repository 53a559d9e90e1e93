// 加到手机日历 on the prerendered site, behind real nginx with deploy/nginx.conf: a /d/ page built before an action
// date links to its .ics beside the page, served as text/calendar with the date, 文号 and phone; built after the
// date, it offers nothing. The pages and files are made as scripts/build/build-site.ts makes them, into a folder of their own.
import assert from 'node:assert/strict'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { getFromSite, serveSite, type ServedSite } from '../support/nginx'
import { findFullDocument } from '../../scripts/build/content/issues'
import { calendarFiles, documentPage, notFoundPage } from '../../scripts/build/site/render'

const found = findFullDocument('lzbf2022-34')
if (!found) throw new Error('离政办发〔2022〕34号 missing')
const { doc, issue } = found
let site = ''
let served: ServedSite | undefined

/** The document's /d/ page and its .ics files as build:site writes them on `today`. */
function writePage(today: string): void {
  const dir = join(site, 'd', doc.id)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), documentPage(doc, issue, today))
  for (const file of calendarFiles(doc, today)) writeFileSync(join(site, file.path), file.text)
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'lishi-calendar-site-'))
  chmodSync(site, 0o755) // nginx's workers read it as another user
  writeFileSync(join(site, '404.html'), notFoundPage(issue.office.phone))
  served = await serveSite(site)
})
after(() => {
  served?.stop()
  if (site) rmSync(site, { recursive: true, force: true })
})

describe('加到手机日历 on the site (nginx)', () => {
  it('a page built before the date links to an .ics served as text/calendar, with the date, 文号 and phone', async () => {
    writePage('2022-11-30')
    const page = (await getFromSite(served!, `/d/${doc.id}`)).text
    const link = /<a class="button button--plain calendar" href="([^"]+)" download="[^"]+\.ics">📅 加到手机日历<\/a>/.exec(page)
    assert.ok(link, 'the page offers 加到手机日历')
    const response = await getFromSite(served!, link[1])
    assert.equal(response.status, 200)
    assert.match(response.contentType, /^text\/calendar/)
    const ics = response.text.replace(/\r\n /g, '')
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'))
    assert.ok(ics.includes('\r\nDTSTART;VALUE=DATE:20221225\r\n'))
    assert.ok(ics.includes(doc.docNo) && ics.includes(doc.consultation.phone))
  })

  it('a page built after the date offers nothing; other files under /d/ stay 404', async () => {
    rmSync(join(site, 'd'), { recursive: true, force: true })
    writePage('2022-12-26')
    const page = (await getFromSite(served!, `/d/${doc.id}`)).text
    assert.ok(page.includes(doc.docNo))
    assert.ok(!page.includes('加到手机日历'))
    assert.equal((await getFromSite(served!, `/d/${doc.id}/${doc.id}-1.ics`)).status, 404)
    assert.equal((await getFromSite(served!, `/d/${doc.id}/index.txt`)).status, 404)
  })
})
