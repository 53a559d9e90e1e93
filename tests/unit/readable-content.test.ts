// A data file a text editor left unreadable is named with its line — by content:check and by generate (every
// build) — before anything loads the content, instead of a stack trace.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { unreadableJson } from '../../scripts/build/unreadable-json'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'

after(removeCopies)

describe('an unreadable data file', () => {
  it('is named with the line of the mistake', () => {
    assert.equal(unreadableJson('a.json', '{\n  "id": "x"\n}\n'), undefined)
    assert.match(
      unreadableJson('documents/a.json', '{\n  "id": "x",\n  “summary": "y"\n}\n') ?? '',
      /^documents\/a\.json 第3行的写法有错.*中文引号/,
    )
    assert.match(unreadableJson('b.json', '{\n  "id": "x"\n  "summary": "y"\n}\n') ?? '', /^b\.json 第3行/)
  })

  it('stops content:check’s first step and generate with that sentence; a readable copy passes', async () => {
    const dir = projectCopy()
    assert.equal((await runScript(dir, 'build/readable-content.ts')).code, 0)
    const file = join(dir, 'src/content/issues/2022-03/documents/lzbf2022-25.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"summary":', '“summary":'))
    for (const script of ['build/readable-content.ts', 'build/generate.ts']) {
      const result = await runScript(dir, script)
      assert.equal(result.code, 1, script)
      assert.ok(
        result.lines.some((line) => /^src\/content\/issues\/2022-03\/documents\/lzbf2022-25\.json 第\d+行的写法有错/.test(line)),
        `${script}: ${result.lines.join('\n')}`,
      )
      assert.ok(!result.lines.some((line) => /SyntaxError|at Module/.test(line)), `${script}: no stack trace`)
    }
  })
})
