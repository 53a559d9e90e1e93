// What the preview pane says about the page it shows: the saved state only once it really shows it — after a save,
// the generate step has run and the H5 app has been rebuilt since (Taro rebuilds when the saved files change, and
// once more when the generate step wrote files). Until then it says it is updating and shows the page before the save.
import type { Status } from './api'

export interface PreviewLine {
  text: string
  /** The page shown is what is saved now. */
  current: boolean
}

const clockOf = (time: number) => new Date(time).toLocaleTimeString('zh-CN', { hour12: false })

/** `savedAt`: the server's time of this page's last save (0: nothing saved from this page). */
export function previewLine(status: Status, savedAt: number, unsaved: boolean): PreviewLine {
  const preview = status.preview
  if (!preview) return { text: '这次审核台没有开预览（启动时加了 --no-preview）。', current: false }
  if (preview.state === 'failed') return { text: '预览停了：生成居民页面时出错。请关掉审核台，重新运行 npm run desk。', current: false }
  if (preview.state === 'starting') return { text: '正在生成居民看到的页面（第一次约需半分钟）……', current: false }
  if (preview.state === 'error') return { text: '生成居民看到的页面时出错了（下面是出错的信息）。改好保存后会自动再生成。', current: false }
  const rebuilt =
    !status.regenerating &&
    status.regeneratedAt >= savedAt &&
    preview.builtAt > savedAt &&
    (!status.regenerateWrote || preview.builtAt > status.regeneratedAt)
  if (savedAt > 0 && !rebuilt) return { text: '正在更新……下面还是这次保存前的样子，更新好了会自动换成保存后的。', current: false }
  const notHere = unsaved ? '还没保存的修改不在这里。' : ''
  if (savedAt === 0) return { text: `这是文件里现在保存的内容（页面生成于 ${clockOf(preview.builtAt)}）。${notHere}`, current: true }
  return { text: `这是保存后的样子（更新于 ${clockOf(preview.builtAt)}）。${notHere}`, current: true }
}
