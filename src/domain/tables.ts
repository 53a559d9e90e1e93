// Views over the annex tables for their pages: filters, counts and per-township totals. No Taro import.
import type { FundedProject, PowerItem, PowerType, ProjectPlan } from '#src/content/types'

export type Who = 'all' | 'township' | 'subdistrict'

export function filterPowers(items: PowerItem[], type: PowerType | 'all', who: Who): PowerItem[] {
  return items.filter(
    (item) => (type === 'all' || item.type === type) && (who === 'all' || (who === 'township' ? item.township : item.subdistrict)),
  )
}

export function countByType(items: PowerItem[]): Map<PowerType, number> {
  const counts = new Map<PowerType, number>()
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1)
  return counts
}

/** 万元, rounded to the cent as printed. */
export function sumAmount(projects: FundedProject[]): number {
  return Math.round(projects.reduce((total, project) => total + project.amount, 0) * 100) / 100
}

export function filterProjects(plan: ProjectPlan, category: string, township: string, village = 'all'): FundedProject[] {
  return plan.projects.filter(
    (p) =>
      (category === 'all' || p.category === category) &&
      (township === 'all' || p.township === township) &&
      (village === 'all' || p.villages.includes(village)),
  )
}

/** The villages named in these projects, in order of first appearance. */
export function villagesOf(projects: FundedProject[]): string[] {
  return [...new Set(projects.flatMap((project) => project.villages))]
}

export interface TownshipTotal {
  township: string
  amount: number
  count: number
  /** Share of the largest total, 0–1, for a bar. */
  share: number
}

/** Where the money goes: totals per 乡镇（街道）, largest first. */
export function totalsByTownship(projects: FundedProject[]): TownshipTotal[] {
  const groups = new Map<string, FundedProject[]>()
  for (const project of projects) groups.set(project.township, [...(groups.get(project.township) ?? []), project])
  const totals = [...groups].map(([township, list]) => ({ township, amount: sumAmount(list), count: list.length }))
  const largest = Math.max(...totals.map((t) => t.amount), 0)
  return totals.map((t) => ({ ...t, share: largest > 0 ? t.amount / largest : 0 })).sort((a, b) => b.amount - a.amount)
}
