// Amounts as residents read them: 1500元, 22.5元, 50000元（5万元）.

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '')
}

export function formatAmount(amount: number, unit: string, atMost = false): string {
  const base = `${atMost ? '最多' : ''}${formatNumber(amount)}${unit}`
  if (unit === '元' && amount >= 10000 && amount % 100 === 0) return `${base}（${formatNumber(amount / 10000)}万元）`
  return base
}

/** A rule parameter as people read it: 37万元/村, 75元/亩, 40%. */
export function formatParamValue(value: number, unit: string): string {
  if (unit.startsWith('元') && value >= 10000 && value % 100 === 0) return `${formatNumber(value / 10000)}万${unit}`
  return `${formatNumber(value)}${unit}`
}
