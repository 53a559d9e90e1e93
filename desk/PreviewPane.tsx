// The resident's page for this document: the project's own H5 app (Taro in watch mode, started by the desk),
// reloaded when a save has been regenerated and rebuilt. Shows what is saved, not what is being typed, and says
// so honestly while it still shows the page from before a save (./preview-line.ts).
import { useEffect, useState } from 'react'
import { getStatus, type Status } from './api'
import { previewLine } from './preview-line'

export function PreviewPane({ path, docNo, unsaved, savedAt }: { path: string; docNo: string; unsaved: boolean; savedAt: number }) {
  const [status, setStatus] = useState<Status>()
  const [shownBuild, setShownBuild] = useState(0)
  useEffect(() => {
    let alive = true
    const poll = async () => {
      const next = await getStatus().catch(() => undefined)
      if (alive && next) setStatus(next)
    }
    void poll()
    const timer = setInterval(() => void poll(), 1000)
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

  if (!status) return <p aria-live='polite'>正在查看预览……</p>
  const line = previewLine(status, savedAt, unsaved)
  return (
    <div className='preview'>
      <p className={`preview-status${line.current ? '' : ' stale'}`} aria-live='polite'>
        {line.text}
      </p>
      {status.regenerateFailure && <pre className='message error'>{status.regenerateFailure}</pre>}
      {preview && preview.state !== 'ready' && preview.log && <pre className='message error'>{preview.log}</pre>}
      {preview && shownBuild > 0 && (
        <iframe
          key={shownBuild}
          className={`phone${line.current ? '' : ' stale'}`}
          title={`居民看到的页面：${docNo}`}
          src={`${preview.origin}${path}`}
          width={375}
          height={667}
        />
      )}
    </div>
  )
}
