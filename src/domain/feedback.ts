// 结果不对？ — a plain message a resident can paste into WeChat or read out on the phone to the 公报室. It is only
// composed here; nothing is sent anywhere.

export interface FeedbackContext {
  /** Where: the page in words, e.g. 计算器：农业生产托管 or 文件：离政办发〔2022〕34号. */
  where: string
  /** What the person entered, in words (empty for a document). */
  inputs?: string
  appVersion: string
  contentVersion: string
}

export function feedbackMessage(context: FeedbackContext): string {
  return [
    '【离石政策通 结果不对？】',
    `页面：${context.where}`,
    ...(context.inputs ? [`我填的：${context.inputs}`] : []),
    `版本：小程序 ${context.appVersion}，公报内容 ${context.contentVersion}`,
    '哪里不对：（请在这里写下）',
  ].join('\n')
}
