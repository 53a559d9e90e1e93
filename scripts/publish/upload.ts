// `npm run publish:upload -- --version <x.y.z> --desc <text>`: uploads dist/weapp with miniprogram-ci (needs WX_APPID,
// WX_UPLOAD_KEY_PATH and the network; this machine's IP must be on the key's whitelist). Everything is checked
// before the one network call (scripts/publish/upload-request.ts).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { UploadError, uploadRequest } from './upload-request'

const root = join(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)

async function main(argv: string[]): Promise<number> {
  let request
  try {
    request = uploadRequest(argv, process.env, JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')), root)
  } catch (error) {
    if (!(error instanceof UploadError)) throw error
    console.error(error.message)
    return 2
  }
  if (!existsSync(join(root, 'dist', 'weapp', 'app.json'))) {
    console.error('还没有构建：请先运行 npm run build:weapp。')
    return 2
  }
  const ci = require('miniprogram-ci') as {
    Project: new (options: UploadRequest['project']) => unknown
    upload: (options: UploadRequest['upload'] & { project: unknown; onProgressUpdate: (task: unknown) => void }) => Promise<unknown>
  }
  const project = new ci.Project(request.project)
  await ci.upload({ ...request.upload, project, onProgressUpdate: () => undefined })
  console.log(`已上传版本 ${request.upload.version}（${request.upload.desc}）。到 mp.weixin.qq.com → 管理 → 版本管理 提交审核。`)
  return 0
}

type UploadRequest = ReturnType<typeof uploadRequest>

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`上传没有成功：${error instanceof Error ? error.message : String(error)}（检查网络、IP 白名单和密钥）`)
    process.exit(1)
  },
)
