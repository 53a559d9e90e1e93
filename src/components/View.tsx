import { View as TaroView } from '@tarojs/components'
import type { ComponentProps } from 'react'

type Props = ComponentProps<typeof TaroView>

/**
 * Taro's View; one that can be tapped is also a button to assistive technology: in WeChat aria-role=button, in
 * H5 role=button (its name is its text), reachable with Tab, and Enter or Space taps it.
 */
export function View(props: Props) {
  if (!props.onClick) return <TaroView {...props} />
  // WeChat: aria-role reaches the template through config/weapp-aria.js; its 读屏 names the button by its text.
  if (process.env.TARO_ENV !== 'h5') return <TaroView {...({ ariaRole: 'button' } as object)} {...props} />
  const tap = props.onClick
  const accessible = {
    role: 'button',
    tabIndex: 0,
    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      tap(event as unknown as Parameters<typeof tap>[0])
    },
  }
  return <TaroView {...(accessible as object)} {...props} />
}
