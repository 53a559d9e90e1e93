// The site of the next issue's project copy (dist/next-issue, built by tests/support/next-issue-project.ts --build):
// a code printed beside an older issue's document opens a page that dials the office's current line.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { nextIssueProject } from '../support/next-issue-project'

const page = (id: string) => readFileSync(join(nextIssueProject, 'dist', 'site', 'd', id, 'index.html'), 'utf8')

describe('the site after the next issue', () => {
  it('an older issue’s document dials its office’s current line and says which number it printed', () => {
    const html = page('lzbf2022-34')
    assert.match(html, /href="tel:03588227811"/)
    assert.doesNotMatch(html, /tel:03588227879/)
    assert.match(html, /这份文件印的是 0358-8227879。2023年第3期公报印的这个单位的电话是 0358-8227811，请打这个。/)
  })

  it('a document whose office kept its number shows it as printed, with nothing said', () => {
    const html = page('lzbf2022-25')
    assert.match(html, /href="tel:03588218886"/)
    assert.doesNotMatch(html, /这份文件印的是/)
  })
})
