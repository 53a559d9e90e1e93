import type { CSSProperties } from 'react'
import { Text } from '@tarojs/components'

/**
 * A 文号 that may break before its 〔年份〕编号号 but never inside it: in 大字 on a 320 px phone, 离政办发〔2022〕34号
 * would otherwise end one line with “34” and start the next with “号”.
 */
export function DocNo({ docNo, className, id, style }: { docNo: string; className?: string; id?: string; style?: CSSProperties }) {
  const at = docNo.indexOf('〔')
  return (
    <Text className={className} id={id} style={style}>
      {at > 0 ? docNo.slice(0, at) : ''}
      <Text className='nowrap'>{at > 0 ? docNo.slice(at) : docNo}</Text>
    </Text>
  )
}
