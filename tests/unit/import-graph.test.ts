// The shape of the code: nothing under src/ that the app does not reach (build-time code lives in scripts/build/),
// and no import cycle in scripts/ or src/.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importCycles, projectRoot, reachableFrom, sourceFiles } from '../support/import-graph'

/** What Taro builds from: the app, its configuration and every page of the main package and the subpackages. */
function appEntries(): string[] {
  const page = /^src\/(pages|packages\/[^/]+\/pages)\/[^/]+\/index(\.config)?\.tsx?$/
  return ['src/app.ts', 'src/app.config.ts', ...sourceFiles('src').filter((file) => page.test(file))]
}

describe('import graph', () => {
  it('every file under src/ is reached from the app (code only scripts or tests use belongs in scripts/build/ or tests/)', () => {
    const reached = reachableFrom(appEntries())
    assert.deepEqual(
      sourceFiles('src').filter((file) => !reached.has(file)),
      [],
    )
  })

  it('no file under src/ names a path into tests/ (the fixture issue comes by the @fixtures alias of test builds)', () => {
    const climbing = sourceFiles('src').filter((file) => /['"](?:\.\.\/)+tests\//.test(readFileSync(join(projectRoot, file), 'utf8')))
    assert.deepEqual(climbing, [])
  })

  it('has no import cycle in scripts/ or src/', () => {
    const cycles = importCycles([...sourceFiles('scripts'), ...sourceFiles('src')])
    assert.deepEqual(
      cycles.map((cycle) => cycle.join(' → ')),
      [],
    )
  })
})
