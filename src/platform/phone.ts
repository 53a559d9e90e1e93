// Calling, copying and saving a consultation number. The only place these Taro APIs are used. Written with promise
// callbacks rather than async/await, which the ES5 build turns into a regenerator runtime in the main package.
import Taro from '@tarojs/taro'
import { dialString } from '#src/domain/phone'

function isUserCancel(error: unknown): boolean {
  const message = (error as { errMsg?: string } | null)?.errMsg ?? ''
  return /cancel/i.test(message)
}

export function callNumber(phone: string): Promise<void> {
  return Taro.makePhoneCall({ phoneNumber: dialString(phone) }).then(
    () => undefined,
    (error: unknown) => {
      if (!isUserCancel(error)) void Taro.showToast({ title: `请手动拨打 ${phone}`, icon: 'none', duration: 3000 })
    },
  )
}

export function copyNumber(phone: string): Promise<void> {
  return copyText(phone, '号码已复制', `复制没有成功，号码是 ${phone}`)
}

/** Copy a message; the toast says it is ready to paste. */
export function copyText(text: string, done: string, failed = '复制没有成功，请手动记下'): Promise<void> {
  return Taro.setClipboardData({ data: text }).then(
    () => void Taro.showToast({ title: done, icon: 'none' }),
    () => void Taro.showToast({ title: failed, icon: 'none', duration: 3000 }),
  )
}

export function saveToContacts(unit: string, phone: string): Promise<void> {
  return Taro.addPhoneContact({ firstName: unit, workPhoneNumber: phone }).then(
    () => undefined,
    (error: unknown) => {
      if (!isUserCancel(error)) void Taro.showToast({ title: '这里存不了通讯录，请先复制号码再手动保存', icon: 'none', duration: 3000 })
    },
  )
}
