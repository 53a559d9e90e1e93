// Tabs as the WAI-ARIA pattern has them: Left/Right (and Home/End) move between tabs, the panel follows. Both panels
// stay in the page (the hidden one keeps its state: the 原文's selection, the preview's page).
import { useRef, type KeyboardEvent, type ReactNode } from 'react'

interface Tab<T extends string> {
  id: T
  label: string
  panel: ReactNode
}

export function Tabs<T extends string>({ tabs, selected, onSelect }: { tabs: Tab<T>[]; selected: T; onSelect: (id: T) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = (next + tabs.length) % tabs.length
    onSelect(tabs[target].id)
    refs.current[target]?.focus()
  }
  return (
    <div className='tabs'>
      <div role='tablist' aria-label='右边显示'>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[index] = element
            }}
            role='tab'
            type='button'
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role='tabpanel'
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          className='tab-panel'
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
