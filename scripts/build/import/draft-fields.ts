// What a program can write of a new document before a person does, each marked as a draft: the document's `drafts`
// names every drafted field with where it came from (content:check lists them as 待审核 and a build refuses them;
// accepting a draft is deleting its line). From the predecessor (same issuer, same title once years and numbers are
// set aside, see carry-forward.ts): summary, key points and dates whose words are printed again (numbers as
// wildcards, figures updated from the new text and checked against it), audience, topics, annex descriptions, the
// corrections whose words reappear. From the new text itself: consultation short names any earlier document used
// for the same unit, dates (Arabic or Chinese numerals, 至/到/前/起), key-point candidates (sentences with amounts,
// deadlines, what residents must do), the purpose sentence as a summary, and Latin words inside Chinese sentences.
import type { Correction, OriginalDocument } from '#src/content/original-document'
import { squashText, timesPrinted } from '#src/content/original-document'
import type { DateWindow, GazetteDocument, KeyPoint } from '#src/content/types'
import { findPredecessor, sameAnnex } from './carry-forward'
import { findDates } from './find-dates'
import { statedDays } from '../content/date-claims'
import { addPairs, documentText, findAgain, figureMap, sentences, updateFigures, withNumbers, type FigureMap } from './figures'
import type { ImportedDocument } from './parse'
import { buildOriginal } from './original-blocks'

/** A document of an earlier issue in full, with its 原文 as shipped. */
export interface EarlierFull {
  issueId: string
  doc: GazetteDocument
  original?: OriginalDocument
}

/** A correction the import proposes: `draft` says where it came from; deleting `draft` accepts it. */
export type DraftCorrection = Correction & { draft?: string }

export interface DraftedDocument {
  document: GazetteDocument
  corrections: DraftCorrection[]
  /** The new document's 原文 with the proposed corrections applied (what the rules are then looked for in). */
  original: OriginalDocument
  /** Lines for the person running the import (Latin words that are not a known slip). */
  notes: string[]
}

const MAX_POINTS = 8
const MIN_POINTS = 3
/** The export's slips for 和/或 (2022年第3期 printed “区财政部门 and 医保部门”). */
const LATIN_SLIPS: Record<string, string> = { and: '和', or: '或' }
const LATIN_REASON = (word: string, chinese: string) =>
  `文字稿里的英文“${word}”是从PDF提取文字时产生的错误，公报印的是“${chinese}”（中文公文不会用“${word}”）。`

