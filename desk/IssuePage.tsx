// The issue: its documents with their state and how many are left, and the amounts that changed from the last
// issue (old → new, both issues' words) for the clerk to confirm.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { acceptDraft } from '../scripts/desk/marks'
import { getIssue, isUnreadable, save, type ChangedAmount, type IssueView } from './api'

const STATE_LABEL = { toWrite: '要人来写', drafted: '导入起草，待审核', reviewed: '已审核' }

function Amount({ amount, onConfirm, busy }: { amount: ChangedAmount; onConfirm: () => void; busy: boolean }) {
  return (
    <li className='amount'>
      <h3>
        {amount.label}：
        <span className='old'>
          {amount.oldValue}
          {amount.unit}
        </span>{' '}
        →{' '}
        <span className='new'>
          {amount.newValue}
          {amount.unit}
        </span>
      </h3>
      <p>
        <span className='which'>
          上一期（{amount.oldIssue}，{amount.oldDocId}）原文：
        </span>
        “{amount.oldWords}”
      </p>
      <p>
        <span className='which'>这一期（{amount.newDocId}）原文：</span>“{amount.newWords}”
      </p>
      <button type='button' onClick={onConfirm} disabled={busy}>
        新数和这一期原文一致，确认
      </button>
    </li>
  )
}

