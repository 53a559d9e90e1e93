// The one schema of the issue folders' data files (src/content/schema.ts): the committed JSON Schemas are what it
// generates, every data file names its own and passes it, and a broken file is refused field by field, in words.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { contentFileKind, fieldOfPath, schemaRefFor, validateContentFile, type ContentFileKind } from '#src/content/schema'
import { renderSchemas, schemaFolder } from '../../scripts/build/content-schemas'

const require = createRequire(import.meta.url)
const Ajv = require('ajv') as new (options?: object) => {
  compile: (schema: object) => ((data: unknown) => boolean) & { errors?: { dataPath: string; keyword: string; params: object }[] }
}

const root = join(import.meta.dirname, '..', '..')
const issueFolders = ['src/content/issues', 'tests/fixtures/issues'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => /^\d{4}-\d{2}$/.test(name))
    .map((name) => join(root, dir, name)),
)

function dataFiles(folder: string): string[] {
  const inSub = (sub: string) =>
    existsSync(join(folder, sub))
      ? readdirSync(join(folder, sub))
          .filter((name) => name.endsWith('.json'))
          .map((name) => `${sub}/${name}`)
      : []
  return ['issue.json', ...['documents', 'rules', 'corrections', 'tables'].flatMap(inSub)]
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
const jsonSchemaValidator = (kind: ContentFileKind) =>
  new Ajv({ allErrors: true }).compile(readJson(join(schemaFolder, `${kind}.schema.json`)) as object)

/** lzbf2022-34 as its file holds it, changed. */
function yibao(edit: (doc: Record<string, unknown>) => void): Record<string, unknown> {
  const doc = structuredClone(readJson(join(root, 'src/content/issues/2022-03/documents/lzbf2022-34.json'))) as Record<string, unknown>
  edit(doc)
  return doc
}

describe('the content schema', () => {
  it('the JSON Schemas in schemas/ are what the zod definition generates (run npm run content:schemas after changing it)', () => {
    const rendered = renderSchemas()
    assert.deepEqual(readdirSync(schemaFolder).sort(), [...rendered.keys()].sort())
    for (const [name, text] of rendered)
      assert.equal(readFileSync(join(schemaFolder, name), 'utf8'), text, `schemas/${name} is out of date`)
  })

  it('every data file names its JSON Schema by a relative path that exists, and passes it and the zod definition', () => {
    let checked = 0
    for (const folder of issueFolders) {
      for (const path of dataFiles(folder)) {
        const kind = contentFileKind(path)
        assert.ok(kind, path)
        const data = readJson(join(folder, path))
        assert.deepEqual(validateContentFile(kind, data), [], path)
        const validate = jsonSchemaValidator(kind)
        assert.ok(validate(data), `${path}: ${JSON.stringify(validate.errors)}`)
        if (Array.isArray(data)) continue
        const ref = (data as { $schema?: string }).$schema
        assert.equal(ref, schemaRefFor(path), `${folder}/${path}`)
        assert.equal(resolve(dirname(join(folder, path)), ref!), join(schemaFolder, `${kind}.schema.json`))
        checked++
      }
    }
    assert.ok(checked >= 40, `${checked} files`)
  })

  it('knows each kind of file by its place in the issue folder', () => {
    const kinds = [
      'issue.json',
      'documents/lzf2022-25.json',
      'rules/agri-funds.json',
      'corrections/lzf2022-25.json',
      'tables/tables.json',
      'tables/projects-initial.json',
      'tables/quanze.json',
      'source.txt',
      'head.json',
    ].map(contentFileKind)
    assert.deepEqual(kinds, ['issue', 'document', 'rules', 'corrections', 'tables', 'projects', 'powers', undefined, undefined])
    assert.equal(schemaRefFor('documents/lzf2022-25.json'), '../../../../../schemas/document.schema.json')
    assert.equal(schemaRefFor('issue.json'), '../../../../schemas/issue.schema.json')
    assert.equal(schemaRefFor('tables/quanze.json'), undefined)
  })

  it('an unknown key, a missing field, a wrong type and a value not allowed: each a sentence at its path', () => {
    const doc = yibao((each) => {
      each.sumary = each.summary
      delete each.summary
      delete (each.keyPoints as Record<string, unknown>[])[1].source
      each.page = '115'
      each.issuer = '区政府'
      ;(each.annexes as unknown[]).push({ title: '附件', contains: '表', table: { kind: 'list' } })
    })
    const annexes = (doc.annexes as unknown[]).length
    const problems = validateContentFile('document', doc).map((problem) => `${fieldOfPath(problem.path)}: ${problem.message}`)
    assert.deepEqual(
      problems.sort(),
      [
        `annexes[${annexes - 1}].table.kind: 不能填文字“list”：只能填 “powers”、“projects” 中的一个。`,
        'issuer: 不能填文字“区政府”：只能填 “区人民政府”、“区人民政府办公室” 中的一个。',
        'keyPoints[1].source: 缺少这一项：它必须写，要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"）。',
        'page: 这里要填一个数字，只写数字，如 350（不带“元”“人”这样的字），现在填的是文字“115”。',
        'summary: 缺少这一项：它必须写，要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"）。',
        'sumary: 这里不能有“sumary”这一项：是字段名拼错了，还是放错了地方？请改成正确的字段名，或者删掉这一项。',
      ].sort(),
    )
    for (const { message } of validateContentFile('document', doc)) assert.match(message, /[。？]$/, 'a complete sentence')
    // The JSON Schema an editor reads refuses the same file.
    assert.equal(jsonSchemaValidator('document')(doc), false)
  })

  it('the paths of the problems are the file’s own: a rules file, the tables and a corrections file', () => {
    const rules = readJson(join(root, 'src/content/issues/2022-03/rules/lzbf2022-26.json')) as { params: Record<string, unknown>[] }
    rules.params[2].value = '6个月'
    assert.deepEqual(validateContentFile('rules', rules), [
      { path: ['params', 2, 'value'], message: '这里要填一个数字，只写数字，如 350（不带“元”“人”这样的字），现在填的是文字“6个月”。' },
    ])
    assert.deepEqual(
      validateContentFile('projects', [{ no: 1 }])
        .map((problem) => fieldOfPath(problem.path))
        .slice(0, 2),
      ['[0].category', '[0].name'],
    )
    assert.deepEqual(validateContentFile('corrections', { corrections: [{ original: 'a', corrected: 'b', reason: 'c', draft: 1 }] }), [
      { path: ['corrections', 0, 'draft'], message: '这里要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"），现在填的是数字 1。' },
    ])
    assert.deepEqual(validateContentFile('tables', { projectPlans: [], drafts: { powerList: '上一期' } }), [])
  })
})
