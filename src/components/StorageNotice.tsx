import { Text } from '@tarojs/components'
import { View } from './View'

interface Props {
  notice: string | null
  onDismiss: () => void
}

/** One line saying what of the saved data could not be kept, with 知道了. */
export function StorageNotice({ notice, onDismiss }: Props) {
  if (!notice) return null
  return (
    <View className='notice' id='storage-notice'>
      <Text>{notice}</Text>
      <View className='btn btn--plain' onClick={onDismiss}>
        <Text>知道了</Text>
      </View>
    </View>
  )
}
