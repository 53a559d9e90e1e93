import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from './View'
import { latestIssue } from '#src/content/catalogue'
import { feedbackMessage } from '#src/domain/feedback'
import { copyText } from '#src/platform/phone'
import { CallButton } from './CallButton'
import { useSinglePage } from './use-single-page'

/**
 * 结果不对？: composes a plain message for the 公报室 (copy it, then call); nothing is sent from the app. Not in
 * 朋友圈's single-page mode, where WeChat neither copies nor dials.
 */
export function ReportProblem({ where, inputs }: { where: string; inputs?: string }) {
  const [open, setOpen] = useState(false)
  const singlePage = useSinglePage()
  const office = latestIssue.office
  if (singlePage) return null
  if (!open) {
    return (
      <View className='btn btn--plain' onClick={() => setOpen(true)} id='report-problem'>
        <Text>结果不对？告诉公报室</Text>
      </View>
    )
  }
  const message = feedbackMessage({ where, inputs, appVersion: process.env.LISHI_APP_VERSION ?? '', contentVersion: latestIssue.id })
  return (
    <View className='card' id='report-message'>
      <Text className='strong block'>把下面这段话复制下来，打电话或发给公报室：</Text>
      <Text className='muted block' style={{ whiteSpace: 'pre-wrap', margin: '8px 0' }} id='report-text'>
        {message}
      </Text>
      <View className='btn btn--plain' onClick={() => void copyText(message, '已复制，可以粘贴发送')}>
        <Text>复制这段话</Text>
      </View>
      <CallButton phone={office.phone} label='打电话问公报室' />
      <Text className='small block'>这段话只在您的手机上，小程序不会自动发送。</Text>
    </View>
  )
}
