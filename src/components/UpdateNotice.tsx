import { Text } from '@tarojs/components'
import { View } from './View'
import { update, useUpdateState } from '#src/platform/app-update'

/**
 * A new version is downloaded: one sentence and a plain button, never a modal (a modal would block a person who is
 * about to call). The update applies itself the next time the home page opens (platform/app-update.ts).
 */
export function UpdateNotice() {
  const state = useUpdateState()
  if (state !== 'ready') return null
  return (
    <View className='notice' id='update-notice'>
      <Text className='block'>有新版本，下次打开首页时自动更新。</Text>
      <View className='btn btn--plain' id='update-now' onClick={() => update.applyNow()}>
        <Text>现在更新</Text>
      </View>
    </View>
  )
}
