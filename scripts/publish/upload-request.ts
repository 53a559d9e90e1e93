// What `npm run publish:upload` hands to miniprogram-ci, checked before anything is sent: the version and description,
// the AppID (never the tourist one), the private key file from 开发管理 → 开发设置 → 小程序代码上传 (path in an
// environment variable, the file outside the repository), and the robot number. Pure: tests check it offline.
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'

export class UploadError extends Error {}

export interface UploadRequest {
  project: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores: string[] }
  upload: { version: string; desc: string; robot: number; setting: { es6: boolean; minify: boolean } }
}

const VERSION = /^\d+\.\d+\.\d+$/

export function uploadRequest(
  argv: string[],
  env: NodeJS.ProcessEnv,
  projectConfig: { appid?: string; setting?: { es6?: boolean; minified?: boolean } },
  repoRoot: string,
): UploadRequest {
  const value = (flag: string) => {
    const index = argv.indexOf(flag)
    return index >= 0 ? argv[index + 1] : undefined
  }
  const version = value('--version')
  if (!version || !VERSION.test(version)) throw new UploadError('请写版本号，如 --version 1.2.0（三段数字，每次上传都比上次大）。')
  const desc = value('--desc')?.trim()
  if (!desc) throw new UploadError('请写这次更新了什么，如 --desc "2023年第1期"。')
  const appid = env.WX_APPID ?? projectConfig.appid
  if (!appid || appid === 'touristappid')
    throw new UploadError('缺少小程序的 AppID：请设置环境变量 WX_APPID（mp.weixin.qq.com → 开发管理 → 开发设置）。')
  const keyPath = env.WX_UPLOAD_KEY_PATH
  if (!keyPath)
    throw new UploadError(
      '缺少上传密钥：请把 mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 下载的密钥文件放在项目以外，并设置 WX_UPLOAD_KEY_PATH 为它的路径。',
    )
  const privateKeyPath = resolve(keyPath)
  if (!relative(resolve(repoRoot), privateKeyPath).startsWith('..'))
    throw new UploadError('上传密钥不能放在项目文件夹里（会被提交）：请移到项目以外，再设置 WX_UPLOAD_KEY_PATH。')
  if (!existsSync(privateKeyPath)) throw new UploadError(`找不到上传密钥文件：${privateKeyPath}`)
  const robot = Number(env.WX_UPLOAD_ROBOT ?? '1')
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) throw new UploadError('WX_UPLOAD_ROBOT 要是 1 到 30 的整数（上传机器人编号）。')
  return {
    project: {
      appid,
      type: 'miniProgram',
      projectPath: resolve(repoRoot),
      privateKeyPath,
      ignores: ['node_modules/**/*', 'src/**/*', 'tests/**/*'],
    },
    upload: {
      version,
      desc,
      robot,
      setting: { es6: projectConfig.setting?.es6 ?? false, minify: projectConfig.setting?.minified ?? false },
    },
  }
}
