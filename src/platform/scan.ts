// 扫一扫 again from the not-found page (WeChat only): a mini-program code opens its page; a printed link is
// read by the same parser as any other link.
import Taro from '@tarojs/taro'

export const canScan = process.env.TARO_ENV === 'weapp'

export function scanAgain(openLink: (url: string) => void): Promise<void> {
  return Taro.scanCode({ onlyFromCamera: false }).then(
    (result) => {
      if (result.path) return void Taro.reLaunch({ url: `/${result.path.replace(/^\//, '')}` })
      openLink(result.result)
    },
    // Cancelled: stay on the page.
    () => undefined,
  )
}
