// The resident's page for this document: the project's own H5 app (Taro in watch mode, started with the desk),
// reloaded when a save has been regenerated and rebuilt. Shows what is saved, not what is being typed, and says
// so honestly (./preview-line.ts): while the first build runs, a plain message stands in the frame's place; a new
// build's page loads in a hidden frame and replaces the shown one only once it has loaded, so the frame is never
// blank under a line that says it is up to date.
import { useEffect, useState } from 'react'
import { getStatus, type Status } from './api'
import { previewLine } from './preview-line'

export function PreviewPane({ path, docNo, unsaved, savedAt }: { path: string; docNo: string; unsaved: boolean; savedAt: number }) {
  const [status, setStatus] = useState<Status>()
  // When the status was read: the clock the line counts the first build's seconds by.
  const [readAt, setReadAt] = useState(0)
  // The build whose page the shown frame has loaded (0: none yet).
  const [shownBuild, setShownBuild] = useState(0)
  useEffect(() => {
    let alive = true
    const poll = async () => {
      const next = await getStatus().catch(() => undefined)
      if (!alive || !next) return
      setStatus(next)
      setReadAt(Date.now())
    }
    void poll()
    const timer = setInterval(() => void poll(), 1000)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  const preview = status?.preview
  // The newest build to load: not while the generate step is writing the files it is built from.
  const latest = preview?.state === 'ready' && !status?.regenerating ? preview.builtAt : 0
  const loading = latest > shownBuild ? latest : 0

  if (!status) return <p aria-live='polite'>正在查看预览……</p>
  const line = previewLine(status, savedAt, unsaved, shownBuild, readAt)
  const frame = (build: number, shown: boolean) => (
    <iframe
      key={build}
      className={shown ? `phone${line.current ? '' : ' stale'}` : 'phone-next'}
      title={`居民看到的页面：${docNo}`}
      src={`${preview!.origin}${path}`}
      width={375}
      height={667}
      onLoad={shown ? undefined : () => setShownBuild((current) => Math.max(current, build))}
    />
  )
  return (
    <div className='preview'>
      {shownBuild > 0 && (
        <p className={`preview-status${line.current ? '' : ' stale'}`} aria-live='polite'>
          {line.text}
        </p>
      )}
      {status.regenerateFailure && <pre className='message error'>{status.regenerateFailure}</pre>}
      {preview && preview.state !== 'ready' && preview.log && <pre className='message error'>{preview.log}</pre>}
      <div className='phone-place'>
        {shownBuild === 0 && (
          <p className={preview ? 'phone preparing' : 'preview-status'} role='status'>
            {line.text}
          </p>
        )}
        {/* One keyed list: the loaded frame stays the same element when it becomes the shown one (no second load). */}
        {preview && [shownBuild, loading].filter((build) => build > 0).map((build) => frame(build, build === shownBuild))}
      </div>
    </div>
  )
}
