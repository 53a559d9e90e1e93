import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { useShareAppMessage } from '@tarojs/taro'
import { findDocument } from '#src/content/catalogue'
import { param } from '#src/content/rules-in-force'
import type { FieldErrors, FormValue, FormValues } from '#src/domain/calculators/types'
import { decodeRepeatedly } from '#src/domain/links/deeplink'
import { selfCheckPagePath, SELF_CHECK_PAGE } from '#src/domain/links/routes'
import { findSelfCheck, selfChecks } from '#src/domain/selfcheck'
import { openQuestions, type OpenQuestion, type SelfCheck, type SelfCheckOutcome } from '#src/domain/selfcheck/types'
import { openPage, routeParams } from '#src/platform/nav'
import { bringIntoView } from '#src/platform/scroll'
import { PageFrame } from '#src/components/PageFrame'
import { CalcForm } from '#src/components/CalcForm'
import { PhoneCard } from '#src/components/PhoneCard'
import { DocCallBar } from '#src/components/CallBar'
import { SeeAlso } from '#src/components/SeeAlso'
import { currentEdition } from '#src/domain/tools/editions'
import { guarded } from '#src/components/PageErrorBoundary'

const LEVEL_COLOUR = { fix: '#b00020', required: '#b00020', report: '#b00020', incomplete: '#8a5a00', verify: '#8a5a00', none: '#1e7a3c' }

/** The questions still open after 查一查, in the order asked: unanswered, or a number that cannot be used. */
function stillOpen(check: SelfCheck, values: FormValues, outcome: SelfCheckOutcome): OpenQuestion[] {
  return openQuestions(check.fields, values, outcome.ok ? {} : outcome.errors)
}

/** What each open question says beside it (这题还没回答, or why its number cannot be read). */
function openMarks(open: OpenQuestion[]): FieldErrors {
  return Object.fromEntries(open.map((question) => [question.key, question.message]))
}

function SelfCheckView({ check }: { check: SelfCheck }) {
  // Every question starts unanswered: no pre-set answer can make 查一查 say 没有发现.
  const [values, setValues] = useState<FormValues>({})
  const [asked, setAsked] = useState(false)
  // The newest edition: its rules, its document (依据 and the phone).
  const edition = currentEdition(check)
  const rules = edition?.param ?? param
  const docId = edition?.docIds[0] ?? ''
  const outcome = useMemo(() => (asked ? check.evaluate(values, rules) : undefined), [asked, check, values, rules])
  const doc = findDocument(docId)?.doc
  const change = (key: string, value: FormValue) => setValues((current) => ({ ...current, [key]: value }))
  // 查一查 takes the person to the first question still open: its message is beside it, not far above the button.
  const run = () => {
    setAsked(true)
    const [first] = stillOpen(check, values, check.evaluate(values, rules))
    if (first) bringIntoView(`#field-${first.key}`)
  }
  return (
    <View>
      <View className='card'>
        <Text className='page-title'>{check.title}</Text>
        <Text className='muted block'>{check.intro}</Text>
      </View>
      <SeeAlso docId={docId} />
      <CalcForm
        fields={check.fields}
        values={values}
        example={check.example}
        errors={outcome ? openMarks(stillOpen(check, values, outcome)) : {}}
        onChange={change}
      />
      <View className='btn btn--primary' onClick={run} id='selfcheck-run'>
        <Text>查一查</Text>
      </View>
      {outcome?.ok ? (
        <View id='selfcheck-result'>
          <View className='card' style={{ borderLeft: `6px solid ${LEVEL_COLOUR[outcome.result.level]}` }}>
            <Text className='item-title' style={{ color: LEVEL_COLOUR[outcome.result.level] }} id='selfcheck-verdict'>
              {outcome.result.verdict}
            </Text>
          </View>
          {outcome.result.unanswered.length > 0 ? (
            <View className='notice' id='selfcheck-unanswered'>
              <Text className='strong block'>还没回答的题（{outcome.result.unanswered.length}题）：</Text>
              {outcome.result.unanswered.map((label) => (
                <Text className='block' key={label}>
                  · {label}
                </Text>
              ))}
            </View>
          ) : null}
          {outcome.result.unsure.length > 0 ? (
            <View className='notice' id='selfcheck-unsure'>
              <Text className='strong block'>不清楚、需要核实的（{outcome.result.unsure.length}项）：</Text>
              {outcome.result.unsure.map((label) => (
                <Text className='block' key={label}>
                  · {label}
                </Text>
              ))}
              <Text className='muted block' style={{ marginTop: '6px' }}>
                {check.askWhom}
              </Text>
            </View>
          ) : null}
          {outcome.result.findings.map((finding, index) => (
            <View key={finding.text} className='card finding'>
              <Text className='strong block'>
                {index + 1}. {finding.text}
              </Text>
              <Text className='small block'>
                依据：{doc?.docNo} {finding.clause}：{finding.rule}
              </Text>
            </View>
          ))}
          <View className='card'>
            {outcome.result.notes.map((note) => (
              <Text key={note} className='muted block' style={{ marginBottom: '6px' }}>
                · {note}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      {doc ? <PhoneCard heading='有问题打电话问' unit={doc.consultation.unit} phone={doc.consultation.phone} /> : null}
      <View className='btn btn--plain' onClick={() => openPage(SELF_CHECK_PAGE)}>
        <Text>看其他自查</Text>
      </View>
      <DocCallBar docId={docId} />
    </View>
  )
}

function SelfCheckPage() {
  const rawId = routeParams().id
  const id = rawId === undefined ? undefined : decodeRepeatedly(rawId)
  const check = id ? findSelfCheck(id) : undefined
  useShareAppMessage(() =>
    check ? { title: check.title, path: selfCheckPagePath(check.id) } : { title: '安全自查', path: SELF_CHECK_PAGE },
  )
  return (
    <PageFrame>
      {rawId !== undefined && !check ? (
        <View className='notice'>
          <Text>没有找到这个自查（链接可能有误）。下面是全部自查。</Text>
        </View>
      ) : null}
      {check ? (
        <SelfCheckView check={check} />
      ) : (
        <View>
          <Text className='page-title'>安全自查</Text>
          {selfChecks.map((each) => (
            <View key={each.id} className='card' onClick={() => openPage(selfCheckPagePath(each.id))}>
              <Text className='item-title'>{each.title}</Text>
              <Text className='muted block'>{each.intro}</Text>
              <Text className='small block'>依据：{findDocument(currentEdition(each)?.docIds[0] ?? '')?.doc.docNo} ›</Text>
            </View>
          ))}
        </View>
      )}
    </PageFrame>
  )
}

export default guarded(SelfCheckPage)
