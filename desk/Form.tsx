// The form of a document's files: sections of fields (collapsible, each with what is left to do in it), each field
// labelled, with its draft to accept and the check's message under it, in full. A field or draft that has the focus
// (clicked or reached by Tab; not merely under the mouse, which the page may have moved there) shows the 原文 words
// it cites, highlighted, without taking the focus there.
import { createContext, useContext, useState, type KeyboardEvent } from 'react'
import { TO_FILL_MARK, type DraftMark, type FilePath } from '../scripts/desk/marks'
import type { FieldProblem } from './api'
import { dateForClerk, dateForFile } from './date-text'
import type { FieldSpec, GroupSpec, SectionSpec } from './form-spec'
import { TableDraft } from './TablePane'
import { COPIED_WARNING, ownWordsFieldOf } from '../scripts/desk/copied-sentence'

/** What is left to do in a part of the form. */
export interface Work {
  drafts: number
  toWrite: number
  errors: number
}

export interface FormApi {
  value: (file: FilePath, path: string) => unknown
  set: (file: FilePath, path: string, value: unknown) => void
  problemsAt: (file: FilePath, path: string) => FieldProblem[]
  draftsAt: (file: FilePath, path: string) => DraftMark[]
  accept: (mark: DraftMark, box: HTMLElement) => void
  cite: (file: FilePath, path: string, label: string) => void
  /** Highlights in the 原文 the words at `path` (a group's `cites`); nothing when undefined. */
  showCited: (file: FilePath, path: string | undefined, label: string) => void
  addItem: (section: SectionSpec) => void
  removeItem: (section: SectionSpec, index: number) => void
  workIn: (paths: string[]) => Work
  /** Whether a section or group was open when the page loaded (open: something was left to do in it). */
  openAtLoad: (key: string) => boolean
  /** The last issue's value for a group (a date's), shown as a hint, never as a value. */
  previousOf: (file: FilePath, path: string) => string | undefined
  /** The document the form is of (its annex tables are read by its id). */
  docId: string
  /** Shows the 原文 beside the form (a table's row is pointed at there). */
  showOriginal: () => void
  /** Whether the draft is in the list of facts carried unchanged, confirmed together (desk/CarriedGroup.tsx). */
  carriedAt: (mark: DraftMark) => boolean
  /** Whether the field must be our own words but is a sentence copied from the 原文 (scripts/desk/copied-sentence.ts). */
  copiedAt: (file: FilePath, path: string) => boolean
}

export const FormContext = createContext<FormApi | null>(null)

const useForm = (): FormApi => {
  const form = useContext(FormContext)
  if (!form) throw new Error('FormContext missing')
  return form
}

export const idOf = (file: FilePath, path: string) => `f-${`${file}-${path}`.replace(/[^A-Za-z0-9_-]/g, '_')}`

export const workText = (work: Work) =>
  work.drafts + work.toWrite + work.errors === 0
    ? '都做完了'
    : `还有：${[work.drafts > 0 ? `草稿待确认 ${work.drafts} 项` : '', work.toWrite > 0 ? `要填写 ${work.toWrite} 项` : '', work.errors > 0 ? `要改 ${work.errors} 处` : ''].filter(Boolean).join('，')}`

