// Calling, copying and saving a consultation number. The only place these Taro APIs are used.
import Taro from '@tarojs/taro'
import { dialString } from '../domain/phone'

function isUserCancel(error: unknown): boolean {
  const message = (error as { errMsg?: string } | null)?.errMsg ?? ''
  return /cancel/i.test(message)
}

export async function callNumber(phone: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber: dialString(phone) })
  } catch (error) {
    if (!isUserCancel(error)) void Taro.showToast({ title: `请手动拨打 ${phone}`, icon: 'none', duration: 3000 })
  }
}

export async function copyNumber(phone: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: phone })
    void Taro.showToast({ title: '号码已复制', icon: 'none' })
  } catch {
    void Taro.showToast({ title: `复制没有成功，号码是 ${phone}`, icon: 'none', duration: 3000 })
  }
}

/** Copy a message; the toast says it is ready to paste. */
export async function copyText(text: string, done: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: text })
    void Taro.showToast({ title: done, icon: 'none' })
  } catch {
    void Taro.showToast({ title: '复制没有成功，请手动记下', icon: 'none', duration: 3000 })
  }
}

export async function saveToContacts(unit: string, phone: string): Promise<void> {
  try {
    await Taro.addPhoneContact({ firstName: unit, workPhoneNumber: phone })
  } catch (error) {
    if (!isUserCancel(error)) {
      void Taro.showToast({ title: '这里存不了通讯录，请先复制号码再手动保存', icon: 'none', duration: 3000 })
    }
  }
}