export function draftFields(
  imported: ImportedDocument,
  base: GazetteDocument,
  section: string[],
  earlier: EarlierFull[],
  baseCorrections: Correction[],
): DraftedDocument {
  const drafts: Record<string, string> = {}
  const document: GazetteDocument = { ...base }
  const sectionText = section.join('\n')
  const found = findPredecessor(
    { id: imported.id, issuer: imported.issuer, title: imported.title, signedOn: imported.signedOn, original: imported.original },
    earlier.map((each) => ({
      id: each.doc.id,
      issueId: each.issueId,
      issuer: each.doc.issuer,
      title: each.doc.title,
      signedOn: each.doc.signedOn,
      original: each.original,
    })),
  )
  const predecessor = found && earlier.find((each) => each.issueId === found.issueId && each.doc.id === found.id)
  const again = draftCorrectionsAgain(sectionText, predecessor, baseCorrections)
  const latin = latinWords(sectionText, [...baseCorrections, ...again])
  const corrections = [...baseCorrections, ...again, ...latin.corrections]
  const doc = { ...imported, original: buildOriginal(imported.id, imported.docNo, section, corrections).original }
  const newText = documentText(doc.original)
  const from = predecessor ? `上一期（${predecessor.issueId}）${predecessor.doc.docNo}` : ''
  const years = predecessor && doc.signedOn ? Number(doc.signedOn.slice(0, 4)) - Number(predecessor.doc.signedOn.slice(0, 4)) : 0
  const map: FigureMap = predecessor?.original ? figureMap(predecessor.original, doc.original) : new Map()
  const counted = predecessor?.doc.ourCounts?.figures ?? []

  // 咨询单位简称: the same unit's short name in the predecessor, else in the newest earlier document that has it.
  const sameUnit = [predecessor, ...[...earlier].sort((a, b) => b.issueId.localeCompare(a.issueId))].find(
    (each) => each && each.doc.consultation.unit === base.consultation.unit,
  )
  if (sameUnit) {
    document.consultation = { ...base.consultation, shortName: sameUnit.doc.consultation.shortName }
    drafts['consultation.shortName'] = `${sameUnit.issueId} ${sameUnit.doc.docNo} 给“${base.consultation.unit}”用的简称`
  }

  if (predecessor) {
    document.audience = [...predecessor.doc.audience]
    drafts.audience = `照${from}写的，核对这一期还是这些人`
    document.topics = [...predecessor.doc.topics]
    drafts.topics = `照${from}写的`
    document.annexes = base.annexes.map((annex, index) => {
      // The most specific of the predecessor's annexes whose title is in this one's: 领导小组成员单位职责分工 is not 领导小组.
      const before = predecessor.doc.annexes
        .filter((each) => sameAnnex(each.title, annex.title))
        .sort((a, b) => b.title.length - a.title.length)[0]
      if (!before) return annex
      const updated = updateFigures(before.contains, [map], newText, counted)
      if (updated.doubtful.length > 0) return annex
      drafts[`annexes[${index}].contains`] = `照${from}同名附件的说明${changedNote(updated.changed)}`
      return { ...annex, contains: updated.text }
    })
  }

  // 一句话说明: the predecessor's with its figures updated, when every figure is printed in the new text.
  const summary = predecessor ? updateFigures(predecessor.doc.summary, [map], newText, counted) : undefined
  if (summary && summary.doubtful.length === 0) {
    document.summary = summary.text
    drafts.summary = `${from}的一句话说明${changedNote(summary.changed)}，已和这期原文核对数字`
  } else {
    const purpose = purposeSentence(doc.original)
    if (purpose) {
      document.summary = purpose
      const why = summary ? `（${from}的说明里${summary.doubtful.join('、')}，没有照用）` : ''
      drafts.summary = `这份文件开头说明目的的话${why}，请改成老百姓能懂的一句话`
    }
  }

  // 要点: the predecessor's whose words are printed again, then sentences of the new text.
  const points: { point: KeyPoint; note: string }[] = []
  for (const point of predecessor?.doc.keyPoints ?? []) {
    const numbers = findAgain(point.source, newText)
    if (!numbers) continue
    const local: FigureMap = new Map()
    addPairs(local, point.source, numbers)
    const text = updateFigures(point.text, [local, map], newText, counted)
    if (text.doubtful.length > 0) continue
    points.push({
      point: { text: text.text, source: withNumbers(point.source, numbers) },
      note: `${from}的要点，原话这期又印了${changedNote(text.changed)}`,
    })
  }
  if (points.length < MIN_POINTS || !predecessor) {
    for (const sentence of keyPointCandidates(doc.original)) {
      if (points.length >= (predecessor ? MIN_POINTS : 5)) break
      if (
        points.some(
          (each) =>
            squashText(each.point.source).includes(squashText(sentence)) || squashText(sentence).includes(squashText(each.point.source)),
        )
      )
        continue
      points.push({ point: { text: sentence, source: sentence }, note: '这期原文里的一句（有金额、期限或要做的事），请改成老百姓能懂的话' })
    }
  }
  if (points.length > 0) {
    const kept = points.slice(0, MAX_POINTS)
    document.keyPoints = [...kept.map((each) => each.point), ...base.keyPoints.slice(kept.length, MIN_POINTS)]
    kept.forEach((each, index) => (drafts[`keyPoints[${index}]`] = each.note))
  }

  // 时间: the predecessor's whose words are printed again, else the dates of the new text.
  const year = Number((doc.signedOn ?? '').slice(0, 4)) || new Date().getUTCFullYear()
  const dates: { date: DateWindow; note: string }[] = []
  const dropped: DateWindow[] = []
  for (const date of predecessor?.doc.dates ?? []) {
    const numbers = date.source ? findAgain(date.source, newText) : undefined
    if (!date.source || !numbers) {
      dropped.push(date)
      continue
    }
    const source = withNumbers(date.source, numbers)
    // Words of a month or a year (2023年12月完成, 至2023年底, 2023年7月至9月) are read as content:check reads them,
    // giving the days the predecessor gave (its start, its end).
    const read =
      findDates(source, year, doc.signedOn)[0] ?? (doc.signedOn ? likePredecessor(date, statedDays(source, doc.signedOn)) : undefined)
    const laterYears = (text: string) =>
      text.replace(/(?<!\d)20\d\d(?!\d)/g, (each) => {
        const options = map.get(each)
        return options?.size === 1 ? [...options][0] : String(Number(each) + years)
      })
    const label = laterYears(date.label)
    // A date that asked residents to act (act: 加到手机日历) is drafted with its act, reviewed with the date.
    // Without an end read from the words there is no day to remind them of: the act goes to the note, not the field.
    const act = date.act && read?.end ? laterYears(date.act) : undefined
    const window: DateWindow = {
      label,
      ...(read?.start ? { start: read.start } : {}),
      ...(read?.end ? { end: read.end } : {}),
      source,
      ...(date.note ? { note: date.note } : {}),
      ...(act ? { act } : {}),
    }
    const actNote = act
      ? `；要居民做的事（act，加到手机日历）照上一期写的“${act}”，核对这期是否还要居民做、截止日期对不对`
      : date.act
        ? `；上一期要居民做的事是“${date.act}”（加到手机日历），这期原话里读不出截止日期，没有带过来：写好结束日期，还要居民做就加上`
        : ''
    dates.push({
      date: window,
      note: `${from}的时间，原话这期又印了${read ? '，起止日期从原话读出' : '，原话里读不出日期，请写起止日期或说明'}${actNote}`,
    })
  }
  if (dates.length === 0) {
    for (const date of datesOfText(doc.original, year, doc.signedOn).slice(0, 3))
      dates.push({ date, note: '从这期原文读出的日期，名称是程序起的，请改' })
  }
  if (dates.length > 0) {
    document.dates = dates.map((each) => each.date)
    dates.forEach((each, index) => (drafts[`dates[${index}]`] = each.note))
  }
  // A date of the predecessor whose words are not printed again is not carried, and not silently: a person decides
  // (a dropped `act` is a reminder residents no longer get in their phone calendar).
  if (dropped.length > 0) drafts.dates = dropped.map((date) => droppedDateNote(from, date)).join('；')

  // Figures we counted ourselves (7家 for “7大银行”) travel with the wording that uses them.
  const ourCounts = predecessor?.doc.ourCounts
  if (
    ourCounts &&
    [document.summary, ...document.keyPoints.map((point) => point.text)].some((text) =>
      ourCounts.figures.some((figure) => squashText(text).includes(figure)),
    )
  ) {
    document.ourCounts = ourCounts
    drafts.ourCounts = `${from}自己数的数，核对这期是否还对`
  }
  if (Object.keys(drafts).length > 0) document.drafts = drafts
  return {
    document,
    corrections: [...again, ...latin.corrections],
    original: doc.original,
    notes: latin.notes.map((note) => `注意：${doc.docNo}：${note}`),
  }
}

