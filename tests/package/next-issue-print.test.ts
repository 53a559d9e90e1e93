// The print sheet follows the newest issue: in the project copy with the next issue published (dist/next-issue,
// built by tests/support/next-issue-project.ts before the tests), the new issue's sheet carries the current
// calculators with the new 文号, and 2022-03's sheet no calculator codes (its printed ones still open).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { nextIssueProject, NEXT_ISSUE_ID } from '../support/next-issue-project'

/** Each issue's code targets, as `npm run publish:qrcodes` would print them in that project. */
function targetsIn(dir: string): Record<string, { kind: string; id: string; docNo: string }[]> {
  const probe = join(dir, 'print-codes-probe.ts')
  writeFileSync(
    probe,
    `import { fullIssues } from './scripts/build/content/issues'
import { calculators } from './src/domain/calculators'
import { codeTargets } from './scripts/publish/print-codes'
console.log(JSON.stringify(Object.fromEntries(fullIssues.map((issue) => [issue.id, codeTargets(issue, calculators, 'example.cn')]))))
`,
  )
  const run = spawnSync(process.execPath, ['--import', 'tsx', probe], { cwd: dir, encoding: 'utf8' })
  rmSync(probe)
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout) as Record<string, { kind: string; id: string; docNo: string }[]>
}

describe('the print sheet after the next issue', () => {
  it('the new issue prints every current calculator with its new 文号; the old issue prints none', () => {
    const targets = targetsIn(nextIssueProject)
    const calculators = (issueId: string) => targets[issueId].filter((target) => target.kind === 'calculator')
    assert.equal(calculators(NEXT_ISSUE_ID).length, 9)
    assert.equal(calculators(NEXT_ISSUE_ID).find((target) => target.id === 'yibao')?.docNo, '离政办发〔2023〕14号')
    assert.deepEqual(calculators('2022-03'), [])
    assert.ok(
      targets['2022-03'].some((target) => target.id === 'lzbf2022-34'),
      'the old issue’s documents keep their codes',
    )
  })
})
