// `npm run import -- <gazette.txt> [--json]`: extract an issue of the gazette from its text (see
// scripts/import/parse.ts). --json prints what was found (masthead, documents, problems) and writes nothing.
import { readFileSync, statSync } from 'node:fs'
import { ImportError, MAX_TEXT_BYTES, parseGazette, type ImportedIssue } from './import/parse'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** What --json prints: the extracted facts, blocks counted. */
export function importSummary(imported: ImportedIssue) {
  return {
    issue: imported.issue,
    documents: imported.documents.map((doc) => ({
      id: doc.id,
      docNo: doc.docNo,
      title: doc.title,
      category: doc.category,
      page: doc.page ?? null,
      addressee: doc.addressee ?? null,
      signedOn: doc.signedOn ?? null,
      publicRelease: doc.publicRelease,
      consultation: doc.consultation,
      annexes: doc.annexes,
      blocks: doc.blocks.length,
    })),
    problems: imported.problems,
  }
}

function readSource(file: string): string {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    fail(`找不到文件“${file}”。`)
  }
  if (size > MAX_TEXT_BYTES) fail(`文件有${Math.round(size / 1024 / 1024)}MB，一期公报的文字稿一般不到1MB：请确认选的是公报导出的文字稿。`)
  return readFileSync(file, 'utf8')
}

if (process.argv[1]?.endsWith('import.ts')) {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) fail('用法：npm run import -- <公报文字稿.txt> [--json]')
  try {
    const imported = parseGazette(readSource(file))
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(importSummary(imported), null, 2)}\n`)
    } else {
      fail('写草稿文件夹还没有做好：现在请用 --json 查看提取结果。')
    }
  } catch (error) {
    if (error instanceof ImportError) fail(error.message)
    throw error
  }
}
