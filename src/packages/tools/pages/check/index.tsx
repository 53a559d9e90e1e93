import { useState } from 'react'
import { Text, Button } from '@tarojs/components'
import { View } from '#src/components/View'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { findDocument } from '#src/content/catalogue'
import { param } from '#src/content/rules-in-force'
import type { FieldErrors } from '#src/domain/calculators/types'
import { doubtfulValues, type Doubt } from '#src/domain/calculators/answers'
import { formatAmount } from '#src/domain/calculators/format'
import { formatDate } from '#src/domain/dates/dates'
import { checkEligibility, nextQuestion, questionErrors, resumeStep, type Benefit } from '#src/domain/eligibility/match'
import { questions } from '#src/domain/eligibility/questions'
import { describeQuestion } from '#src/domain/eligibility/describe'
import { askAboutBenefitsDocIds } from '#src/domain/eligibility/guides'
import { CHECK_PAGE } from '#src/domain/links/routes'
import { todayIso } from '#src/platform/clock'
import { useAnswers } from '#src/store/answers'
import { PageFrame } from '#src/components/PageFrame'
import { CalcForm } from '#src/components/CalcForm'
import { BenefitCard } from '#src/components/BenefitCard'
import { CallButton } from '#src/components/CallButton'
import { DoubtNotice } from '#src/components/DoubtNotice'
import { StorageNotice } from '#src/components/StorageNotice'
import { guarded } from '#src/components/PageErrorBoundary'
import { numberToCallFor } from '#src/components/number-to-call'
import '#src/components/totals.scss'
import './index.scss'

function BenefitSection({ id, title, note, items, today }: { id: string; title: string; note?: string; items: Benefit[]; today: string }) {
  if (items.length === 0) return null
  return (
    <View id={id}>
      <Text className='section-title block'>{title}</Text>
      {note ? (
        <Text className='muted block' style={{ margin: '0 4px 8px' }}>
          {note}
        </Text>
      ) : null}
      {items.map((benefit) => (
        <BenefitCard key={benefit.id} benefit={benefit} today={today} />
      ))}
    </View>
  )
}

/** 按您的回答…没有找到: said plainly, with the offices to ask. */
function NothingFound() {
  // One card per office line: documents of one office printing the same number are asked once.
  const lines = askAboutBenefitsDocIds(param)
    .map((id) => findDocument(id)?.doc)
    .filter((doc) => doc !== undefined)
    .map((doc) => ({ unit: doc.consultation.unit, phone: numberToCallFor(doc.consultation.phone).phone }))
    .filter((line, index, all) => all.findIndex((other) => other.phone === line.phone) === index)
  return (
    <View className='card' id='check-nothing'>
      <Text className='strong block' style={{ marginBottom: '6px' }}>
        按您的回答，本期公报里没有找到您家能领的补助。
      </Text>
      <Text className='muted block' style={{ marginBottom: '6px' }}>
        公报可能没写全您家的情况。想再确认，可以打这些电话问：
      </Text>
      {lines.map((line) => (
        <View key={line.phone} style={{ marginTop: '8px' }}>
          <Text className='block'>{line.unit}</Text>
          <CallButton phone={line.phone} />
        </View>
      ))}
    </View>
  )
}

