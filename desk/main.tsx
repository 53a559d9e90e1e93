// The 公报室's desk (npm run desk): the issue's documents (#/) and one document (#/doc/<id>).
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { DocPage } from './DocPage'
import { IssuePage } from './IssuePage'

function useHash(): string {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const onChange = () => setHash(location.hash)
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return hash
}

function App() {
  const hash = useHash()
  const docId = /^#\/doc\/(.+)$/.exec(hash)?.[1]
  useEffect(() => {
    document.title = docId ? `${decodeURIComponent(docId)} · 公报室审核台` : '公报室审核台'
    window.scrollTo(0, 0)
  }, [docId])
  return docId ? <DocPage key={docId} id={decodeURIComponent(docId)} /> : <IssuePage />
}

createRoot(document.getElementById('root')!).render(<App />)