/** The days read from the words, as many as the predecessor's date gave (only an end where it gave only an end). */
function likePredecessor(date: DateWindow, days: { start?: string; end?: string }): { start?: string; end?: string } | undefined {
  const read = { ...(date.start && days.start ? { start: days.start } : {}), ...(date.end && days.end ? { end: days.end } : {}) }
  return read.start || read.end ? read : undefined
}

function droppedDateNote(from: string, date: DateWindow): string {
  const act = date.act ? `（要居民做的事“${date.act}”，上一期加到了手机日历里）` : ''
  return `${from}有“${date.label}”这个时间${act}，这一期没有带过来：还适用就加上，不适用就确认删掉`
}

function changedNote(changed: string[]): string {
  return changed.length > 0 ? `，数字按这期原文换了：${changed.join('，')}` : '，数字没变'
}

/** The sentence that says what the document is for: 为…, before 根据/经/结合/现. */
function purposeSentence(original: OriginalDocument): string | undefined {
  const opening = sentences(original).find((sentence) => sentence.block.kind === 'paragraph' && /^为/.test(sentence.text))
  if (!opening) return undefined
  const purpose = opening.text.split(/[，,](?=根据|按照|依据|经|结合|现|特|制定)/)[0].replace(/[，,。：:；;]$/, '')
  return `${purpose}。`
}

