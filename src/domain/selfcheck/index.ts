import type { SelfCheck } from './types'
import { restaurantGasCheck } from './restaurant-gas'
import { selfBuiltHouseCheck } from './self-built-house'
import { lpgCheck } from './lpg'

export const selfChecks: SelfCheck[] = [restaurantGasCheck, selfBuiltHouseCheck, lpgCheck]

export function findSelfCheck(id: string): SelfCheck | undefined {
  return selfChecks.find((check) => check.id === id)
}
