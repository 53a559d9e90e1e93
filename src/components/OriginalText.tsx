import { Text } from '@tarojs/components'
import { View } from './View'
import type { OriginalBlock, OriginalTable } from '#src/content/original-document'
import { phoneRuns } from '#src/domain/phone'
import {
  clauseNumber,
  columnLabels,
  markInBlock,
  shownRows,
  showsAsCards,
  type TextPart,
  type WordsMark,
} from '#src/domain/original-reader'
import './OriginalText.scss'
import './words-found.scss'

/**
 * Text with the cited words marked (yellow), the rest plain; the first marked text is where the page scrolls to.
 * A printed phone number is a run of its own that never breaks over two lines (0358- / 8498612).
 */
function Marked({ text, parts, first }: { text: string; parts?: TextPart[]; first?: boolean }) {
  const shown = parts ?? [{ text, hit: false }]
  const anchor = first ? shown.findIndex((part) => part.hit) : -1
  return (
    <>
      {shown.map((part, index) =>
        phoneRuns(part.text).map((run, at) => (
          <Text
            key={`${index}-${at}`}
            className={[part.hit ? 'o-hit' : '', run.phone ? 'phone-number' : ''].join(' ').trim() || undefined}
            id={index === anchor && at === 0 ? 'o-hit' : undefined}
          >
            {run.text}
          </Text>
        )),
      )}
    </>
  )
}

/** The marked parts of a row's cells (or of a paragraph's pieces) and which piece holds the first mark. */
function marksOf(mark: WordsMark | undefined, row?: number): { parts?: TextPart[][]; first: number } {
  if (!mark || mark.row !== row) return { first: -1 }
  return { parts: mark.parts, first: mark.parts.findIndex((parts) => parts.some((part) => part.hit)) }
}

/** In H5 a box that scrolls sideways can be reached and scrolled with the keyboard, and says what it is. */
const scrollRegion = (process.env.TARO_ENV === 'h5' ? { tabIndex: 0, role: 'region', ariaLabel: '表格，可以左右滑动' } : {}) as object

/** A short table: a grid that scrolls sideways inside its own box, never the page. */
function GridTable({ table, mark }: { table: OriginalTable; mark?: WordsMark }) {
  const width = Math.max(...[table.columns, ...table.rows].map((row) => row.length))
  const rows = shownRows(table).map(({ row }) => row)
  return (
    <View>
      {width > 3 ? <Text className='o-table-note'>表格较宽，可以在表格上左右滑动</Text> : null}
      <View className='o-table-box' {...scrollRegion}>
        <View className='o-grid' style={{ minWidth: `${width * 6}em` }}>
          {[table.columns, ...rows].map((row, index) => {
            const marks = marksOf(mark, index - 1)
            return (
              <View key={index} className={index === 0 ? 'o-grid__row o-grid__row--head' : 'o-grid__row'}>
                {Array.from({ length: width }, (_, column) => (
                  <View key={column} className='o-grid__cell'>
                    <Marked text={row[column] ?? ''} parts={marks.parts?.[column]} first={column === marks.first} />
                  </View>
                ))}
              </View>
            )
          })}
        </View>
      </View>
    </View>
  )
}

/** A long table: one card per printed row, each cell under its column's name; rows [from, to) of the shown rows. */
function CardRows({ table, from, to, mark }: { table: OriginalTable; from: number; to: number; mark?: WordsMark }) {
  const labels = columnLabels(table)
  return (
    <View>
      {shownRows(table)
        .slice(from, to)
        .map(({ row, at }, index) => {
          const marks = marksOf(mark, from + index)
          return (
            <View key={at} className='o-row-card'>
              {row.map((cell, column) =>
                cell === '' ? null : (
                  <View key={column} className='o-row-card__field'>
                    {labels[column] ? <Text className='o-row-card__label'>{labels[column]}：</Text> : null}
                    <Marked text={cell} parts={marks.parts?.[column]} first={column === marks.first} />
                  </View>
                ),
              )}
            </View>
          )
        })}
    </View>
  )
}

/** One block of the 原文 as the gazette prints it: headings bold, clause numbers marked, tables readable. */
export function OriginalBlockView({ block, words, rows }: { block: OriginalBlock; words?: string; rows?: [number, number] }) {
  const mark = markInBlock(block, words)
  if (block.table) {
    if (showsAsCards(block.table)) {
      const [from, to] = rows ?? [0, shownRows(block.table).length]
      return (
        <View>
          {from === 0 ? <Text className='o-table-note'>这张表有{shownRows(block.table).length}行，每行一张卡片</Text> : null}
          <CardRows table={block.table} from={from} to={to} mark={mark} />
        </View>
      )
    }
    return <GridTable table={block.table} mark={mark} />
  }
  const clause = clauseNumber(block)
  const marks = marksOf(mark)
  return (
    <Text className={`o-text o-text--${block.kind}${block.level !== undefined ? ` o-text--level${block.level}` : ''}`}>
      {clause ? (
        <Text className='o-clause'>
          <Marked text={clause} parts={marks.parts?.[0]} first={marks.first === 0} />
        </Text>
      ) : null}
      <Marked text={block.text.slice(clause.length)} parts={marks.parts?.[1]} first={marks.first === 1} />
    </Text>
  )
}
