// The document's 原文 (built from the source.txt and its corrections, as the app shows it), read-only but
// selectable with the mouse or the keyboard (arrows; Shift + arrows selects). Words selected here fill the field
// whose “用原文里选的字” was pressed: right away when words were selected first, else after Enter.
import { forwardRef, type KeyboardEvent } from 'react'

export interface PickTarget {
  label: string
}

interface Props {
  blocks: { id: string; kind: string; text: string }[]
  pick: PickTarget | undefined
  onEnter: () => void
  onEscape: () => void
}

const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Shift', 'Control', 'Alt', 'Meta'])

export const OriginalPane = forwardRef<HTMLDivElement, Props>(function OriginalPane({ blocks, pick, onEnter, onEscape }, ref) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      onEnter()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onEscape()
    } else if (!NAVIGATION.has(event.key) && !(event.ctrlKey && ['a', 'c'].includes(event.key.toLowerCase()))) {
      // Read-only: only moving, selecting and copying.
      event.preventDefault()
    }
  }
  return (
    <div className="original">
      <p className="pick-help" id="pick-help" aria-live="polite">
        {pick
          ? `正在为“${pick.label}”选字：用方向键移到要引的字，按住 Shift 再按方向键选中，按回车填进去；按 Esc 不选了。`
          : '用鼠标（或方向键加 Shift）选中原文里的字，再点字段旁边的“用原文里选的字”。'}
      </p>
      <div
        ref={ref}
        className={`original-text${pick ? ' picking' : ''}`}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label="原文（只能选字，不能改）"
        aria-describedby="pick-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
      >
        {blocks.map((block) => (
          <p key={block.id} className={`block ${block.kind}`} data-block={block.id}>
            {block.text}
          </p>
        ))}
      </div>
    </div>
  )
})
