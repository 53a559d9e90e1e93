// `npm run content:schemas`: the JSON Schema of each kind of data file of an issue folder, written to schemas/ from
// the zod definition (src/content/schema.ts), so that an editor that knows JSON Schema (VS Code) completes and
// underlines fields. The data files name their schema in "$schema"; the annex tables' item files, JSON arrays
// that cannot, are matched in .vscode/settings.json. tests/unit/content-schema.test.ts fails when the files here
// differ from what the definition generates.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentSchemas, jsonSchemaOf, SCHEMA_FOLDER, schemaFileName, type ContentFileKind } from '#src/content/schema'

const root = join(import.meta.dirname, '..', '..')
export const schemaFolder = join(root, SCHEMA_FOLDER)

const TITLES: Record<ContentFileKind, string> = {
  issue: '一期公报：issue.json',
  document: '一份文件：documents/<编号>.json',
  rules: '标准（金额、比例、上限）和计算器的适用时间：rules/<名称>.json',
  corrections: '对文字稿的改正：corrections/<编号>.json',
  tables: '附件表格的表头：tables/tables.json',
  powers: '权责清单的各项：tables/ 里的权责清单文件',
  projects: '涉农资金项目计划的各个项目：tables/projects-<编号>.json',
}

/** Each schema file's name and text, as this script writes them. */
export function renderSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  for (const kind of Object.keys(contentSchemas) as ContentFileKind[]) {
    const { $schema, ...schema } = jsonSchemaOf(kind)
    const text = `${JSON.stringify({ $schema, title: TITLES[kind], ...schema }, null, 2)}\n`
    files.set(schemaFileName(kind), text)
  }
  return files
}

if (process.argv[1]?.endsWith('content-schemas.ts')) {
  mkdirSync(schemaFolder, { recursive: true })
  for (const [name, text] of renderSchemas()) writeFileSync(join(schemaFolder, name), text)
  console.log(`${SCHEMA_FOLDER}/: ${[...renderSchemas().keys()].join(', ')}`)
}
