import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { param } from '../../content/rules'
import type { FieldErrors } from '../../domain/calculators/types'
import { formatAmount } from '../../domain/calculators/format'
import { formatDate } from '../../domain/dates'
import { checkEligibility, questionErrors } from '../../domain/eligibility/match'
import { questions } from '../../domain/eligibility/questions'
import { describeQuestion } from '../../domain/eligibility/describe'
import { CHECK_PAGE } from '../../domain/links'
import { todayIso } from '../../platform/clock'
import { useAnswers } from '../../store/answers'
import { PageFrame } from '../../components/PageFrame'
import { CalcForm } from '../../components/CalcForm'
import { BenefitCard } from '../../components/BenefitCard'

export default function CheckPage() {
  const { values, completed, storageDamaged, setAnswer, markCompleted, clearAnswers, dismissStorageNotice } = useAnswers()
  const [step, setStep] = useState(completed ? questions.length : 0)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [confirmClear, setConfirmClear] = useState(false)
  const outcome = step >= questions.length ? checkEligibility(values, param) : undefined
  const result = outcome?.ok ? outcome.result : undefined

  useShareAppMessage(() => ({
    // Shares the list of benefit names only, never the answers.
    title: result && result.benefits.length > 0 ? `我家可能能领：${result.benefits.filter((b) => b.kind !== 'pay').map((b) => b.title).join('、')}` : '离石政策通：我能领什么',
    path: CHECK_PAGE,
  }))

  const go = (target: number) => {
    setErrors({})
    setStep(target)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const next = () => {
    const found = questionErrors(questions[step], values)
    if (Object.keys(found).length > 0) {
      setErrors(found)
      return
    }
    if (step + 1 >= questions.length) markCompleted()
    go(step + 1)
  }
  const toResult = () => {
    const found = questionErrors(questions[step], values)
    if (Object.keys(found).length > 0) return setErrors(found)
    markCompleted()
    go(questions.length)
  }

  const storageNotice = storageDamaged ? (
    <View className='notice'>
      <Text>手机里保存的回答读不出来，已恢复成默认回答，请检查一遍。</Text>
      <View className='btn btn--plain' onClick={dismissStorageNotice}>
        <Text>知道了</Text>
      </View>
    </View>
  ) : null

  // Each step is keyed so that the tap that moves on cannot land on a reused button of the next screen.
  if (step < questions.length) {
    const question = questions[step]
    return (
      <PageFrame key={`question-${step}`}>
        {storageNotice}
        <Text className='small' style={{ display: 'block', margin: '0 4px 6px' }} id='check-progress'>
          第{step + 1}题 / 共{questions.length}题 · 您的回答只存在这部手机上
        </Text>
        <View className='card'>
          <Text style={{ display: 'block', fontSize: '21px', fontWeight: 700 }}>{question.title}</Text>
          {question.help ? <Text className='muted' style={{ display: 'block' }}>{question.help}</Text> : null}
        </View>
        <CalcForm fields={question.fields} values={values} errors={errors} onChange={setAnswer} />
        <View className='btn-row'>
          {step > 0 ? (
            <View className='btn btn--plain' onClick={() => go(step - 1)}>
              <Text>上一题</Text>
            </View>
          ) : null}
          <View className='btn btn--primary' onClick={next} id='check-next'>
            <Text>{step + 1 >= questions.length ? '看结果' : '下一题'}</Text>
          </View>
        </View>
        {completed && step + 1 < questions.length ? (
          <View className='btn btn--plain' onClick={toResult} id='check-result'>
            <Text>改好了，直接看结果</Text>
          </View>
        ) : null}
      </PageFrame>
    )
  }

  const today = todayIso()
  return (
    <PageFrame key='result'>
      {storageNotice}
      {result ? (
        <View id='check-answer'>
          <View className='card totals'>
            <Text className='strong' style={{ display: 'block', fontSize: '20px', marginBottom: '6px' }}>您家可能能领</Text>
            <View className='total'>
              <Text className='total__label'>能领到的钱（估算）</Text>
              <Text className='total__amount' id='cash-total'>{formatAmount(result.cashTotal, '元')}</Text>
            </View>
            <View className='total'>
              <Text className='total__label'>政府替您出的（估算）</Text>
              <Text className='total__amount' id='saving-total'>{formatAmount(result.savingTotal, '元')}</Text>
            </View>
          </View>
          <View className='notice'>
            <Text>
              这是按公报2022年第3期的标准、{formatDate(today)}算的估算。这些都是2022年的政策，时间大多已经过了；现在能不能办、怎么办，请打每项下面的电话问。
            </Text>
          </View>
          {result.benefits.length === 0 ? (
            <View className='card'>
              <Text>按您的回答，本期公报里暂时没有找到您家能领的项目。可以看看下面“差一点”的项目，或直接打电话问。</Text>
            </View>
          ) : null}
          {result.benefits.map((benefit) => (
            <BenefitCard key={benefit.id} benefit={benefit} today={today} />
          ))}
          {result.nearMisses.length > 0 ? (
            <View>
              <Text className='section-title' style={{ display: 'block' }}>差一点就能领</Text>
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

      <Text className='section-title' style={{ display: 'block' }}>您的回答</Text>
      <View className='card'>
        {questions.map((question, index) => (
          <View key={question.id} className='answer-row' onClick={() => go(index)} style={{ padding: '8px 0', borderBottom: '1px solid #eee7da' }}>
            <Text className='strong' style={{ display: 'block' }}>{question.title}</Text>
            <Text className='muted' style={{ display: 'block' }}>{describeQuestion(question, values)}</Text>
            <Text style={{ color: '#b22222' }}>改 ›</Text>
          </View>
        ))}
      </View>
      {confirmClear ? (
        <View className='notice'>
          <Text style={{ display: 'block' }}>确定要清除这部手机上保存的全部回答吗？</Text>
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
