import { Text } from '@tarojs/components'
import type { Highlight } from '#src/domain/search/search'
import './Highlighted.scss'

/** A title with the matched part marked. */
export function Highlighted({ text, highlight }: { text: string; highlight?: Highlight }) {
  if (!highlight) return <Text>{text}</Text>
  return (
    <Text>
      {text.slice(0, highlight.start)}
      <Text className='hl'>{text.slice(highlight.start, highlight.end)}</Text>
      {text.slice(highlight.end)}
    </Text>
  )
}