const AMOUNT = /\d+(?:\.\d+)?万?元|\d+(?:\.\d+)?%/
const DEADLINE = /(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日(前|起|至|到)|截止/
const MUST_DO = /须|应当|需要|要在|要按|申请|缴纳|缴费|办理|携带|报名|登记|领取|补贴|补助|奖补|资助|不得/
const BODY_KINDS = new Set(['paragraph', 'clause'])

/** Sentences a resident needs: amounts and deadlines first, then what one must do; in the order printed. */
function keyPointCandidates(original: OriginalDocument): string[] {
  const scored = sentences(original)
    .filter((sentence) => BODY_KINDS.has(sentence.block.kind) && !sentence.block.path.startsWith('附件'))
    .map((sentence) => sentence.text.replace(/^[(（][一二三四五六七八九十\d]+[)）]\s*|^[一二三四五六七八九十]+、\s*|^\d+[.、．]\s*/, ''))
    .filter((text) => text.length >= 8 && text.length <= 120)
    .map((text, order) => ({
      text,
      order,
      score: (AMOUNT.test(text) ? 2 : 0) + (DEADLINE.test(text) ? 2 : 0) + (MUST_DO.test(text) ? 1 : 0),
    }))
    .filter((each) => each.score > 0)
  const best = [...scored].sort((a, b) => b.score - a.score || a.order - b.order).slice(0, 5)
  return best.sort((a, b) => a.order - b.order).map((each) => each.text)
}

/** Dates printed in the body, ranges and deadlines before single days, named after their clause or sentence. */
function datesOfText(original: OriginalDocument, year: number, signedOn: string | undefined): DateWindow[] {
  const headings = new Map(
    original.blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => [block.path, block.text.replace(/^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]/, '').trim()]),
  )
  const found: { window: DateWindow; rank: number; order: number }[] = []
  sentences(original)
    .filter((sentence) => BODY_KINDS.has(sentence.block.kind))
    .forEach((sentence, order) => {
      for (const date of findDates(sentence.text, year, signedOn)) {
        const heading = headings.get(sentence.block.path)
        const before =
          sentence.text
            .slice(0, date.index)
            .split(/[，,。；;：:]/)
            .pop()
            ?.replace(/^(各|在|于|从|自|要|应|请)+/, '')
            .trim() ?? ''
        const after = sentence.text
          .slice(date.index + date.source.length)
          .split(/[，,。；;]/)[0]
          .trim()
        const phrase = (...options: string[]) => options.find((each) => each.length >= 2) ?? ''
        const named =
          heading && /时间|期限|日期|时限|安排/.test(heading)
            ? heading
            : date.kind === 'deadline'
              ? `${phrase(after, before) || '办理'}的截止日期`
              : date.kind === 'from'
                ? `${phrase(after, before) || '执行'}的开始日期`
                : phrase(date.kind === 'day' ? after : before, date.kind === 'day' ? before : after) || heading || '时间'
        // The 原文 opens at the first place the words are printed: words printed elsewhere too take the sentence
        // up to them, and a date whose sentence is printed again is left out.
        const source =
          timesPrinted(original, date.source) === 1 ? date.source : sentence.text.slice(0, date.index + date.source.length).trim()
        if (timesPrinted(original, source) !== 1) continue
        found.push({
          window: {
            label: named.replace(/[（(“"]+$/, '').slice(0, 24),
            ...(date.start ? { start: date.start } : {}),
            ...(date.end ? { end: date.end } : {}),
            source,
          },
          rank: date.kind === 'day' ? 1 : 0,
          order,
        })
      }
    })
  const sorted = found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((each) => each.window)
  return sorted.filter((window, index) => sorted.findIndex((each) => each.source === window.source) === index)
}

/**
 * The predecessor's corrections whose words are printed again, once, in the new document's text (numbers as
 * wildcards: the year in a table row moves on; the corrected words take the same new numbers).
 */
function draftCorrectionsAgain(sectionText: string, predecessor: EarlierFull | undefined, base: Correction[]): DraftCorrection[] {
  const text = squashText(sectionText)
  const drafted: DraftCorrection[] = []
  for (const correction of predecessor?.original?.corrections ?? []) {
    if (correction.original.trim() === '' || base.some((each) => each.original === correction.original)) continue
    const numbers = findAgain(correction.original, text)
    if (!numbers) continue
    const local: FigureMap = new Map()
    addPairs(local, correction.original, numbers)
    const corrected = correction.corrected.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (number) =>
      local.get(number)?.size === 1 ? [...local.get(number)!][0] : number,
    )
    const changed = numbers.length > 0 && withNumbers(correction.original, numbers) !== correction.original
    drafted.push({
      ...correction,
      original: withNumbers(correction.original, numbers),
      corrected,
      draft: `上一期（${predecessor!.issueId}）${predecessor!.doc.docNo}的改正，这段字这期又印了${changed ? '（数字换成了这期的）' : ''}：核对后删掉这一行`,
    })
  }
  return drafted
}

/** Latin words between Chinese characters: and/or proposed as 和/或, any other named for a person. */
function latinWords(sectionText: string, corrections: Correction[]): { corrections: DraftCorrection[]; notes: string[] } {
  const proposed: DraftCorrection[] = []
  const notes: string[] = []
  const squashed = squashText(sectionText)
  for (const line of sectionText.split('\n')) {
    for (const match of line.matchAll(/(?<=[\p{Script=Han}，。、；：])\s*([a-z]+)\s*(?=[\p{Script=Han}，。、；：])/gu)) {
      const word = match[1]
      const at = match.index ?? 0
      const context = line.slice(Math.max(0, at - 6), at + match[0].length + 6).trim()
      if (
        corrections.some(
          (each) => squashText(each.original).includes(squashText(context)) || squashText(context).includes(squashText(each.original)),
        )
      )
        continue
      const chinese = LATIN_SLIPS[word]
      if (chinese && squashed.split(squashText(context)).length === 2) {
        proposed.push({
          original: context,
          corrected: context.replace(match[0].trim(), chinese).replace(/\s+/g, ''),
          reason: LATIN_REASON(word, chinese),
          draft: `文字稿里夹着英文“${word}”，程序建议改成“${chinese}”：对照印的公报核对后删掉这一行`,
        })
      } else notes.push(`文字稿里夹着英文“${word}”（${context}），看一看是不是提取错了`)
    }
  }
  return { corrections: proposed, notes }
}
