import { Text } from '@tarojs/components'
import { View } from './View'
import type { OriginalBlock, OriginalTable } from '../content/original'
import { columnLabels, highlightParts, shownRows, showsAsCards } from '../domain/original-reader'
import './OriginalText.scss'

/** Text with the cited words marked (yellow), the rest plain. */
function Marked({ text, words }: { text: string; words?: string }) {
  return (
    <>
      {highlightParts(text, words).map((part, index) =>
        part.hit ? (
          <Text key={index} className='o-hit' id='o-hit'>{part.text}</Text>
        ) : (
          <Text key={index}>{part.text}</Text>
        ),
      )}
    </>
  )
}

/** In H5 a box that scrolls sideways can be reached and scrolled with the keyboard, and says what it is. */
const scrollRegion = (process.env.TARO_ENV === 'h5' ? { tabIndex: 0, role: 'region', ariaLabel: '表格，可以左右滑动' } : {}) as object

/** A short table: a grid that scrolls sideways inside its own box, never the page. */
function GridTable({ table, words }: { table: OriginalTable; words?: string }) {
  const width = Math.max(...[table.columns, ...table.rows].map((row) => row.length))
  const rows = shownRows(table).map(({ row }) => row)
  return (
    <View>
      {width > 3 ? <Text className='o-table-note'>表格较宽，可以在表格上左右滑动</Text> : null}
      <View className='o-table-box' {...scrollRegion}>
        <View className='o-grid' style={{ minWidth: `${width * 6}em` }}>
          {[table.columns, ...rows].map((row, index) => (
            <View key={index} className={index === 0 ? 'o-grid__row o-grid__row--head' : 'o-grid__row'}>
              {Array.from({ length: width }, (_, column) => (
                <View key={column} className='o-grid__cell'>
                  <Marked text={row[column] ?? ''} words={words} />
                </View>
              ))}
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}

/** A long table: one card per printed row, each cell under its column's name; rows [from, to) of the shown rows. */
function CardRows({ table, from, to, words }: { table: OriginalTable; from: number; to: number; words?: string }) {
  const labels = columnLabels(table)
  return (
    <View>
      {shownRows(table)
        .slice(from, to)
        .map(({ row, at }) => (
          <View key={at} className='o-row-card'>
            {row.map((cell, column) =>
              cell === '' ? null : (
                <View key={column} className='o-row-card__field'>
                  {labels[column] ? <Text className='o-row-card__label'>{labels[column]}：</Text> : null}
                  <Marked text={cell} words={words} />
                </View>
              ),
            )}
          </View>
        ))}
    </View>
  )
}

/** One block of the 原文 as the gazette prints it: headings bold, clause numbers marked, tables readable. */
export function OriginalBlockView({ block, words, rows }: { block: OriginalBlock; words?: string; rows?: [number, number] }) {
  if (block.table) {
    if (showsAsCards(block.table)) {
      const [from, to] = rows ?? [0, shownRows(block.table).length]
      return (
        <View>
          {from === 0 ? <Text className='o-table-note'>这张表有{shownRows(block.table).length}行，每行一张卡片</Text> : null}
          <CardRows table={block.table} from={from} to={to} words={words} />
        </View>
      )
    }
    return <GridTable table={block.table} words={words} />
  }
  const clause = block.clause && block.text.startsWith(block.clause) ? block.clause : ''
  return (
    <Text className={`o-text o-text--${block.kind}${block.level !== undefined ? ` o-text--level${block.level}` : ''}`}>
      {clause ? <Text className='o-clause'>{clause}</Text> : null}
      <Marked text={block.text.slice(clause.length)} words={words} />
    </Text>
  )
}
