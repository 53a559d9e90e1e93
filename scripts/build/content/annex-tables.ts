// The annex tables of all issues: 权责清单 and 涉农资金 project plans, with lookups for their pages.
import type { FundedProject, PowerItem, PowerList, ProjectPlan } from '#src/content/types'
import { tableFolders } from './generated/annex-table-folders'

// All issues' tables, for the build scripts and tests; each issue's pages import their own issue's tables only.
export const powerLists: PowerList[] = tableFolders.flatMap((folder) => (folder.powerList ? [folder.powerList] : []))
export const projectPlans: ProjectPlan[] = tableFolders.flatMap((folder) => folder.projectPlans ?? [])

export function findPower(no: number): PowerItem | undefined {
  return powerLists[0]?.items.find((item) => item.no === no)
}

export function findPlan(id: string): ProjectPlan | undefined {
  return projectPlans.find((plan) => plan.id === id)
}

export function findProject(planId: string, no: number): FundedProject | undefined {
  return findPlan(planId)?.projects.find((project) => project.no === no)
}
