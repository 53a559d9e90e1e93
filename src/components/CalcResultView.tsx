import { View, Text } from '@tarojs/components'
import { findDocument } from '#src/content/catalogue'
import type { CalcResult } from '#src/domain/calculators/types'
import { lineEndedOn, type Edition } from '#src/domain/tools/editions'
import { formatAmount } from '#src/domain/calculators/format'
import { formatDate, formatWindow, statusLabel, windowStatus } from '#src/domain/dates/dates'
import { Citation } from './Citation'
import { PhoneCard } from './PhoneCard'
import './CalcResultView.scss'
import './totals.scss'

interface Props {
  /** The edition the result was computed with: its period and its rules (citations). */
  edition: Edition
  /** The document whose consultation line takes questions now (the newest edition's, whichever 年度 is shown). */
  callDocId: string
  result: CalcResult
  /** The answers the result was computed from, in words (按…计算). */
  inputs: string
  today: string
}

/** The answer: totals first, then each amount with how it was computed and the clause it comes from. */
export function CalcResultView({ edition, callDocId, result, inputs, today }: Props) {
  const { window, param } = edition
  const status = windowStatus(window, today)
  const source = findDocument(edition.docIds[0])?.doc
  const callDoc = findDocument(callDocId)?.doc
  return (
    <View id='calc-result'>
      <View className={`card period period--${status}`} id='calc-edition'>
        <Text className={`badge badge--${status}`}>{statusLabel(window, status)}</Text>
        <Text className='strong'>按{window.label}的标准</Text>
        <Text className='muted block'>{formatWindow(window)}</Text>
        {window.note ? <Text className='small block'>{window.note}</Text> : null}
        {source ? <Text className='small block'>依据：{source.docNo}</Text> : null}
        {status === 'ended' ? (
          <Text className='block' style={{ marginTop: '6px' }}>
            这个标准的时间已经过了。下面的数字按当时的标准算，只供参考，现在的标准请打电话问。
          </Text>
        ) : null}
      </View>

      <View className='card totals'>
        <Text className='result-inputs' id='calc-inputs'>
          按您填的 {inputs} 计算：
        </Text>
        {result.totals.length === 0 ? (
          <Text className='strong block' id='calc-no-amount'>
            按您填的情况，这里算不出金额，原因看下面。
          </Text>
        ) : null}
        {result.totals.map((total) => (
          <View key={total.label} className='total'>
            <Text className='total__label'>{total.label}</Text>
            <Text className='total__amount'>{formatAmount(total.amount, total.unit, total.atMost)}</Text>
          </View>
        ))}
      </View>

      {result.conditions.length > 0 ? (
        <View className='card'>
          <Text className='strong block' style={{ marginBottom: '6px' }}>
            条件
          </Text>
          {result.conditions.map((condition) => (
            <Text key={condition.text} className={`condition condition--${condition.met ? 'met' : 'unmet'}`}>
              {condition.met ? '✓ ' : '✗ '}
              {condition.text}
            </Text>
          ))}
        </View>
      ) : null}

      {result.lines.length > 0 ? (
        <View className='card'>
          <Text className='strong block' style={{ marginBottom: '6px' }}>
            怎么算的
          </Text>
          {result.lines.map((line) => {
            const endedOn = lineEndedOn(line.paramIds, param, today)
            return (
              <View key={line.label} className='result-line'>
                <View className='result-line__head'>
                  <Text className='result-line__label'>{line.label}</Text>
                  <Text className='result-line__amount'>{formatAmount(line.amount, line.unit, line.atMost)}</Text>
                </View>
                <Text className='muted block'>{line.how}</Text>
                {endedOn ? (
                  <Text className='small result-line__ended block'>这一项的执行期限到{formatDate(endedOn)}，已经过了，只供参考。</Text>
                ) : null}
                <Citation cite={param(line.paramIds[0]).cite} />
              </View>
            )
          })}
        </View>
      ) : null}

      {result.readings.map((reading) => (
        <View key={reading.text} className='notice'>
          <Text className='block'>{reading.text}</Text>
          <Citation cite={reading.cite} showWords />
        </View>
      ))}

      {result.notes.length > 0 ? (
        <View className='card'>
          <Text className='strong block' style={{ marginBottom: '6px' }}>
            还要知道
          </Text>
          {result.notes.map((note) => (
            <Text key={note} className='muted block' style={{ marginBottom: '6px' }}>
              · {note}
            </Text>
          ))}
        </View>
      ) : null}

      <Text className='small block' style={{ margin: '0 4px 10px' }}>
        以上是估算，{formatDate(today)}按公报标准计算；您填的内容只留在手机上，不会上传。
      </Text>
      {callDoc ? <PhoneCard heading='有疑问打电话问' unit={callDoc.consultation.unit} phone={callDoc.consultation.phone} /> : null}
    </View>
  )
}
