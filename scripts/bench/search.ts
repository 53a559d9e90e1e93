// `npm run bench`: search latency (p50/p95), first answer and heap, in Node, for (a) this issue's corpus and (b) a
// synthetic corpus of 100 issues, each against a naive scan of the same entries in the same run; (c) search inside
// the 原文 in Chromium at 4× CPU throttle (scripts/bench/fulltext.ts); (d) search by number of issues (1, 10, 40,
// 100) in Chromium at 4× (scripts/bench/issues.ts); and the share of questions people type that find their target on
// the first screen (tests/unit/search-questions.ts). Prints numbers; asserts nothing.
import { performance } from 'node:perf_hooks'
import { buildSearchIndex, scanIndex, search, type SearchEntry, type SearchIndex } from '#src/domain/search/search'
import { buildEntries } from '../build/search-entries'
import { benchFullText } from './fulltext'
import { benchIssues } from './issues'
import { FIRST_SCREEN, QUESTIONS, firstScreenShare } from '../../tests/unit/search-questions'

const QUERIES = [
  '医保',
  'yibao',
  'yb',
  '宅基地',
  'zhaijidi',
  'zjd',
  '34号',
  '离政办发34',
  '〔2022〕34',
  '上王营庄',
  '李家山',
  '信义镇',
  '吴城',
  '护工',
  'hugong',
  '清洁煤',
  'qingjiemei',
  '托管',
  'tuoguan',
  '低保',
  '雨露计划',
  '燃气',
  '自建房',
  '8222401',
  '人社局',
  '民间纠纷',
  '养犬',
  '核桃',
  '能繁母猪',
  '交通补贴',
  '稳岗',
  '特困',
  '乡村振兴',
  'xczx',
  '培训',
  '残疾人',
  '火星移民',
  '学生',
  '煤改气',
  '农改厕',
  '医保局电话',
  '托管补贴多少钱',
  '招工补贴',
  '脱贫户打工补贴',
]
const ROUNDS = 30

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function measure(index: SearchIndex): { p50: number; p95: number; results: number } {
  const times: number[] = []
  let results = 0
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const start = performance.now()
      const groups = search(index, query)
      times.push(performance.now() - start)
      if (round === 0) results += groups.reduce((sum, group) => sum + group.total, 0)
    }
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), results }
}

function heapMb(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

/** 100 issues: every entry again per issue, with the issue's number in its title and text. */
function syntheticCorpus(base: SearchEntry[], issues: number): SearchEntry[] {
  const entries: SearchEntry[] = []
  for (let k = 0; k < issues; k++) {
    for (const entry of base) {
      entries.push({
        ...entry,
        title: `${entry.title}（第${k + 1}期）`,
        text: `${entry.text}第${k + 1}期`,
        path: `${entry.path}&issue=${k}`,
      })
    }
  }
  return entries
}

function report(label: string, entries: SearchEntry[]): void {
  const before = heapMb()
  const started = performance.now()
  const index = buildSearchIndex(entries)
  search(index, '医保')
  const firstMs = performance.now() - started
  const indexed = measure(index)
  const heap = heapMb() - before
  const naive = measure(scanIndex(entries))
  const sizeKb = Buffer.byteLength(JSON.stringify(entries)) / 1024
  console.log(`\n${label}: ${entries.length} entries, ${(sizeKb / 1024).toFixed(2)} MB of entries (JSON)`)
  console.log(`  first answer ${firstMs.toFixed(1)} ms, heap for the postings found by all queries ≈ ${heap.toFixed(1)} MB`)
  console.log(
    `  bigram index  p50 ${indexed.p50.toFixed(3)} ms  p95 ${indexed.p95.toFixed(3)} ms  (${QUERIES.length} queries × ${ROUNDS}, ${indexed.results} hits)`,
  )
  console.log(`  naive scan    p50 ${naive.p50.toFixed(3)} ms  p95 ${naive.p95.toFixed(3)} ms  (${naive.results} hits)`)
  if (indexed.results !== naive.results) console.log('  ! the index and the scan disagree on the number of hits')
}

const base = buildEntries()
console.log(`search benchmark on ${process.version}, ${process.arch}`)
report('(a) this issue (公报2022年第3期)', base)
report('(b) synthetic 100 issues', syntheticCorpus(base, 100))
const { found, missed } = firstScreenShare(buildSearchIndex(base))
console.log(
  `\nquestions people type (tests/unit/search-questions.ts): ${found.length} of ${QUESTIONS.length} (${Math.round((found.length / QUESTIONS.length) * 100)}%) find their target among the first ${FIRST_SCREEN} results`,
)
for (const question of missed) console.log(`  missed: ${question.query}`)
void benchFullText().then(benchIssues)
