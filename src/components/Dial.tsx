import type { ReactNode } from 'react'
import { View } from './View'
import { callNumber } from '#src/platform/phone'
import { dialString } from '#src/domain/phone'

/**
 * What a person taps to dial a number. In a browser (a code scanned outside WeChat) it is a real tel: link: it
 * dials, and a long press offers to copy or save the number. In WeChat it asks makePhoneCall.
 */
export function Dial({ phone, className, id, children }: { phone: string; className: string; id?: string; children: ReactNode }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={`${className} dial-link`} id={id} href={`tel:${dialString(phone)}`}>
        {children}
      </a>
    )
  }
  return (
    <View className={className} id={id} onClick={() => callNumber(phone)}>
      {children}
    </View>
  )
}
