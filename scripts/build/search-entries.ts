// The search-entries step of `npm run generate` (scripts/build/generate.ts): the search entries (normalised text and
// pinyin) built from the content at build time, so the app ships no pinyin dictionary. The newest issue's entries
// ship with its search page: src/packages/issue-<id>/search-entries.json, beside the search index content-index.ts
// writes there, with what belongs to no issue (contacts, the 公报室, calculators, help topics). Older issues'
// entries (their documents) are published with the archive (scripts/build/archive-data.ts) for 往期也搜.
import { join } from 'node:path'
import { pinyin } from 'pinyin-pro'
import { fullIssues } from './content/issues'
import { powerLists, projectPlans } from './content/annex-tables'
import { consultationDirectory, shortTitle } from '#src/domain/issue-views'
import { calculators } from '#src/domain/calculators'
import type { Calculator, FormValues } from '#src/domain/calculators/types'
import { param, type ParamLookup } from '#src/content/rules-in-force'
import { docPagePath } from '#src/domain/links/routes'
import { calcPagePath, contactPagePath, powerPagePath, projectPagePath } from '#src/domain/links/routes'
import { HELP_TOPICS } from './help-topics'
import { officeNamesOf } from '#src/domain/search/synonyms'
import { normaliseText, type SearchEntry } from '#src/domain/search/search'

const packagesDir = join(import.meta.dirname, '..', '..', 'src', 'packages')
const entriesFile = (issueId: string) => join(packagesDir, `issue-${issueId}`, 'search-entries.json')

const HAN = /[\u3400-\u9fff]/

function syllables(text: string): string[] {
  const parts = pinyin(text, { toneType: 'none', type: 'array' })
  return [...text].map((ch, i) => (HAN.test(ch) ? (parts[i] ?? '').toLowerCase() : ''))
}

function keywordPinyin(keywords: string[]): { pinyin: string; initials: string } {
  const all = keywords.flatMap((keyword) => syllables(keyword).filter(Boolean))
  return { pinyin: all.join(''), initials: all.map((s) => s[0]).join('') }
}

function entry(
  fields: Omit<SearchEntry, 'text' | 'titlePinyin' | 'pinyin' | 'initials'> & { searchable: string[]; keywords: string[] },
): SearchEntry {
  const { searchable, keywords, aliases, ...rest } = fields
  const made: SearchEntry = {
    ...rest,
    text: normaliseText(searchable.join(' ')),
    titlePinyin: syllables(rest.title),
    ...keywordPinyin(keywords),
  }
  if (aliases && aliases.length > 0) made.aliases = [...new Set(aliases.map(normaliseText))]
  return made
}

/** A name as people type it: itself, its full pinyin and its initials (住建局, zhujianju, zjj). */
function spoken(name: string): string[] {
  const { pinyin: full, initials } = keywordPinyin([name])
  return [name, full, initials]
}

/** The words of a calculator's questions and answers to choose: 小微企业, 帮扶车间, 脱贫户. */
function questionWords(calculator: Calculator): string[] {
  return calculator
    .fields(param)
    .flatMap((field) => [field.label, ...(field.kind === 'choice' ? field.options.map((option) => option.label) : [])])
}

/**
 * The names of the rule parameters a calculator uses (帮扶车间一次性吸纳就业补助, 跨省务工一次性交通补贴), found by
 * computing its example with each choice and each switch: people search for the amounts by these names.
 */
function amountsComputed(calculator: Calculator): string[] {
  const labels = new Set<string>()
  const recording: ParamLookup = Object.assign(
    (id: string) => {
      const found = param(id)
      labels.add(found.label)
      return found
    },
    { list: param.list, matching: param.matching, at: param.at },
  )
  const { example } = calculator
  const variants = calculator.fields(param).flatMap((field): FormValues[] => {
    if (field.kind === 'choice') return field.options.map((option) => ({ ...example, [field.key]: option.value }))
    return field.kind === 'toggle' ? [true, false].map((value) => ({ ...example, [field.key]: value })) : []
  })
  for (const values of [example, ...variants]) calculator.compute(values, recording)
  return [...labels]
}

