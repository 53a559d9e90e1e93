// One document: its files as a form (left), its 原文 and the resident's page (right). Edits are checked as they are
// typed (the check's messages at their fields); saving writes only files the check accepts, and only if nobody
// changed them on disk since this page loaded them.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import { acceptDraft, addListItem, draftMarks, getAt, removeListItem, setAt, type DraftMark, type FilePath } from '../scripts/desk/marks'
import { check, getDoc, isUnreadable, save, type DocView, type FieldProblem, type FileState } from './api'
import { FormContext, idOf, Section, type FormApi, type Work } from './Form'
import { groupPaths, sectionPaths, sectionsOf, shownPaths, type SectionSpec } from './form-spec'
import { showCitedWords } from './cited'
import { matchPreviousDate, type CurrentDate } from '../scripts/desk/previous-date-match'
import { OriginalPane } from './OriginalPane'
import { PreviewPane } from './PreviewPane'
import { Tabs } from './Tabs'
import { CarriedGroup } from './CarriedGroup'
import { carriedFacts, type CarriedFact } from '../scripts/desk/carried-facts'
import { copiedFields } from '../scripts/desk/copied-sentence'

type Notice = { kind: 'conflict' | 'invalid' | 'saved' | 'info'; text: string }

/** What a data file of a document is, in the clerk's words. */
export const fileInWords = (file: FilePath) =>
  file.startsWith('rules/')
    ? '补助标准'
    : file.startsWith('corrections/')
      ? '原文改正'
      : file.startsWith('tables/')
        ? '附件表格'
        : '文件说明'

/** What is left to do at these `file|path`s: drafts to accept, fields to write, errors to fix. */
function workAt(paths: Set<string>, marks: DraftMark[], problems: FieldProblem[]): Work {
  const at = (file: FilePath, field: string) => paths.has(`${file}|${field}`)
  const shown = problems.filter((problem) => problem.kind !== 'draft' && at(problem.file, problem.field))
  return {
    drafts: marks.filter((mark) => at(mark.file, mark.field)).length,
    toWrite: shown.filter((problem) => problem.kind === 'toWrite').length,
    errors: shown.filter((problem) => problem.kind === 'error').length,
  }
}

