// `npm run desk [-- --issue 2023-03] [--project <dir>] [--port 8300] [--no-preview]`: the 公报室's desk, a page on
// this computer (http://127.0.0.1:<port>) to review and complete an imported issue beside its 原文, with the
// resident's page previewed beside it. Default: the newest issue folder of this project. See docs/how-it-works.md, “The 公报室's desk”.
import { join } from 'node:path'
import { startDesk } from './desk-server'
import { openIssueFolder } from './issue-folder'
import { Preview } from './preview'
import { regenerate } from './regenerate'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}

async function main(): Promise<void> {
  const projectDir = option('project') ?? join(import.meta.dirname, '..', '..')
  let folder
  try {
    folder = openIssueFolder(projectDir, option('issue'))
  } catch (error) {
    console.error((error as Error).message)
    return process.exit(1)
  }
  console.log('正在生成依赖内容的文件……')
  await regenerate(projectDir)
  const port = Number(option('port') ?? 8300)
  const preview = process.argv.includes('--no-preview') ? undefined : await Preview.start(projectDir)
  let desk
  try {
    desk = await startDesk({ folder, port, preview })
  } catch (error) {
    preview?.stop()
    // Started twice: the first one is still running and is the one to use.
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      console.error(`审核台已经开着：在浏览器里打开 http://127.0.0.1:${port}/ 就行。要再开一个，加 --port 8301。`)
    else console.error(`审核台没有打开：${(error as Error).message}`)
    return process.exit(1)
  }
  console.log(`审核台：${desk.origin}/ （${folder.issueId}，只在这台电脑上能打开；按 Ctrl+C 关闭）`)
  if (preview) console.log(`居民看到的页面（预览）：${preview.status.origin}（第一次生成约需半分钟）`)
  const stop = () => {
    preview?.stop()
    void desk.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