/** The entries of one issue (the newest by default): its documents and annex tables, and for the newest also the rest. */
export function buildEntries(issueId = fullIssues[0].id): SearchEntry[] {
  const entries: SearchEntry[] = []
  const issue = fullIssues.find((each) => each.id === issueId)
  if (!issue) throw new Error(`unknown issue ${issueId}`)
  const ownDocs = new Set(issue.documents.map((doc) => doc.id))
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
        searchable: [
          doc.docNo,
          doc.title,
          doc.summary,
          ...doc.topics,
          ...doc.audience,
          ...doc.keyPoints.map((point) => point.text),
          doc.consultation.unit,
        ],
        keywords: [shortTitle(doc), ...doc.topics],
      }),
    )
  }
  for (const list of powerLists.filter((each) => ownDocs.has(each.docId))) {
    for (const item of list.items) {
      const who = [item.township ? '乡镇' : '', item.subdistrict ? '街道' : ''].filter(Boolean).join('、')
      entries.push(
        entry({
          kind: 'power',
          path: powerPagePath(issue.id, item.no),
          title: item.name,
          subtitle: `第${item.no}项 · ${item.type} · ${who}`,
          searchable: [item.name, item.type, ...item.basis.map((basis) => basis.title)],
          keywords: [item.name, item.type],
        }),
      )
    }
  }
  for (const plan of projectPlans.filter((each) => ownDocs.has(each.docId))) {
    for (const project of plan.projects) {
      entries.push(
        entry({
          kind: 'project',
          path: projectPagePath(issue.id, plan.id, project.no),
          title: project.name,
          subtitle: `${project.township} · ${project.amount}万元 · ${plan.id === 'initial' ? '年初计划' : '调整计划'}`,
          searchable: [
            project.name,
            project.location,
            project.township,
            ...project.villages,
            project.task,
            project.responsible,
            project.implementer,
            project.category,
          ],
          keywords: [project.name, project.township, ...project.villages],
        }),
      )
    }
  }
  if (issueId !== fullIssues[0].id) return entries
  for (const line of consultationDirectory(fullIssues)) {
    const names = [line.shortName, ...officeNamesOf(line.shortName)]
    // What the line answers: 医保电话 and 托管找谁 find the office by its documents.
    const answers = issue.documents.filter((doc) => line.documents.some((answered) => answered.id === doc.id))
    entries.push(
      entry({
        kind: 'phone',
        path: contactPagePath(line.phone),
        title: line.unit,
        subtitle: `${line.phone} · 解答${line.documents.length}份文件`,
        phone: line.phone,
        searchable: [
          line.unit,
          ...names,
          line.phone,
          line.phone.replace('-', ''),
          '咨询电话',
          ...answers.flatMap((doc) => [shortTitle(doc), ...doc.topics]),
        ],
        keywords: [line.shortName, line.unit],
        aliases: names.flatMap(spoken),
      }),
    )
  }
  const office = fullIssues[0]?.office
  if (office) {
    entries.push(
      entry({
        kind: 'phone',
        path: contactPagePath(office.phone),
        title: office.name,
        subtitle: `${office.phone} · 公报本身的问题（印错、看不懂、二维码扫不开）`,
        phone: office.phone,
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
        searchable: [calculator.title, calculator.intro, ...questionWords(calculator), ...amountsComputed(calculator)],
        keywords: [calculator.title],
      }),
    )
  }
  for (const topic of HELP_TOPICS) {
    entries.push(
      entry({
        kind: 'help',
        path: topic.path,
        title: topic.title,
        subtitle: topic.subtitle,
        searchable: [topic.title, ...topic.aliases],
        keywords: [topic.title],
        aliases: topic.aliases,
      }),
    )
  }
  return entries
}

/** The newest issue's entries, shipped with its search page (path → content). */
export function searchEntryFiles(): Map<string, string> {
  return new Map([[entriesFile(fullIssues[0].id), `${JSON.stringify(buildEntries(fullIssues[0].id))}\n`]])
}