/** The sections and groups with something left to do when the page loads: shown open, the rest folded. */
function openKeysOf(files: Record<FilePath, unknown>, problems: FieldProblem[], id: string): Set<string> {
  const marks = Object.keys(files).flatMap((file) => draftMarks(file, files[file], id))
  const busy = (paths: string[]) => {
    const work = workAt(new Set(paths), marks, problems)
    return work.drafts + work.toWrite + work.errors > 0
  }
  const open = new Set<string>()
  for (const section of Object.keys(files).flatMap((file) => sectionsOf(file, files[file], id))) {
    if (busy(sectionPaths(section))) open.add(`${section.file}|${section.title}`)
    for (const group of section.groups) {
      if (busy(groupPaths(section.file, group))) open.add(`${section.file}|${group.path}`)
      // A folded group's fields: open when one of them is to write or fix (a draft alone is accepted above them).
      if (
        problems.some(
          (problem) =>
            problem.kind !== 'draft' && group.fields.some((field) => problem.file === section.file && problem.field === field.path),
        )
      )
        open.add(`${section.file}|${group.path}|fields`)
    }
  }
  return open
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const clock = () => new Date().toLocaleTimeString('zh-CN', { hour12: false })

/** Selected 原文 words as a field keeps them: the line breaks between paragraphs taken out. */
const cleanWords = (text: string) => text.replace(/\s*\n\s*/g, '').trim()

export function DocPage({ id }: { id: string }) {
  const [view, setView] = useState<DocView>()
  const [loadError, setLoadError] = useState<string>()
  const [loaded, setLoaded] = useState<Record<FilePath, FileState>>({})
  const [files, setFiles] = useState<Record<FilePath, unknown>>({})
  const [edits, setEdits] = useState(0)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [checking, setChecking] = useState(false)
  const [saving, setSaving] = useState(false)
  const [notice, setNotice] = useState<Notice>()
  const [tab, setTab] = useState<'original' | 'preview'>('original')
  const [pick, setPick] = useState<{ file: FilePath; path: string; label: string }>()
  const selected = useRef('')
  const originalRef = useRef<HTMLDivElement>(null)
  const saveRef = useRef<HTMLButtonElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const focusDraftAt = useRef<number>()
  const focusAfterRender = useRef<string>()
  const openKeys = useRef(new Set<string>())
  const [savedAt, setSavedAt] = useState(0)
  const [cited, setCited] = useState<{ label: string; found: boolean }>()

  const load = useCallback(async () => {
    let doc: Awaited<ReturnType<typeof getDoc>>
    try {
      doc = await getDoc(id)
    } catch (error) {
      return setLoadError((error as Error).message)
    }
    if (doc.status !== 200 || isUnreadable(doc)) return setLoadError((doc as unknown as { message: string }).message)
    openKeys.current = openKeysOf(
      Object.fromEntries(Object.entries(doc.files).map(([file, state]) => [file, state.data])),
      doc.problems,
      id,
    )
    setView(doc)
    setLoaded(doc.files)
    setFiles(Object.fromEntries(Object.entries(doc.files).map(([file, state]) => [file, state.data])))
    setProblems(doc.problems)
    setNotice(undefined)
    setPick(undefined)
  }, [id])

  useEffect(() => {
    void load().then(() => setTimeout(() => headingRef.current?.focus(), 0))
  }, [load])

  // The check, run on what the form holds a moment after the clerk stops typing.
  useEffect(() => {
    if (edits === 0) return
    setChecking(true)
    let current = true
    const timer = setTimeout(() => {
      void check(files).then(
        (result) => {
          if (!current) return
          setChecking(false)
          if (isUnreadable(result)) return setNotice({ kind: 'invalid', text: result.message })
          setProblems(result.problems ?? [])
        },
        (error: Error) => {
          if (!current) return
          setChecking(false)
          setNotice({ kind: 'invalid', text: error.message })
        },
      )
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [edits, files])

  // Unsaved edits are not lost to a reload or a closed tab without the browser asking first.
  const dirtyFiles = Object.keys(files).filter((file) => !same(files[file], loaded[file]?.data))
  const unsaved = dirtyFiles.length > 0
  useEffect(() => {
    if (!unsaved) return undefined
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [unsaved])

  // 已保存 is taken down once the form changes again: it would say something no longer true.
  useEffect(() => {
    if (unsaved) setNotice((current) => (current?.kind === 'saved' ? undefined : current))
  }, [unsaved])

  // Words selected in the 原文, kept while the clerk moves to a field's button.
  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection()
      const box = originalRef.current
      if (!selection || !box || selection.rangeCount === 0 || !box.contains(selection.anchorNode)) return
      selected.current = selection.isCollapsed ? '' : selection.toString()
    }
    document.addEventListener('selectionchange', onSelection)
    return () => document.removeEventListener('selectionchange', onSelection)
  }, [])

  useLayoutEffect(() => {
    // After a draft is accepted the focus goes to the next draft itself (its cited words shown in the 原文), not to
    // its button: accepting it is another deliberate press (Tab, then Enter), and a held Enter accepts nothing more.
    if (focusDraftAt.current !== undefined) {
      const drafts = Array.from(document.querySelectorAll<HTMLElement>('[data-draft]'))
      const next = drafts[focusDraftAt.current]
      next?.closest('details')?.setAttribute('open', '')
      ;(next ?? saveRef.current)?.focus()
      next?.scrollIntoView({ block: 'nearest' })
      focusDraftAt.current = undefined
    }
    if (focusAfterRender.current) {
      const wanted = focusAfterRender.current
      const target = wanted.startsWith('[') ? document.querySelector<HTMLElement>(wanted) : document.getElementById(wanted)
      target?.closest('details:not([open])')?.setAttribute('open', '')
      // In the middle of the window: at the bottom a new item's input sits under the sticky save bar.
      target?.focus({ preventScroll: true })
      target?.scrollIntoView({ block: 'center' })
      focusAfterRender.current = undefined
    }
  })

  const setValue = useCallback((file: FilePath, path: string, value: unknown) => {
    setFiles((previous) => ({ ...previous, [file]: setAt(previous[file], path, value) }))
    setEdits((count) => count + 1)
  }, [])

  const placeCaret = useCallback((words: unknown) => {
    const box = originalRef.current
    if (!box) return
    box.focus()
    const blocks = Array.from(box.querySelectorAll<HTMLElement>('[data-block]'))
    const wanted = typeof words === 'string' ? words.trim() : ''
    const block = (wanted && blocks.find((each) => each.textContent?.includes(wanted))) || blocks[0]
    const text = block?.firstChild
    if (!block || !text) return
    const range = document.createRange()
    range.setStart(text, wanted && block.textContent?.includes(wanted) ? block.textContent.indexOf(wanted) : 0)
    range.collapse(true)
    const selection = document.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
    block.scrollIntoView({ block: 'center' })
  }, [])

  const fill = useCallback(
    (file: FilePath, path: string, words: string) => {
      setValue(file, path, words)
      selected.current = ''
      document.getSelection()?.removeAllRanges()
      setPick(undefined)
      focusAfterRender.current = idOf(file, path)
      setNotice({ kind: 'info', text: `已填入原文原话：“${words}”` })
    },
    [setValue],
  )

  const showCited = useCallback(
    (file: FilePath, path: string | undefined, label: string) => {
      const words = path === undefined ? undefined : getAt(files[file], path)
      if (!originalRef.current) return
      const found = showCitedWords(originalRef.current, typeof words === 'string' ? cleanWords(words) : '')
      // The same field again (the focus moving within it): no new render.
      setCited((current) =>
        path === undefined ? undefined : current?.label === label && current.found === found ? current : { label, found },
      )
    },
    [files],
  )

  // Facts carried unchanged (confirmed as one list) and own-words fields copied from the 原文, from the files as
  // they are now: an edit that changes a carried value takes it out of the list.
  const { copied, carried } = useMemo(() => {
    if (!view) return { copied: [] as string[], carried: [] as CarriedFact[] }
    const original = view.original.map((block) => block.text)
    const copied = copiedFields(files, original)
    const loadedData = Object.fromEntries(Object.entries(loaded).map(([file, state]) => [file, state.data]))
    const flagged = problems.filter((problem) => problem.kind !== 'draft').map((problem) => `${problem.file}|${problem.field}`)
    const predecessor = view.predecessor ?? undefined
    return { copied, carried: carriedFacts({ docId: id, files, loaded: loadedData, predecessor, original, flagged, copied }) }
  }, [view, files, loaded, problems, id])

  const acceptCarried = useCallback(() => {
    focusDraftAt.current = 0
    setFiles((previous) => {
      let next = previous
      for (const fact of carried)
        next = { ...next, [fact.file]: acceptDraft(next[fact.file], { file: fact.file, field: fact.field, from: '' }) }
      return next
    })
    setEdits((count) => count + 1)
    setNotice({ kind: 'info', text: `已确认和上一期一样的${carried.length}条（点“保存”才写进文件）。` })
  }, [carried])

  const form: FormApi = useMemo(() => {
    const marks = Object.keys(files).flatMap((file) => draftMarks(file, files[file], id))
    const carriedKeys = new Set(carried.map((fact) => `${fact.file}|${fact.field}`))
    return {
      value: (file, path) => getAt(files[file], path),
      set: setValue,
      problemsAt: (file, path) => problems.filter((problem) => problem.file === file && problem.field === path && problem.kind !== 'draft'),
      draftsAt: (file, path) => marks.filter((mark) => mark.file === file && mark.field === path),
      carriedAt: (mark: DraftMark) => carriedKeys.has(`${mark.file}|${mark.field}`),
      copiedAt: (file: FilePath, path: string) => copied.includes(`${file}|${path}`),
      accept: (mark: DraftMark, box: HTMLElement) => {
        focusDraftAt.current = Array.from(document.querySelectorAll('[data-draft]')).indexOf(box)
        setFiles((previous) => ({ ...previous, [mark.file]: acceptDraft(previous[mark.file], mark) }))
        setEdits((count) => count + 1)
      },
      showCited,
      addItem: (section: SectionSpec) => {
        const list = section.list!
        const count = (getAt(files[section.file], list.path) as unknown[] | undefined)?.length ?? 0
        setFiles((previous) => ({ ...previous, [section.file]: addListItem(previous[section.file], list.path, list.blank()) }))
        setEdits((edits) => edits + 1)
        const first =
          typeof list.blank() === 'string'
            ? `${list.path}[${count}]`
            : `${list.path}[${count}].${list.path === 'keyPoints' ? 'text' : 'label'}`
        focusAfterRender.current = idOf(section.file, first)
      },
      removeItem: (section: SectionSpec, index: number) => {
        setFiles((previous) => ({ ...previous, [section.file]: removeListItem(previous[section.file], section.list!.path, index) }))
        setEdits((edits) => edits + 1)
        focusAfterRender.current = `[data-add="${section.list!.path}"]`
        setNotice({ kind: 'info', text: `删掉了一条${section.list!.noun}（保存以后才写进文件）。` })
      },
      workIn: (paths: string[]) => workAt(new Set(paths), marks, problems),
      openAtLoad: (key: string) => openKeys.current.has(key),
      previousOf: (file: FilePath, path: string) => {
        if (!file.startsWith('documents/') || !view || !/^dates\[\d+\]$/.test(path)) return undefined
        const date = getAt(files[file], path) as CurrentDate | undefined
        if (!date) return undefined
        // A date the import wrote carries a draft mark; one typed in by hand was there when the page opened.
        const marked = getAt(files[file], `drafts`) as Record<string, unknown> | undefined
        const loaded = (getAt(view.files[file]?.data, 'dates') as CurrentDate[] | undefined) ?? []
        const justAdded = !(marked && path in marked) && !loaded.some((each) => each.label === date.label)
        return matchPreviousDate(date, view.previous, justAdded)?.words
      },
      docId: id,
      showOriginal: () => setTab('original'),
      cite: (file, path, label) => {
        const words = cleanWords(selected.current)
        if (words) return fill(file, path, words)
        setPick({ file, path, label })
        setTab('original')
        setTimeout(() => placeCaret(getAt(files[file], path)), 0)
      },
    }
  }, [files, problems, id, setValue, fill, placeCaret, showCited, view, carried, copied])

  const onOriginalEnter = () => {
    const words = cleanWords(document.getSelection()?.toString() ?? '')
    if (!pick) return setNotice({ kind: 'info', text: '先在左边点一个字段旁边的“用原文里选的字”，再回来选字。' })
    if (!words) return setNotice({ kind: 'info', text: '还没有选中字：按住 Shift 再按方向键选中要引的字，然后按回车。' })
    fill(pick.file, pick.path, words)
  }
  const onOriginalEscape = () => {
    if (pick) focusAfterRender.current = idOf(pick.file, pick.path)
    setPick(undefined)
  }

  const onSave = async () => {
    if (dirtyFiles.length === 0) return setNotice({ kind: 'info', text: '没有要保存的修改。' })
    setSaving(true)
    const sent = Object.fromEntries(dirtyFiles.map((file) => [file, { hash: loaded[file].hash, data: files[file] }]))
    let result: Awaited<ReturnType<typeof save>>
    try {
      result = await save(sent)
    } catch (error) {
      setSaving(false)
      return setNotice({ kind: 'invalid', text: (error as Error).message })
    }
    setSaving(false)
    const others = (list: FieldProblem[]) => [...problems.filter((problem) => !dirtyFiles.includes(problem.file)), ...list]
    if (result.outcome === 'saved') {
      setLoaded((previous) => ({
        ...previous,
        ...Object.fromEntries(dirtyFiles.map((file) => [file, { hash: result.files[file].hash, data: files[file] }])),
      }))
      setProblems(others(result.problems))
      setSavedAt(result.savedAt)
      setNotice({ kind: 'saved', text: `已保存（${clock()}）。居民看到的页面随后自动更新。` })
    } else if (result.outcome === 'conflict') {
      setNotice({ kind: 'conflict', text: result.message })
    } else if (result.outcome === 'invalid') {
      setProblems(others(result.problems))
      setNotice({ kind: 'invalid', text: result.message })
    } else {
      setNotice({ kind: 'invalid', text: result.message ?? '保存没有成功。' })
    }
  }

  /** The next draft or field with a message after the focus (from the top after the last), its section opened. */
  const toNextWork = () => {
    const places = Array.from(document.querySelectorAll<HTMLElement>('.form-column [data-draft], .form-column [data-work]'))
    const focus = document.activeElement
    const after = places.find(
      (place) =>
        focus &&
        focus !== place &&
        !place.contains(focus) &&
        (focus.compareDocumentPosition(place) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    )
    const target = after ?? places[0]
    if (!target) return
    for (let fold = target.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true
    const focusable = target.matches('[data-draft]') ? target : (target.querySelector<HTMLElement>('input, textarea') ?? target)
    focusable.focus()
    focusable.scrollIntoView({ block: 'center' })
  }

  const leave = (event: MouseEvent) => {
    if (dirtyFiles.length > 0 && !window.confirm('这份文件有没保存的修改，离开就不要了。确定离开吗？')) event.preventDefault()
    else sessionStorage.setItem('desk:lastDoc', id)
  }

  if (loadError) return <p role='alert'>{loadError}</p>
  if (!view) return <p aria-live='polite'>正在打开……</p>

  const sections = Object.keys(files).flatMap((file) => sectionsOf(file, files[file], id))
  const shown = shownPaths(sections)
  const allMarks = Object.keys(files).flatMap((file) => draftMarks(file, files[file], id))
  const looseMarks = allMarks.filter((mark) => !shown.has(`${mark.file}|${mark.field}`))
  const visible = problems.filter((problem) => problem.kind !== 'draft' && problem.file in files)
  const loose = visible.filter((problem) => !shown.has(`${problem.file}|${problem.field}`))
  const errors = visible.filter((problem) => problem.kind === 'error').length
  const toWrite = visible.filter((problem) => problem.kind === 'toWrite').length

  return (
    <FormContext.Provider value={form}>
      <header className='doc-header'>
        <a href='#/' className='back' onClick={leave}>
          ← 本期全部文件
        </a>
        <h1 tabIndex={-1} ref={headingRef}>
          {view.docNo} <span className='doc-title'>{view.title}</span>
        </h1>
      </header>
      <div className='doc-layout'>
        <main className='form-column' aria-label='要审核和填写的内容'>
          {(loose.length > 0 || looseMarks.length > 0) && (
            <section className='form-section loose' aria-labelledby='loose-h'>
              <h3 id='loose-h'>这份文件的其他问题</h3>
              <ul className='messages'>
                {loose.map((problem, index) => (
                  <li key={index} className={problem.kind === 'error' ? 'message error' : 'message to-write'}>
                    {fileInWords(problem.file)}：{problem.message}
                  </li>
                ))}
              </ul>
              {looseMarks.map((mark) => (
                <div
                  className='draft'
                  key={`${mark.file}|${mark.field}`}
                  tabIndex={-1}
                  role='group'
                  aria-label={`草稿：${fileInWords(mark.file)}`}
                  data-draft=''
                >
                  <p>
                    <strong>导入起草的，待审核（{fileInWords(mark.file)}）：</strong>
                    {mark.from}
                  </p>
                  <button
                    type='button'
                    className='accept'
                    onKeyDown={(event) => event.repeat && event.preventDefault()}
                    onClick={(event) => form.accept(mark, event.currentTarget.closest<HTMLElement>('[data-draft]')!)}
                  >
                    核对无误，确认这一项
                  </button>
                </div>
              ))}
            </section>
          )}
          {carried.length > 0 && (
            <CarriedGroup
              facts={carried}
              predecessor={view.predecessor ? `上一期（${view.predecessor.issueId}，${view.predecessor.docNo}）` : '上一期'}
              onShow={(fact) => showCited(fact.file, fact.cites, fact.what)}
              onConfirm={acceptCarried}
            />
          )}
          {sections.map((section) => (
            <Section key={`${section.file}|${section.title}`} section={section} />
          ))}
          <div className='save-bar'>
            {notice && (
              <div className={`notice ${notice.kind}`} role={notice.kind === 'info' || notice.kind === 'saved' ? 'status' : 'alert'}>
                <p>{notice.text}</p>
                {notice.kind === 'conflict' && (
                  <button type='button' onClick={() => void load()}>
                    重新载入
                  </button>
                )}
              </div>
            )}
            <p className='counts' aria-live='polite'>
              {checking ? '正在检查……' : `还有：草稿待确认 ${allMarks.length} 项，要填写 ${toWrite} 项，要改 ${errors} 处。`}
              {dirtyFiles.length > 0 ? ' 有没保存的修改。' : ''}
            </p>
            <button type='button' className='next-work' onClick={toNextWork} disabled={allMarks.length + toWrite + errors === 0}>
              下一处要做的
            </button>
            <button type='button' className='save' ref={saveRef} onClick={() => void onSave()} disabled={saving}>
              {saving ? '正在保存……' : '保存'}
            </button>
            <a href='#/' className='back' onClick={leave}>
              回到本期全部文件
            </a>
          </div>
        </main>
        <aside className='side-column' aria-label='原文和预览'>
          <Tabs
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'original',
                label: '原文',
                panel: (
                  <OriginalPane
                    ref={originalRef}
                    blocks={view.original}
                    pick={pick}
                    cited={cited}
                    onEnter={onOriginalEnter}
                    onEscape={onOriginalEscape}
                  />
                ),
              },
              {
                id: 'preview',
                label: '居民看到的页面',
                panel: <PreviewPane path={view.previewPath} docNo={view.docNo} unsaved={dirtyFiles.length > 0} savedAt={savedAt} />,
              },
            ]}
          />
        </aside>
      </div>
    </FormContext.Provider>
  )
}
