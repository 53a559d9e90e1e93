// The facts carried unchanged from the last issue whose words this 原文 prints again, then our own labels
// (谁需要看, 话题, 简称, 附件说明) the same as last issue's (scripts/desk/carried-facts.ts): one short line each —
// what, its value, the words found — to read down with the 原文 beside it (the line with the focus has its words
// highlighted there; Up/Down move line by line), then one button confirms them all, exactly as confirming each
// would (their marks deleted; saved with 保存).
import { useState, type KeyboardEvent } from 'react'
import type { CarriedFact } from '../scripts/desk/carried-facts'

interface Props {
  facts: CarriedFact[]
  predecessor: string
  onShow: (fact: CarriedFact) => void
  onConfirm: () => void
}

export function CarriedGroup({ facts, predecessor, onShow, onConfirm }: Props) {
  const [active, setActive] = useState(0)
  const firstLabel = facts.findIndex((fact) => fact.words === undefined)
  const current = Math.min(active, facts.length - 1)
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: facts.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const to = Math.max(0, Math.min(facts.length - 1, next))
    setActive(to)
    event.currentTarget.querySelectorAll<HTMLElement>('li')[to]?.focus()
  }
  return (
    <section className='form-section carried' aria-labelledby='carried-h' data-work='' tabIndex={-1}>
      <h3 id='carried-h'>和上一期一样的 {facts.length} 条：读一遍，一起确认</h3>
      <p className='hint'>
        这些是从{predecessor}
        带过来的。写着“原文”的，原话在右边原文里一字不差地找得到，数没变（时间按这期原话算出日子）：点一条（或用上下方向键），右边原文里标黄的就是它的原话。
        {firstLabel >= 0 && '写着“沿用上一期”的是我们自己写的，和上一期一字不差：看这一期是否还合适。'}
        哪一条不对，就在下面它的位置改；改过的会从这里拿走，单独确认。
      </p>
      <ol className='carried-list' aria-label='和上一期一样的（上下方向键逐条看）' onKeyDown={onKeyDown}>
        {facts.map((fact, index) => (
          <li
            key={`${fact.file}|${fact.field}`}
            tabIndex={index === current ? 0 : -1}
            data-file={fact.file}
            data-field={fact.field}
            className={index === firstLabel && index > 0 ? 'own first-own' : fact.words === undefined ? 'own' : undefined}
            onFocus={() => {
              setActive(index)
              onShow(fact)
            }}
          >
            <span className='what'>{fact.what}</span>
            <span className='value'>{fact.value}</span>
            {fact.words !== undefined && <span className='words'>原文：“{fact.words}”</span>}
          </li>
        ))}
      </ol>
      <button type='button' className='accept-carried' onKeyDown={(event) => event.repeat && event.preventDefault()} onClick={onConfirm}>
        这{facts.length}条我都核对过了，全部确认
      </button>
    </section>
  )
}
