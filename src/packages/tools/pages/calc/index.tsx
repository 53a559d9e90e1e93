import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { findDocument } from '#src/content/catalogue'
import { param } from '#src/content/rules-in-force'
import { calculators, findCalculator } from '#src/domain/calculators'
import type { Calculator, FormValue, FormValues } from '#src/domain/calculators/types'
import { CALC_LINK, parseLink } from '#src/domain/links/deeplink'
import { siteConfig } from '#src/site.config'
import { calcPagePath, CALC_PAGE, EDITION_OF_ISSUE, FROM_CHECK, PAGES } from '#src/domain/links/routes'
import { toolEditions, currentEdition, editionOfIssue, type Edition } from '#src/domain/tools/editions'
import { EditionChoice } from '#src/components/EditionChoice'
import { prefillFromCheck, type Prefill } from '#src/domain/eligibility/prefill'
import { useAnswers } from '#src/store/answers'
import { openPage, routeParams } from '#src/platform/nav'
import { todayIso } from '#src/platform/clock'
import { PageFrame } from '#src/components/PageFrame'
import { CalcForm } from '#src/components/CalcForm'
import { CalcResultView } from '#src/components/CalcResultView'
import { DoubtNotice } from '#src/components/DoubtNotice'
import { DocCallBar } from '#src/components/CallBar'
import { ReportProblem } from '#src/components/ReportProblem'
import { describeAnswers, doubtfulValues } from '#src/domain/calculators/answers'
import { guarded } from '#src/components/PageErrorBoundary'
import { useSinglePage } from '#src/components/use-single-page'

/** Every calculator, each opening its own page; in 朋友圈's single-page mode (no other page opens) a list to read. */
function CalculatorList() {
  const singlePage = useSinglePage()
  return (
    <View>
      <Text className='page-title'>算一算：能领多少、要交多少</Text>
      <Text className='muted block' style={{ margin: '0 4px 10px' }}>
        每个数字都注明出自公报哪份文件哪一条。
      </Text>
      {calculators.map((calculator) => (
        <View key={calculator.id} className='card' onClick={singlePage ? undefined : () => openPage(calcPagePath(calculator.id))}>
          <Text className='item-title'>{calculator.title}</Text>
          <Text className='muted block'>{calculator.intro}</Text>
          <Text className='small block'>
            依据：{(currentEdition(calculator)?.docIds ?? []).map((id) => findDocument(id)?.doc.docNo).join('、')}
            {singlePage ? '' : ' ›'}
          </Text>
        </View>
      ))}
      {singlePage ? null : (
        <View className='btn btn--plain' onClick={() => openPage(PAGES.rates)}>
          <Text>补助标准一览（全部金额和出处）</Text>
        </View>
      )}
    </View>
  )
}

interface ViewProps {
  calculator: Calculator
  editions: Edition[]
  /** The edition shown first: the newest, or the one of the issue a document's 算一算 came from. */
  initial: number
  prefill?: Prefill
}

