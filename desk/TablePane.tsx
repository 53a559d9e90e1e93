// A drafted annex table (权责清单, 项目计划表) shown to be checked against the 原文: how many rows the program
// counted, then — once the clerk opens it — its rows as the gazette prints them, searchable, a page at a time; each
// 序号 points at that row in the 原文 (highlighted there). Its “核对无误，确认这一项” appears only once the table has been
// shown: a table is never confirmed unseen. The rows are read from tables/ (./api.ts, getTables); the table's own
// files are edited by hand (docs/gazette-office-guide.md).
import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { DraftMark } from '../scripts/desk/marks'
import { getTables, isUnreadable, type DeskTable } from './api'
import { FormContext } from './Form'
import { showPrintedRow } from './table-find'
import { pageOf, rowCountLine, rowsMatching, ROWS_PER_PAGE } from './table-view'

const tableKey = (mark: DraftMark) => mark.field.replace(/^drafts\./, '')

function Rows({ table }: { table: DeskTable }) {
  const form = useContext(FormContext)!
  const [query, setQuery] = useState('')
  const [page, setPage] = useState(0)
  // One tab stop for the rows (Up/Down move between them), so Tab goes on to the pages and the button.
  const [active, setActive] = useState(0)
  const [located, setLocated] = useState<string>()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const matching = rowsMatching(table, query)
  const shown = pageOf(matching, page)
  const first = shown.page * ROWS_PER_PAGE + 1

  const locate = (no: number, name: string) => {
    form.showOriginal()
    // The 原文 tab is shown first: the row can be scrolled to only once it is laid out.
    setTimeout(() => {
      const box = document.querySelector<HTMLElement>('.original-text')
      const found = box ? showPrintedRow(box, no, name) : false
      setLocated(found ? `右边原文里第${no}项印的那一行标成了黄底。` : `右边原文里没有找到第${no}项这一行：请在原文里自己找“${name}”。`)
    }, 0)
  }
  const onRowKey = (event: KeyboardEvent, index: number) => {
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.rows.length - 1 }[event.key]
    if (next === undefined || next < 0 || next >= shown.rows.length) return
    event.preventDefault()
    setActive(next)
    buttons.current[next]?.focus()
  }
  const turn = (to: number) => {
    setPage(to)
    setActive(0)
  }

  return (
    <div className='table-view'>
      <label className='table-search'>
        在表里找（序号，或表里的字）
        <input
          type='search'
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            turn(0)
          }}
        />
      </label>
      <p className='table-place' aria-live='polite'>
        {matching.length === 0
          ? `表里没有“${query.trim()}”。`
          : `${query.trim() ? `找到${matching.length}行，` : ''}这里是其中第${first}–${first + shown.rows.length - 1}行（第${shown.page + 1}页，共${shown.pages}页）。点序号，右边原文里标出这一行。`}
      </p>
      <table className='draft-table'>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope='col'>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row, index) => (
            <tr key={`${row.no}-${index}`}>
              <th scope='row'>
                <button
                  type='button'
                  ref={(element) => {
                    buttons.current[index] = element
                  }}
                  tabIndex={index === Math.min(active, shown.rows.length - 1) ? 0 : -1}
                  aria-label={`第${row.no}项，在原文里看`}
                  onKeyDown={(event) => onRowKey(event, index)}
                  onFocus={() => setActive(index)}
                  onClick={() => locate(row.no, row.name)}
                >
                  {row.no}
                </button>
              </th>
              {row.cells.map((cell, at) => (
                <td key={at}>
                  {cell}
                  {row.mended && at === row.cells.length - 1 && <span className='row-mended'>程序补过这一行：{row.mended}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.pages > 1 && (
        <div className='pager'>
          <button type='button' disabled={shown.page === 0} onClick={() => turn(shown.page - 1)}>
            上一页
          </button>
          <button type='button' disabled={shown.page === shown.pages - 1} onClick={() => turn(shown.page + 1)}>
            下一页
          </button>
        </div>
      )}
      {located && (
        <p className='table-located' role='status'>
          {located}
        </p>
      )}
    </div>
  )
}

/** The draft of one table: what the import did, the row count, the table when opened, and then its confirmation. */
export function TableDraft({ mark, label }: { mark: DraftMark; label: string }) {
  const form = useContext(FormContext)!
  const key = tableKey(mark)
  const [table, setTable] = useState<DeskTable | null>()
  const [open, setOpen] = useState(false)
  const [seen, setSeen] = useState(false)
  useEffect(() => {
    let alive = true
    getTables(form.docId).then(
      (answer) => {
        if (!alive) return
        setTable(isUnreadable(answer) ? null : (answer.tables?.find((each) => each.key === key) ?? null))
      },
      () => alive && setTable(null),
    )
    return () => {
      alive = false
    }
  }, [form.docId, key])

  return (
    <div className='draft table-draft' tabIndex={-1} role='group' aria-label={`草稿：${label}`} data-draft=''>
      <p>
        <strong>导入起草的，待审核：</strong>
        {mark.from}
      </p>
      {table === undefined && <p aria-live='polite'>正在读这张表……</p>}
      {table === null && <p className='message error'>这张表的行读不出来（tables 文件夹里的文件）。请对照原文直接看文件。</p>}
      {table && (
        <>
          <p className='table-count'>{rowCountLine(table)}</p>
          <button
            type='button'
            className='show-table'
            aria-expanded={open}
            onClick={() => {
              setOpen(!open)
              setSeen(true)
            }}
          >
            {open ? '收起这张表' : `看这张表（${table.rows.length}行），对照原文核对`}
          </button>
          {open && <Rows table={table} />}
          {seen ? (
            <button
              type='button'
              className='accept'
              onKeyDown={(event) => event.repeat && event.preventDefault()}
              onClick={(event) => form.accept(mark, event.currentTarget.closest<HTMLElement>('[data-draft]')!)}
            >
              核对无误，确认这一项
            </button>
          ) : (
            <p className='hint'>先看这张表，对照原文核对了，才能确认。</p>
          )}
        </>
      )}
    </div>
  )
}
