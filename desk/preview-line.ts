// What the preview pane says about the page it shows: the saved state only once the frame really shows it — the
// H5 app's build is done, after a save the generate step has run and the app has been rebuilt since (Taro rebuilds
// when the saved files change, and once more when the generate step wrote files), and the frame has loaded that
// build's page. Until then it says it is preparing or updating, and what the frame shows meanwhile.
import type { Status } from './api'

export interface PreviewLine {
  text: string
  /** The page shown is what is saved now. */
  current: boolean
}

const clockOf = (time: number) => new Date(time).toLocaleTimeString('zh-CN', { hour12: false })

/** While the first build runs: about how much longer, from the last first build's time on this computer. */
export function preparingText(preview: NonNullable<Status['preview']>, now: number): string {
  const left = Math.ceil((preview.startedAt + preview.expectedMs - now) / 1000)
  const waited = Math.max(0, Math.round((now - preview.startedAt) / 1000))
  if (left >= 5) return `预览正在准备：第一次要把居民看到的页面整个生成一遍，大约还要${left}秒。好了会自动显示在这里。`
  return `预览正在准备，比平常慢一点（已经等了${waited}秒），请再等一会儿。好了会自动显示在这里。`
}

/**
 * `savedAt`: the server's time of this page's last save (0: nothing saved from this page); `shownBuild`: the build
 * (`preview.builtAt`) whose page the frame has finished loading, 0 while it shows none; `now`: the clock.
 */
export function previewLine(status: Status, savedAt: number, unsaved: boolean, shownBuild: number, now: number): PreviewLine {
  const preview = status.preview
  if (!preview) return { text: '这次审核台没有开预览（启动时加了 --no-preview）。', current: false }
  if (preview.state === 'failed') return { text: '预览停了：生成居民页面时出错。请关掉审核台，重新运行 npm run desk。', current: false }
  if (preview.state === 'starting') return { text: preparingText(preview, now), current: false }
  if (preview.state === 'error') return { text: '生成居民看到的页面时出错了（下面是出错的信息）。改好保存后会自动再生成。', current: false }
  const rebuilt =
    !status.regenerating &&
    status.regeneratedAt >= savedAt &&
    preview.builtAt > savedAt &&
    (!status.regenerateWrote || preview.builtAt > status.regeneratedAt)
  const shown = shownBuild > 0 && shownBuild === preview.builtAt
  if (savedAt > 0 && !(rebuilt && shown))
    return {
      text:
        shownBuild > 0
          ? '正在更新……下面还是这次保存前的样子，更新好了会自动换成保存后的。'
          : '正在更新……保存后的页面好了会自动显示在这里。',
      current: false,
    }
  if (!shown)
    return {
      text: shownBuild > 0 ? '正在换成最新生成的页面……下面还是上一次生成的样子。' : '正在打开居民看到的页面……',
      current: false,
    }
  const notHere = unsaved ? '还没保存的修改不在这里。' : ''
  if (savedAt === 0) return { text: `这是文件里现在保存的内容（页面生成于 ${clockOf(preview.builtAt)}）。${notHere}`, current: true }
  return { text: `这是保存后的样子（更新于 ${clockOf(preview.builtAt)}）。${notHere}`, current: true }
}
