// `npm run search:entries`: build the search entries (normalised text and pinyin) from the content, at build
// time, so the app ships no pinyin dictionary. Writes src/packages/issue-2022-03/search-entries.json.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pinyin } from 'pinyin-pro'
import { issues } from '../src/content'
import { powerLists, projectPlans } from '../src/content/tables'
import { consultationDirectory, shortTitle } from '../src/domain/catalog'
import { calculators } from '../src/domain/calculators'
import { docPagePath } from '../src/domain/deeplink'
import { calcPagePath, contactPagePath, powerPagePath, projectPagePath } from '../src/domain/links'
import { HELP_TOPICS } from '../src/domain/help-topics'
import { normaliseText, type SearchEntry } from '../src/domain/search'

const entriesFile = join(import.meta.dirname, '..', 'src', 'packages', 'issue-2022-03', 'search-entries.json')

const HAN = /[\u3400-\u9fff]/

function syllables(text: string): string[] {
  const parts = pinyin(text, { toneType: 'none', type: 'array' })
  return [...text].map((ch, i) => (HAN.test(ch) ? (parts[i] ?? '').toLowerCase() : ''))
}

function keywordPinyin(keywords: string[]): { pinyin: string; initials: string } {
  const all = keywords.flatMap((keyword) => syllables(keyword).filter(Boolean))
  return { pinyin: all.join(''), initials: all.map((s) => s[0]).join('') }
}

function entry(fields: Omit<SearchEntry, 'text' | 'titlePinyin' | 'pinyin' | 'initials'> & { searchable: string[]; keywords: string[] }): SearchEntry {
  const { searchable, keywords, aliases, ...rest } = fields
  const made: SearchEntry = { ...rest, text: normaliseText(searchable.join(' ')), titlePinyin: syllables(rest.title), ...keywordPinyin(keywords) }
  if (aliases && aliases.length > 0) made.aliases = [...new Set(aliases.map(normaliseText))]
  return made
}

/** A name as people type it: itself, its full pinyin and its initials (住建局, zhujianju, zjj). */
function spoken(name: string): string[] {
  const { pinyin: full, initials } = keywordPinyin([name])
  return [name, full, initials]
}

export function buildEntries(): SearchEntry[] {
  const entries: SearchEntry[] = []
  for (const issue of issues) {
    for (const doc of issue.documents) {
      const match = /^(离政办发|离政发)〔(\d{4})〕(\d+)号$/.exec(doc.docNo)
      entries.push(
        entry({
          kind: 'doc',
          path: docPagePath(doc.id),
          title: shortTitle(doc),
          subtitle: `${doc.docNo} · ${doc.summary}`,
          docNo: match ? { kind: match[1] as '离政发' | '离政办发', year: Number(match[2]), number: Number(match[3]) } : undefined,
          // lzbf36, lzbf2022-36: the id printed in the QR link, as people copy it.
          aliases: match ? [`${doc.id.split(/\d/)[0]}${match[3]}`, doc.id] : [],
          searchable: [doc.docNo, doc.title, doc.summary, ...doc.topics, ...doc.audience, ...doc.keyPoints.map((point) => point.text), doc.consultation.unit],
          keywords: [shortTitle(doc), ...doc.topics],
        }),
      )
    }
  }
  for (const list of powerLists) {
    for (const item of list.items) {
      const who = [item.township ? '乡镇' : '', item.subdistrict ? '街道' : ''].filter(Boolean).join('、')
      entries.push(
        entry({
          kind: 'power',
          path: powerPagePath(item.no),
          title: item.name,
          subtitle: `第${item.no}项 · ${item.type} · ${who}`,
          searchable: [item.name, item.type, ...item.basis.map((basis) => basis.title)],
          keywords: [item.name, item.type],
        }),
      )
    }
  }
  for (const plan of projectPlans) {
    for (const project of plan.projects) {
      entries.push(
        entry({
          kind: 'project',
          path: projectPagePath(plan.id, project.no),
          title: project.name,
          subtitle: `${project.township} · ${project.amount}万元 · ${plan.id === 'initial' ? '年初计划' : '调整计划'}`,
          searchable: [project.name, project.location, project.township, ...project.villages, project.task, project.responsible, project.implementer, project.category],
          keywords: [project.name, project.township, ...project.villages],
        }),
      )
    }
  }
  for (const line of consultationDirectory(issues)) {
    entries.push(
      entry({
        kind: 'phone',
        path: contactPagePath(line.phone),
        title: line.unit,
        subtitle: `${line.phone} · 解答${line.documents.length}份文件`,
        searchable: [line.unit, line.phone, line.phone.replace('-', ''), '咨询电话'],
        keywords: [line.shortName, line.unit],
        aliases: spoken(line.shortName),
      }),
    )
  }
  const office = issues[0]?.office
  if (office) {
    entries.push(
      entry({
        kind: 'phone',
        path: contactPagePath(office.phone),
        title: office.name,
        subtitle: `${office.phone} · 公报本身的问题（印错、看不懂、二维码扫不开）`,
        searchable: [office.name, office.phone, office.phone.replace('-', ''), '公报'],
        keywords: ['公报室'],
        aliases: spoken('公报室'),
      }),
    )
  }
  for (const calculator of calculators) {
    entries.push(
      entry({
        kind: 'calc',
        path: calcPagePath(calculator.id),
        title: calculator.title,
        subtitle: calculator.intro,
        searchable: [calculator.title, calculator.intro],
        keywords: [calculator.title],
      }),
    )
  }
  for (const topic of HELP_TOPICS) {
    entries.push(entry({ kind: 'help', path: topic.path, title: topic.title, subtitle: topic.subtitle, searchable: [topic.title, ...topic.aliases], keywords: [topic.title], aliases: topic.aliases }))
  }
  return entries
}

function renderEntries(entries: SearchEntry[]): string {
  return `${JSON.stringify(entries)}\n`
}

export function entriesAreCurrent(): boolean {
  return readFileSync(entriesFile, 'utf8') === renderEntries(buildEntries())
}

if (process.argv[1]?.endsWith('search-entries.ts')) {
  const entries = buildEntries()
  writeFileSync(entriesFile, renderEntries(entries))
  console.log(`search entries: ${entries.length} → src/packages/issue-2022-03/search-entries.json`)
}
