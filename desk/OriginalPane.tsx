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
  /** The field whose cited words are highlighted, and whether they were found. */
  cited: { label: string; found: boolean } | undefined
  onEnter: () => void
  onEscape: () => void
}

const NAVIGATION = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
])

/** The caret to the start of the next (or previous) paragraph of the 原文. */
function moveToBlock(box: HTMLElement, step: 1 | -1): void {
  const selection = document.getSelection()
  const blocks = Array.from(box.querySelectorAll<HTMLElement>('[data-block]'))
  const current = blocks.findIndex((block) => selection !== null && selection.rangeCount > 0 && block.contains(selection.focusNode))
  const target = blocks[Math.max(0, Math.min(blocks.length - 1, current < 0 ? 0 : current + step))]
  if (!target?.firstChild || !selection) return
  selection.collapse(target.firstChild, 0)
  target.scrollIntoView({ block: 'nearest' })
}

export const OriginalPane = forwardRef<HTMLDivElement, Props>(function OriginalPane({ blocks, pick, cited, onEnter, onEscape }, ref) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.shiftKey) {
      // Up and down go paragraph by paragraph (to its first character); Left and Right move within it.
      event.preventDefault()
      moveToBlock(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
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
    <div className='original'>
      <p className='pick-help' id='pick-help' aria-live='polite'>
        {pick
          ? `正在为“${pick.label}”选字：用上下方向键一段一段移、左右方向键一个字一个字移，到要引的字前面，按住 Shift 再按右方向键选中，按回车填进去；按 Esc 不选了。`
          : '用鼠标（或方向键加 Shift）选中原文里的字，再点字段旁边的“用原文里选的字”。'}
      </p>
      {cited && (
        <p className={`cited-help${cited.found ? '' : ' missing'}`} aria-live='polite'>
          {cited.found
            ? `黄底的字是“${cited.label}”引的原文原话。`
            : `“${cited.label}”引的原话在原文里没有找到（还没填，或者和原文不一样）。`}
        </p>
      )}
      <div
        ref={ref}
        className={`original-text${pick ? ' picking' : ''}`}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        role='textbox'
        aria-readonly='true'
        aria-multiline='true'
        aria-label='原文（只能选字，不能改）'
        aria-describedby='pick-help'
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
