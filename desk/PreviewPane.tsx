// The resident's page for this document: the project's own H5 app (Taro in watch mode, started by the desk),
// reloaded when a save has been regenerated and rebuilt. Shows what is saved, not what is being typed.
import { useEffect, useState } from 'react'
import { getStatus, type Status } from './api'

export function PreviewPane({ path, docNo, unsaved }: { path: string; docNo: string; unsaved: boolean }) {
  const [status, setStatus] = useState<Status>()
  const [shownBuild, setShownBuild] = useState(0)
  useEffect(() => {
    let alive = true
    const poll = async () => {
      const next = await getStatus().catch(() => undefined)
      if (alive && next) setStatus(next)
    }
    void poll()
    const timer = setInterval(() => void poll(), 1500)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  const preview = status?.preview
  const builtAt = preview?.state === 'ready' && !status?.regenerating ? preview.builtAt : 0
  // A newer build than the one shown: show it (the iframe's key changes, so it loads again).
  useEffect(() => {
    if (builtAt > shownBuild) setShownBuild(builtAt)
  }, [builtAt, shownBuild])

  if (!status) return <p aria-live="polite">正在查看预览……</p>
  if (!preview) return <p>这次审核台没有开预览（启动时加了 --no-preview）。</p>
  const time = new Date(preview.builtAt).toLocaleTimeString('zh-CN', { hour12: false })
  const line = {
    failed: '预览停了：生成居民页面时出错。请关掉审核台重新运行 npm run start:desk。',
    error: '生成居民看到的页面时出错了（下面是出错的信息）。改好保存后会自动再生成。',
    starting: '正在生成居民看到的页面（第一次约需半分钟）……',
    ready: status.regenerating ? '刚保存过，正在更新居民看到的页面……' : `这是保存后的内容（更新于 ${time}）。${unsaved ? '还没保存的修改不在这里。' : ''}`,
  }[preview.state]
  return (
    <div className="preview">
      <p className="preview-status" aria-live="polite">
        {line}
      </p>
      {status.regenerateFailure && <pre className="message error">{status.regenerateFailure}</pre>}
      {preview.state !== 'ready' && preview.log && <pre className="message error">{preview.log}</pre>}
      {shownBuild > 0 && (
        <iframe key={shownBuild} className="phone" title={`居民看到的页面：${docNo}`} src={`${preview.origin}${path}`} width={375} height={667} />
      )}
    </div>
  )
}
