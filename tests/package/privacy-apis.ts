// WeChat's privacy interfaces: the APIs and button open-types that may be called only when the mini-program's
// 《用户隐私保护指引》 (mp.weixin.qq.com → 设置 → 服务内容声明 → 用户隐私保护指引) declares the information they handle;
// an undeclared call fails with errno 112 ("api scope is not declared in the privacy agreement"), and review checks
// that the guide matches the interfaces the code package calls. From WeChat's list “小程序用户隐私保护指引内容介绍”,
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html (its table
// 处理的信息 → 接口或组件). makePhoneCall and scanCode are not on it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface PrivacyInterface {
  /** The wx API (`wx.<name>`) or button open-type (`open-type="<name>"`). */
  name: string
  kind: 'api' | 'open-type'
  /** The information type as the 用户隐私保护指引 form names it. */
  information: string
}

const api = (information: string, ...names: string[]): PrivacyInterface[] => names.map((name) => ({ name, kind: 'api', information }))
const openType = (information: string, ...names: string[]): PrivacyInterface[] =>
  names.map((name) => ({ name, kind: 'open-type', information }))

export const PRIVACY_INTERFACES: PrivacyInterface[] = [
  ...api('用户信息（微信昵称、头像）', 'getUserInfo', 'getUserProfile'),
  ...openType('用户信息（微信昵称、头像）', 'chooseAvatar'),
  ...api('位置信息', 'getLocation', 'getFuzzyLocation', 'startLocationUpdate', 'startLocationUpdateBackground'),
  ...api('选择的位置信息', 'chooseLocation', 'choosePoi'),
  ...api('地址', 'chooseAddress'),
  ...api('发票信息', 'chooseInvoiceTitle', 'chooseInvoice'),
  ...api('微信运动数据', 'getWeRunData'),
  ...openType('手机号', 'getPhoneNumber', 'getRealtimePhoneNumber'),
  ...api('车牌号', 'chooseLicensePlate'),
  ...api('选中的照片或视频信息', 'chooseImage', 'chooseMedia', 'chooseVideo'),
  ...api('选中的文件', 'chooseMessageFile'),
  ...api('麦克风', 'startRecord', 'getRecorderManager', 'joinVoIPChat'),
  ...api('摄像头', 'createVKSession'),
  ...api('蓝牙', 'openBluetoothAdapter', 'createBLEPeripheralServer'),
  ...api('相册（仅写入）权限', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'),
  ...api('通讯录（仅写入）权限', 'addPhoneContact'),
  ...api('日历（仅写入）权限', 'addPhoneCalendar', 'addPhoneRepeatCalendar'),
  ...api('剪切板', 'setClipboardData', 'getClipboardData'),
]

function scriptsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? scriptsUnder(path) : /\.(js|wxml)$/.test(name) ? [path] : []
  })
}

const escape = (name: string) => name.replace(/[^A-Za-z0-9]/g, '')

/**
 * How a call shows in built code: `wx.name(`, `o().name(` (Taro's API object), `x["name"](`; an open-type as the
 * `openType:"name"` prop Taro passes to its template, or `open-type="name"` in WXML. Taro's runtime also lists every
 * API name as a plain string (to promisify them), which is not a call and does not count.
 */
function callPattern(entry: PrivacyInterface): RegExp {
  const name = escape(entry.name)
  return entry.kind === 'api'
    ? new RegExp(`(?:\\.${name}|\\[["']${name}["']\\])\\s*\\(`)
    : new RegExp(`(?:openType:\\s*["']${name}["']|open-type=["']${name}["'])`)
}

/** The privacy interfaces the files under `dir` (a built dist/weapp, or src) call. */
export function privacyInterfacesCalled(dir: string): PrivacyInterface[] {
  const code = scriptsUnder(dir).map((file) => readFileSync(file, 'utf8'))
  return PRIVACY_INTERFACES.filter((entry) => code.some((text) => callPattern(entry).test(text)))
}

/** The source files' calls (`Taro.name(`, `wx.name(`, `openType='name'`), to check the scan of the build finds them. */
export function privacyInterfacesInSource(dir: string): PrivacyInterface[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name))
  const code = files.map((name) => readFileSync(join(dir, name), 'utf8'))
  return PRIVACY_INTERFACES.filter((entry) => {
    const pattern =
      entry.kind === 'api'
        ? new RegExp(`\\b(?:Taro|wx)\\.${escape(entry.name)}\\s*\\(`)
        : new RegExp(`openType=["'{]+${escape(entry.name)}["'}]`)
    return code.some((text) => pattern.test(text))
  })
}

/**
 * The interfaces the release guide's privacy table declares: rows of the table under the heading that names
 * 用户隐私保护指引, whose first cell is `wx.<name>` or `open-type="<name>"`, with what each row says the app uses it for.
 */
export function declaredInGuide(markdown: string): { name: string; information: string; purpose: string }[] {
  const section = /^## [^\n]*用户隐私保护指引[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1] ?? ''
  return section
    .split('\n')
    .map((line) => /^\|\s*`(?:wx\.([A-Za-z]+)|open-type="([A-Za-z]+)")`\s*\|([^|]*)\|([^|]*)\|/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] ?? match[2], information: match[3].trim(), purpose: match[4].trim() }))
}
