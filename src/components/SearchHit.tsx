import { Text } from '@tarojs/components'
import { View } from './View'
import { Dial } from './Dial'
import { Highlighted } from './Highlighted'
import type { SearchHit as Hit } from '#src/domain/search/search'

/**
 * One search result: its title (the matched part marked) and a line under it; tapping opens it. A consultation
 * line carries its 拨打 button, so a phone question (医保局电话) is answered on the results page itself.
 */
export function SearchHit({ hit, onOpen }: { hit: Hit; onOpen: (path: string) => void }) {
  const { entry } = hit
  const text = (
    <>
      <Text className='strong block'>
        <Highlighted text={entry.title} highlight={hit.highlight} />
      </Text>
      <Text className='small block'>{entry.subtitle.slice(0, 60)}</Text>
    </>
  )
  if (!entry.phone) {
    return (
      <View className='card search-hit' onClick={() => onOpen(entry.path)}>
        {text}
      </View>
    )
  }
  // The card holds two things to tap, side by side in the tree (a tap on 拨打 must not also open the office).
  return (
    <View className='card search-hit--phone'>
      <View className='search-hit' onClick={() => onOpen(entry.path)}>
        {text}
      </View>
      <Dial phone={entry.phone} className='btn btn--call search-hit__dial'>
        <Text className='search-hit__dial-word'>📞 拨打</Text>
        <Text className='search-hit__dial-word'>{entry.phone}</Text>
      </Dial>
    </View>
  )
}
