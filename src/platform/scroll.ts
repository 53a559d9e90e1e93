// Taking the reader to a place on the page: WeChat and the browser scroll with Taro.pageScrollTo; the browser also
// moves the keyboard focus there, so a keyboard or a screen reader starts at it.
import Taro from '@tarojs/taro'

/** After the page has drawn, scroll the element near the top of the screen and focus its box or its first answer. */
export function bringIntoView(selector: string): void {
  setTimeout(() => {
    void Taro.pageScrollTo({ selector, duration: 200, offsetTop: -12 }).catch(() => undefined)
    if (process.env.TARO_ENV !== 'h5') return
    const target = document.querySelector<HTMLElement>(`${selector} input, ${selector} [role=button]`)
    target?.focus({ preventScroll: true })
  }, 50)
}