function CheckPage() {
  const { values, completed, lost, storageNotice, setAnswer, markCompleted, clearAnswers, dismissStorageNotice } = useAnswers()
  const [step, setStep] = useState(completed ? resumeStep(values, lost) : 0)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [doubts, setDoubts] = useState<Doubt[]>([])
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set())
  const [confirmClear, setConfirmClear] = useState(false)
  const outcome = step >= questions.length ? checkEligibility(values, param) : undefined
  const result = outcome?.ok ? outcome.result : undefined

  useShareAppMessage(() => ({
    // Shares the names of the benefits only, never the answers.
    title:
      result && result.benefits.length > 0
        ? `按公报的标准，我家可能能领：${result.benefits.map((b) => b.title).join('、')}`
        : '离石政策通：我能领什么',
    path: CHECK_PAGE,
  }))

  const go = (target: number) => {
    setErrors({})
    setDoubts([])
    setStep(target)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  /** Moves on only when this question's answers are valid and any unusual number has been confirmed. */
  const leave = (target: number, confirmedNow: ReadonlySet<string> = confirmed) => {
    const question = questions[step]
    const found = questionErrors(question, values)
    if (Object.keys(found).length > 0) return setErrors(found)
    const unsure = doubtfulValues(question.fields, values, confirmedNow)
    if (unsure.length > 0) {
      setErrors({})
      return setDoubts(unsure)
    }
    if (target >= questions.length) markCompleted()
    go(target)
  }

  // Each step is keyed so that the tap that moves on cannot land on a reused button of the next screen.
  if (step < questions.length) {
    const question = questions[step]
    const next = nextQuestion(step, values, 1)
    return (
      <PageFrame key={`question-${step}`}>
        <StorageNotice notice={storageNotice} onDismiss={dismissStorageNotice} />
        <Text className='small block' style={{ margin: '0 4px 6px' }} id='check-progress'>
          第{step + 1}题 / 共{questions.length}题 · 您的回答只存在这部手机上
        </Text>
        <View className='card'>
          <Text className='page-title'>{question.title}</Text>
          {question.help ? <Text className='muted block'>{question.help}</Text> : null}
        </View>
        <CalcForm fields={question.fields} values={values} errors={errors} onChange={setAnswer} />
        {doubts.length > 0 ? (
          <DoubtNotice
            doubts={doubts}
            onConfirm={() => {
              const now = new Set([...confirmed, ...doubts.map((doubt) => doubt.token)])
              setConfirmed(now)
              leave(next, now)
            }}
          />
        ) : null}
        <View className='btn-row'>
          {step > 0 ? (
            <View className='btn btn--plain' onClick={() => go(nextQuestion(step, values, -1))}>
              <Text>上一题</Text>
            </View>
          ) : null}
          <View className='btn btn--primary' onClick={() => leave(next)} id='check-next'>
            <Text>{next >= questions.length ? '看结果' : '下一题'}</Text>
          </View>
        </View>
        {completed && next < questions.length ? (
          <View className='btn btn--plain' onClick={() => leave(questions.length)} id='check-result'>
            <Text>改好了，直接看结果</Text>
          </View>
        ) : null}
      </PageFrame>
    )
  }

  const today = todayIso()
  const totals = result
    ? [
        { id: 'cash-total', label: '能领到的钱（估算）', amount: result.cashTotal, atMost: result.cashTotalAtMost },
        { id: 'saving-total', label: '政府替您出的（估算）', amount: result.savingTotal, atMost: false },
      ].filter((total) => total.amount > 0)
    : []
  return (
    <PageFrame key='result'>
      <StorageNotice notice={storageNotice} onDismiss={dismissStorageNotice} />
      {result ? (
        <View id='check-answer'>
          <View className='notice' id='check-year-note'>
            <Text>
              下面是按公报里最新的标准
              {result.benefits.some((benefit) => benefit.calculation?.issueId) ? '（问了年度的，按您选的年度）' : ''}、{formatDate(today)}
              算的估算。每一项下面写着它的标准适用的时间，时间过了的只供参考；现在能不能办、怎么办，请打每项下面的电话问。
            </Text>
          </View>
          {result.benefits.length > 0 ? (
            <View className='card totals'>
              <Text className='item-title' style={{ marginBottom: '6px' }}>
                您家可能能领
              </Text>
              {totals.map((total) => (
                <View key={total.id} className='total'>
                  <Text className='total__label'>{total.label}</Text>
                  <Text className='total__amount' id={total.id}>
                    {formatAmount(total.amount, '元', total.atMost)}
                  </Text>
                </View>
              ))}
            </View>
          ) : (
            <NothingFound />
          )}
          {process.env.TARO_ENV === 'weapp' ? (
            <Button className='btn btn--plain share-btn' openType='share'>
              把这个结果（只有项目名称）转发给家人
            </Button>
          ) : null}
          <BenefitSection id='check-benefits' title='您家可能能领的项目' items={result.benefits} today={today} />
          <BenefitSection
            id='check-payments'
            title='您家要交的'
            note='这些是您家要付的钱，不是补助。'
            items={result.payments}
            today={today}
          />
          <BenefitSection id='check-tasks' title='要做的事' items={result.tasks} today={today} />
          {result.nearMisses.length > 0 ? (
            <View id='check-near'>
              <Text className='section-title block'>还可以问问</Text>
              {result.nearMisses.map((miss) => (
                <View key={miss.id} className='card near-miss'>
                  <Text>{miss.text}</Text>
                </View>
              ))}
            </View>
          ) : null}
        </View>
      ) : (
        <View className='notice'>
          <Text>有回答需要修改，请点下面的“改”。</Text>
        </View>
      )}

      <Text className='section-title block'>您的回答</Text>
      <View className='card'>
        {questions.map((question, index) => (
          <View key={question.id} className='answer-row' onClick={() => go(index)}>
            <View className='answer-row__text'>
              <Text className='strong block'>{question.title}</Text>
              <Text className='muted block'>{describeQuestion(question, values) || '（不用答）'}</Text>
            </View>
            <Text className='answer-row__edit'>改 ›</Text>
          </View>
        ))}
      </View>
      {confirmClear ? (
        <View className='notice'>
          <Text className='block'>确定要清除这部手机上保存的全部回答吗？</Text>
          <View className='btn-row'>
            <View className='btn btn--plain' onClick={() => setConfirmClear(false)}>
              <Text>不清除</Text>
            </View>
            <View
              className='btn btn--primary'
              onClick={() => {
                clearAnswers()
                setConfirmClear(false)
                go(0)
              }}
            >
              <Text>确定清除</Text>
            </View>
          </View>
        </View>
      ) : (
        <View className='btn btn--plain' onClick={() => setConfirmClear(true)}>
          <Text>清除我的回答</Text>
        </View>
      )}
    </PageFrame>
  )
}

export default guarded(CheckPage)