function Messages({ file, path, id }: { file: FilePath; path: string; id: string }) {
  const problems = useForm().problemsAt(file, path)
  if (problems.length === 0) return null
  return (
    <ul className='messages' id={id}>
      {problems.map((problem, index) => (
        <li key={index} className={problem.kind === 'error' ? 'message error' : 'message to-write'}>
          {problem.kind === 'error' ? '要改：' : '要填写：'}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

/** Enter or Space held down repeats: only the first press accepts (a held key must not accept a run of drafts). */
const ignoreRepeat = (event: KeyboardEvent) => {
  if (event.repeat) event.preventDefault()
}

function Drafts({ file, path, label, cites }: { file: FilePath; path: string; label: string; cites?: string }) {
  const form = useForm()
  // Drafts whose text is a copied 原文 sentence, once 核对无误 was pressed: the second press keeps the sentence.
  const [asked, setAsked] = useState<string[]>([])
  const marks = form.draftsAt(file, path)
  // An annex table's draft: its rows shown first, confirmed after (./TablePane.tsx).
  if (file === 'tables/tables.json')
    return (
      <>
        {marks.map((mark) => (
          <TableDraft key={mark.field} mark={mark} label={label} />
        ))}
      </>
    )
  return (
    <>
      {marks.map((mark) => {
        if (form.carriedAt(mark))
          return (
            <p className='draft carried-note' key={mark.field}>
              和上一期一样，原话这期原文里又印着：在最上面“和上一期一样”的那组里一起确认（要改就在这里改，改了就单独确认）。
            </p>
          )
        const own = ownWordsFieldOf(mark.field)
        const copied = own !== undefined && form.copiedAt(file, own)
        const secondPress = copied && asked.includes(mark.field)
        return (
          <div
            className={`draft${secondPress ? ' asking' : ''}`}
            key={mark.field}
            tabIndex={-1}
            role='group'
            aria-label={`草稿：${label}`}
            data-draft=''
            onFocus={() => form.showCited(file, cites, label)}
          >
            <p>
              <strong>导入起草的，待审核：</strong>
              {mark.from}
            </p>
            {secondPress && (
              <p className='message copied' role='alert'>
                这一句还是原文照抄的。最好在下面的字段里改成自己的话；确实要原样用，再按一次“不改了，就用原文这句话，确认”。
              </p>
            )}
            <button
              type='button'
              className='accept'
              onKeyDown={ignoreRepeat}
              onClick={(event) => {
                if (copied && !secondPress) return setAsked((previous) => [...previous, mark.field])
                form.accept(mark, event.currentTarget.closest<HTMLElement>('[data-draft]')!)
              }}
            >
              {secondPress ? '不改了，就用原文这句话，确认' : '核对无误，确认这一项'}
            </button>
          </div>
        )
      })}
    </>
  )
}

function displayOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.join('、')
  return String(value)
}

/** A number as typed: a number when it reads as one, else the text itself (the check then says what is wrong). */
function numberOf(text: string): unknown {
  const trimmed = text.trim()
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text
}

function Field({ file, field, showMarks, cites }: { file: FilePath; field: FieldSpec; showMarks: boolean; cites?: string }) {
  const form = useForm()
  // A date as the clerk types it, while the field has the focus (shown as 2023年9月1日 otherwise).
  const [typing, setTyping] = useState<string>()
  const id = idOf(file, field.path)
  const messagesId = `${id}-msg`
  const hintId = `${id}-hint`
  const problems = form.problemsAt(file, field.path)
  const value = form.value(file, field.path)
  if (field.kind === 'fixed') {
    return (
      <div className='field fixed'>
        <span className='label' id={`${id}-label`}>
          {field.label}
        </span>
        <span className='fixed-value' aria-labelledby={`${id}-label`}>
          {typeof value === 'string' ? dateForClerk(value) : displayOf(value)}
        </span>
        <Messages file={file} path={field.path} id={messagesId} />
      </div>
    )
  }
  // 【待填写】 and the import's hint are not a value: the field shows empty, the hint as its (lighter) placeholder.
  const shown = displayOf(value)
  const toFill = shown.startsWith(TO_FILL_MARK)
  const placeholder = toFill ? `要填写：${shown.slice(TO_FILL_MARK.length)}` : field.placeholder
  const copied = form.copiedAt(file, field.path)
  const describedBy =
    [field.hint ? hintId : '', copied ? `${id}-copied` : '', problems.length > 0 ? messagesId : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    'aria-invalid': problems.some((problem) => problem.kind === 'error') || undefined,
    'aria-describedby': describedBy,
    placeholder,
    value: toFill ? '' : field.kind === 'date' ? (typing ?? dateForClerk(shown)) : shown,
  }
  const onText = (text: string) => {
    if (field.kind === 'number') form.set(file, field.path, numberOf(text))
    else if (field.kind === 'date') {
      setTyping(text)
      form.set(file, field.path, text.trim() === '' ? undefined : dateForFile(text))
    } else form.set(file, field.path, field.optional && text === '' ? undefined : text)
  }
  return (
    <div
      className={`field${problems.some((problem) => problem.kind === 'error') ? ' has-error' : ''}`}
      data-work={problems.length > 0 ? '' : undefined}
    >
      <label htmlFor={id}>{field.label}</label>
      {field.hint && (
        <span className='hint' id={hintId}>
          {field.hint}
        </span>
      )}
      <div className='input-row'>
        {field.kind === 'textarea' ? (
          <textarea {...common} rows={2} onChange={(event) => onText(event.target.value)} />
        ) : (
          <input
            {...common}
            type='text'
            inputMode={field.kind === 'number' ? 'decimal' : undefined}
            onChange={(event) => onText(event.target.value)}
            onBlur={() => setTyping(undefined)}
          />
        )}
        {field.cite && (
          <button
            type='button'
            className='cite'
            onClick={() => form.cite(file, field.path, field.label)}
            onFocus={() => form.showCited(file, cites, field.label)}
          >
            用原文里选的字
          </button>
        )}
      </div>
      {copied && (
        <p className='message copied' id={`${id}-copied`}>
          {COPIED_WARNING}
        </p>
      )}
      <Messages file={file} path={field.path} id={messagesId} />
      {showMarks && <Drafts file={file} path={field.path} label={field.label} cites={cites} />}
    </div>
  )
}

function GroupBody({ file, group }: { file: FilePath; group: GroupSpec }) {
  const form = useForm()
  const single = group.fields.length === 1 && group.fields[0].path === group.path
  // The last issue's value, only where something is still to write: a 【待填写】 or a date left empty.
  const open = group.fields.some((field) => {
    const value = form.value(file, field.path)
    return (typeof value === 'string' && value.startsWith(TO_FILL_MARK)) || (field.kind === 'date' && value === undefined)
  })
  const previous = open ? form.previousOf(file, group.path) : undefined
  return (
    <>
      {previous && <p className='hint previous'>上一期同一份文件这里写的是（只是参考，不会自动填进去）：{previous}</p>}
      {group.path && !single && <Messages file={file} path={group.path} id={`${idOf(file, group.path)}-gmsg`} />}
      {group.path && <Drafts file={file} path={group.path} label={group.title || group.fields[0]?.label || ''} cites={group.cites} />}
      {group.fields.map((field) => (
        <Field key={field.path} file={file} field={field} showMarks={field.path !== group.path} cites={group.cites} />
      ))}
    </>
  )
}

function Group({ section, group, collapsible }: { section: SectionSpec; group: GroupSpec; collapsible: boolean }) {
  const form = useForm()
  const { file } = section
  const label = group.title || group.fields[0]?.label || ''
  const show = () => form.showCited(file, group.cites, label)
  const remove =
    section.list && group.index !== undefined ? (
      <button type='button' className='remove' onClick={() => form.removeItem(section, group.index!)}>
        删掉{group.title || `这一条${section.list.noun}`}
      </button>
    ) : null
  if (collapsible) {
    // One of many (a rules file's 40 values): its draft and messages stay in sight; its fields fold, open only
    // where something is to write or fix, the values read on the fold.
    const fieldPaths = group.fields.map((field) => `${file}|${field.path}`)
    const work = form.workIn([`${file}|${group.path}`, ...fieldPaths])
    const values = group.fields
      .map((field) => [field.label.replace(/^[^：]*：/, ''), form.value(file, field.path)] as const)
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
      .map(([label, value]) => `${label} ${typeof value === 'string' ? dateForClerk(value) : value}`)
    return (
      <div className='group folding' onFocus={show}>
        <h4>
          {group.title} <span className={`work${work.drafts + work.toWrite + work.errors === 0 ? ' done' : ''}`}>{workText(work)}</span>
        </h4>
        {group.path && <Messages file={file} path={group.path} id={`${idOf(file, group.path)}-gmsg`} />}
        {group.path && <Drafts file={file} path={group.path} label={group.title} cites={group.cites} />}
        <details open={form.openAtLoad(`${file}|${group.path}|fields`)}>
          <summary>看或改：{values.join('；')}</summary>
          {group.fields.map((field) => (
            <Field key={field.path} file={file} field={field} showMarks={field.path !== group.path} cites={group.cites} />
          ))}
          {remove}
        </details>
      </div>
    )
  }
  return (
    <div className='group' onFocus={show}>
      {group.title && <h4>{group.title}</h4>}
      <GroupBody file={file} group={group} />
      {remove}
    </div>
  )
}

/** Sections with more groups than this (a rules file's values; never the 3–8 key points) fold each group's fields. */
const FOLD_GROUPS_OVER = 8

export function Section({ section }: { section: SectionSpec }) {
  const form = useForm()
  if (section.groups.length === 0 && !section.path) return null
  const key = `${section.file}|${section.title}`
  const headingId = idOf(section.file, `${section.title}-h`)
  const work = form.workIn([
    ...(section.path ? [`${section.file}|${section.path}`] : []),
    ...section.groups.flatMap((group) => [
      ...(group.path ? [`${section.file}|${group.path}`] : []),
      ...group.fields.map((field) => `${section.file}|${field.path}`),
    ]),
  ])
  return (
    <details className='form-section' open={form.openAtLoad(key)} data-section={key}>
      <summary>
        <h3 id={headingId}>{section.title}</h3>
        <span className={`work${work.drafts + work.toWrite + work.errors === 0 ? ' done' : ''}`}>{workText(work)}</span>
      </summary>
      {section.path && <Messages file={section.file} path={section.path} id={`${idOf(section.file, section.path)}-smsg`} />}
      {section.path && <Drafts file={section.file} path={section.path} label={section.title} />}
      {section.groups.map((group) => (
        <Group
          key={group.path || 'facts'}
          section={section}
          group={group}
          collapsible={section.groups.length > FOLD_GROUPS_OVER && Boolean(group.title)}
        />
      ))}
      {section.list && (
        <button type='button' className='add' data-add={section.list.path} onClick={() => form.addItem(section)}>
          加一条{section.list.noun}
        </button>
      )}
    </details>
  )
}
