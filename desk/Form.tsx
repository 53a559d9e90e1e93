// The form of a document's files: sections of fields, each field labelled, with its draft to accept and the
// check's message under it, in full.
import { createContext, useContext } from 'react'
import type { DraftMark, FilePath } from '../scripts/desk/marks'
import type { FieldProblem } from './api'
import type { FieldSpec, GroupSpec, SectionSpec } from './form-spec'

export interface FormApi {
  value: (file: FilePath, path: string) => unknown
  set: (file: FilePath, path: string, value: unknown) => void
  problemsAt: (file: FilePath, path: string) => FieldProblem[]
  draftsAt: (file: FilePath, path: string) => DraftMark[]
  accept: (mark: DraftMark, button: HTMLButtonElement) => void
  cite: (file: FilePath, path: string, label: string) => void
}

export const FormContext = createContext<FormApi | null>(null)

const useForm = (): FormApi => {
  const form = useContext(FormContext)
  if (!form) throw new Error('FormContext missing')
  return form
}

export const idOf = (file: FilePath, path: string) => `f-${`${file}-${path}`.replace(/[^A-Za-z0-9_-]/g, '_')}`

function Messages({ file, path, id }: { file: FilePath; path: string; id: string }) {
  const problems = useForm().problemsAt(file, path)
  if (problems.length === 0) return null
  return (
    <ul className="messages" id={id}>
      {problems.map((problem, index) => (
        <li key={index} className={problem.kind === 'error' ? 'message error' : 'message to-write'}>
          {problem.kind === 'error' ? '要改：' : '要填写：'}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

function Drafts({ file, path }: { file: FilePath; path: string }) {
  const form = useForm()
  const marks = form.draftsAt(file, path)
  return (
    <>
      {marks.map((mark) => (
        <div className="draft" key={mark.field}>
          <p>
            <strong>导入起草的，待审核：</strong>
            {mark.from}
          </p>
          <button type="button" className="accept" data-draft-button="" onClick={(event) => form.accept(mark, event.currentTarget)}>
            核对无误，确认这一项
          </button>
        </div>
      ))}
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

function Field({ file, field, showMarks }: { file: FilePath; field: FieldSpec; showMarks: boolean }) {
  const form = useForm()
  const id = idOf(file, field.path)
  const messagesId = `${id}-msg`
  const hintId = `${id}-hint`
  const problems = form.problemsAt(file, field.path)
  const value = form.value(file, field.path)
  if (field.kind === 'fixed') {
    return (
      <div className="field fixed">
        <span className="label" id={`${id}-label`}>
          {field.label}
        </span>
        <span className="fixed-value" aria-labelledby={`${id}-label`}>
          {displayOf(value)}
        </span>
        <Messages file={file} path={field.path} id={messagesId} />
      </div>
    )
  }
  const describedBy = [field.hint ? hintId : '', problems.length > 0 ? messagesId : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    'aria-invalid': problems.some((problem) => problem.kind === 'error') || undefined,
    'aria-describedby': describedBy,
    value: displayOf(value),
  }
  const onText = (text: string) => {
    if (field.kind === 'number') form.set(file, field.path, numberOf(text))
    else if (field.kind === 'date') form.set(file, field.path, text === '' ? undefined : text)
    else form.set(file, field.path, text)
  }
  return (
    <div className={`field${problems.some((problem) => problem.kind === 'error') ? ' has-error' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      {field.hint && (
        <span className="hint" id={hintId}>
          {field.hint}
        </span>
      )}
      <div className="input-row">
        {field.kind === 'textarea' ? (
          <textarea {...common} rows={2} onChange={(event) => onText(event.target.value)} />
        ) : (
          <input {...common} type="text" inputMode={field.kind === 'number' ? 'decimal' : undefined} onChange={(event) => onText(event.target.value)} />
        )}
        {field.cite && (
          <button type="button" className="cite" onClick={() => form.cite(file, field.path, field.label)}>
            用原文里选的字
          </button>
        )}
      </div>
      <Messages file={file} path={field.path} id={messagesId} />
      {showMarks && <Drafts file={file} path={field.path} />}
    </div>
  )
}

function Group({ file, group }: { file: FilePath; group: GroupSpec }) {
  const single = group.fields.length === 1 && group.fields[0].path === group.path
  return (
    <div className="group">
      {group.title && <h4>{group.title}</h4>}
      {group.path && !single && <Messages file={file} path={group.path} id={`${idOf(file, group.path)}-gmsg`} />}
      {group.path && <Drafts file={file} path={group.path} />}
      {group.fields.map((field) => (
        <Field key={field.path} file={file} field={field} showMarks={field.path !== group.path} />
      ))}
    </div>
  )
}

export function Section({ section }: { section: SectionSpec }) {
  if (section.groups.length === 0 && !section.path) return null
  return (
    <section className="form-section" aria-labelledby={idOf(section.file, `${section.title}-h`)}>
      <h3 id={idOf(section.file, `${section.title}-h`)}>{section.title}</h3>
      {section.path && <Messages file={section.file} path={section.path} id={`${idOf(section.file, section.path)}-smsg`} />}
      {section.path && <Drafts file={section.file} path={section.path} />}
      {section.groups.map((group) => (
        <Group key={group.path || 'facts'} file={section.file} group={group} />
      ))}
    </section>
  )
}