export function IssuePage() {
  const [issue, setIssue] = useState<IssueView>()
  const [message, setMessage] = useState<{ alert: boolean; text: string }>()
  // The last confirmation, undoable: the file as it was, and the hash of what the confirmation wrote.
  const [undo, setUndo] = useState<{ file: string; before: unknown; hash: string; label: string }>()
  const links = useRef<(HTMLAnchorElement | null)[]>([])
  const amountsRef = useRef<HTMLUListElement>(null)
  const [loadError, setLoadError] = useState<string>()
  // While a confirmation or 撤销 is written and the list reloaded, the buttons wait: a second quick click would save
  // against the file as it was before the first and be refused as if another desk had changed it.
  const [busy, setBusy] = useState(false)
  const busyNow = useRef(false)
  const load = useCallback(async () => {
    try {
      const loaded = await getIssue()
      if (loaded.status !== 200 || isUnreadable(loaded)) return setLoadError((loaded as unknown as { message: string }).message)
      setLoadError(undefined)
      setIssue(loaded)
    } catch (error) {
      setLoadError((error as Error).message)
    }
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  // Back from a document: focus where the clerk was, so the arrows go on from there.
  useEffect(() => {
    const last = sessionStorage.getItem('desk:lastDoc')
    if (!issue || !last) return
    sessionStorage.removeItem('desk:lastDoc')
    links.current[issue.documents.findIndex((doc) => doc.id === last)]?.focus()
  }, [issue])

  if (loadError) return <p role='alert'>{loadError}</p>
  if (!issue) return <p aria-live='polite'>正在打开……</p>
  const left = issue.documents.filter((doc) => doc.state !== 'reviewed')
  const count = (state: string) => issue.documents.filter((doc) => doc.state === state).length

  const toAmounts = () => {
    const heading = document.getElementById('amounts-h')
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus()
  }

  const onListKey = (event: KeyboardEvent, index: number) => {
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: issue.documents.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    links.current[Math.max(0, Math.min(issue.documents.length - 1, next))]?.focus()
  }

  const whileBusy = async (work: () => Promise<void>) => {
    if (busyNow.current) return
    busyNow.current = true
    setBusy(true)
    try {
      await work()
    } finally {
      busyNow.current = false
      setBusy(false)
    }
  }

  const confirm = async (amount: ChangedAmount, index: number) => {
    const file = issue.files[amount.file]
    const result = await save({
      [amount.file]: { hash: file.hash, data: acceptDraft(file.data, { file: amount.file, field: `params[${amount.index}]`, from: '' }) },
    })
    if (result.outcome !== 'saved') return setMessage({ alert: true, text: result.message ?? '没有保存。' })
    setUndo({
      file: amount.file,
      before: file.data,
      hash: result.files[amount.file].hash,
      label: `${amount.label} ${amount.oldValue}${amount.unit} → ${amount.newValue}${amount.unit}`,
    })
    setMessage({ alert: false, text: `已确认：${amount.label} ${amount.newValue}${amount.unit}（已保存；确认错了可以点“撤销”）` })
    await load()
    setTimeout(() => {
      const buttons = amountsRef.current?.querySelectorAll('button')
      ;(buttons?.[index] ?? buttons?.[index - 1] ?? document.getElementById('amounts-h'))?.focus()
    }, 0)
  }

  // 撤销: the file written back as it was before the confirmation — refused, like any save, if it changed since.
  const undoConfirm = async () => {
    if (!undo) return
    const result = await save({ [undo.file]: { hash: undo.hash, data: undo.before } })
    setUndo(undefined)
    if (result.outcome !== 'saved') return setMessage({ alert: true, text: result.message ?? '没有撤销。' })
    setMessage({ alert: false, text: `已撤销：${undo.label} 又回到待确认。` })
    await load()
    setTimeout(() => document.getElementById('amounts-h')?.focus(), 0)
  }

  return (
    <main className='issue-page'>
      <h1>
        {issue.year}年第{issue.number}期公报：审核台
      </h1>
      <p className='summary' role='status'>
        {left.length > 0
          ? `还要处理 ${left.length} 份文件（共 ${issue.documents.length} 份）：要人来写 ${count('toWrite')} 份，导入起草待审核 ${count('drafted')} 份，已审核 ${count('reviewed')} 份。`
          : `这一期的 ${issue.documents.length} 份文件都审核完了。`}
        {issue.changedAmounts.length > 0 ? ` 变了的金额还有 ${issue.changedAmounts.length} 项待确认。` : ''}
      </p>
      {issue.changedAmounts.length > 0 && (
        <button type='button' className='to-amounts' onClick={() => toAmounts()}>
          去确认变了的金额
        </button>
      )}
      <section aria-labelledby='docs-h'>
        <h2 id='docs-h'>这一期的文件（上下方向键移动，回车打开）</h2>
        <ol className='doc-list'>
          {issue.documents.map((doc, index) => (
            <li key={doc.id} className={`doc-row ${doc.state}`}>
              <a
                href={`#/doc/${doc.id}`}
                ref={(element) => {
                  links.current[index] = element
                }}
                onKeyDown={(event) => onListKey(event, index)}
              >
                <span className='doc-no'>{doc.docNo}</span>
                <span className='doc-title'>{doc.title}</span>
                <span className={`state ${doc.state}`}>
                  {STATE_LABEL[doc.state]}
                  {doc.toWrite > 0 ? `：要写 ${doc.toWrite} 项` : ''}
                  {doc.drafts > 0 ? `${doc.toWrite > 0 ? '，' : '：'}草稿 ${doc.drafts} 项` : ''}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby='amounts-h'>
        <h2 id='amounts-h' tabIndex={-1}>
          变了的金额（旧 → 新）：对照两期原文确认
        </h2>
        {message && (
          <div className={message.alert ? 'notice conflict' : 'notice saved'} role={message.alert ? 'alert' : 'status'}>
            <p>{message.text}</p>
            {undo && !message.alert && (
              <button type='button' onClick={() => void whileBusy(undoConfirm)} disabled={busy}>
                撤销
              </button>
            )}
          </div>
        )}
        {issue.changedAmounts.length === 0 ? (
          <p>没有待确认的金额变化。</p>
        ) : (
          <ul className='amounts' ref={amountsRef}>
            {issue.changedAmounts.map((amount, index) => (
              <Amount
                key={`${amount.file}|${amount.index}`}
                amount={amount}
                onConfirm={() => void whileBusy(() => confirm(amount, index))}
                busy={busy}
              />
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