function CalculatorView({ calculator, editions, initial, prefill }: ViewProps) {
  // Every field starts empty (no pre-filled number can merge with what a person types, no answer is implied),
  // unless the person came from 我能领什么's 详细算法: then it holds their own answers, said so above the form.
  const [values, setValues] = useState<FormValues>(prefill?.values ?? {})
  const [asked, setAsked] = useState(prefill !== undefined)
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set())
  const [editionIndex, setEditionIndex] = useState(initial)
  const edition = editions[editionIndex]
  // Whatever 年度 is chosen, questions go to the line the newest issue prints (an earlier issue's may be out of use).
  const callDocId = editions[editions.length - 1].docIds[0]
  const singlePage = useSinglePage()
  const fields = calculator.fields(edition.param)
  const doubts = asked ? doubtfulValues(fields, values, confirmed) : []
  const outcome = useMemo(
    () => (asked && doubts.length === 0 ? calculator.compute(values, edition.param) : undefined),
    [asked, doubts.length, calculator, values, edition],
  )
  const change = (key: string, value: FormValue) => setValues((current) => ({ ...current, [key]: value }))
  const ask = () => {
    setAsked(true)
    setTimeout(() => void Taro.pageScrollTo({ selector: '#calc-answer', duration: 300 }).catch(() => undefined), 50)
  }
  return (
    <View>
      <View className='card'>
        <Text className='page-title'>{calculator.title}</Text>
        <Text className='muted block'>{calculator.intro}</Text>
      </View>
      {prefill ? (
        <View className='notice' id='calc-prefill'>
          <Text>{prefill.notice}</Text>
        </View>
      ) : null}
      <EditionChoice editions={editions} chosen={editionIndex} onChoose={setEditionIndex} />
      <CalcForm
        fields={fields}
        values={values}
        example={calculator.example}
        errors={outcome && !outcome.ok ? outcome.errors : {}}
        onChange={change}
      />
      <View className='btn btn--primary' onClick={ask} id='calc-answer'>
        <Text>算一算</Text>
      </View>
      {doubts.length > 0 ? (
        <DoubtNotice doubts={doubts} onConfirm={() => setConfirmed(new Set([...confirmed, ...doubts.map((doubt) => doubt.token)]))} />
      ) : null}
      {outcome && !outcome.ok ? (
        <View className='notice' id='calc-errors'>
          <Text>有几项没填好，请看上面红字提示。</Text>
        </View>
      ) : null}
      {outcome && outcome.ok ? (
        <View>
          <CalcResultView
            edition={edition}
            callDocId={callDocId}
            result={outcome.result}
            inputs={describeAnswers(fields, values)}
            today={todayIso()}
          />
          <ReportProblem where={`计算器：${calculator.title}（${edition.window.label}）`} inputs={describeAnswers(fields, values)} />
        </View>
      ) : null}
      {singlePage ? null : (
        <View className='btn btn--plain' onClick={() => openPage(CALC_PAGE)}>
          <Text>看其他计算器</Text>
        </View>
      )}
      <DocCallBar docId={callDocId} />
    </View>
  )
}

function CalcPage() {
  const params = routeParams()
  const opened = params.id !== undefined || params.scene !== undefined || params.q !== undefined
  const link = parseLink(params, { qrDomain: siteConfig.qrDomain, isKnownId: (id) => findCalculator(id) !== undefined, target: CALC_LINK })
  const calculator = link.kind === 'found' ? findCalculator(link.id) : undefined
  const answers = useAnswers((state) => state.values)
  const editions = calculator ? toolEditions(calculator) : []
  const chosen = calculator ? editionOfIssue(calculator, params[EDITION_OF_ISSUE]) : undefined
  const prefill = calculator && chosen ? prefillFromCheck(calculator, chosen, params[FROM_CHECK], answers, param) : undefined
  useShareAppMessage(() =>
    calculator ? { title: calculator.title, path: calcPagePath(calculator.id) } : { title: '算一算', path: CALC_PAGE },
  )
  useShareTimeline(() => (calculator ? { title: calculator.title, query: `id=${calculator.id}` } : { title: '算一算' }))
  return (
    <PageFrame inFullApp={calculator && chosen ? ['看依据的原文', '一键拨打电话', '用其他计算器'] : ['打开每个计算器', '一键拨打电话']}>
      {opened && !(calculator && chosen) ? (
        <View className='notice'>
          <Text>没有找到这个计算器（链接可能有误）。下面是全部计算器。</Text>
        </View>
      ) : null}
      {calculator && chosen ? (
        <CalculatorView calculator={calculator} editions={editions} initial={editions.indexOf(chosen)} prefill={prefill} />
      ) : (
        <CalculatorList />
      )}
    </PageFrame>
  )
}

export default guarded(CalcPage)
