import type { Calculator } from './types'
import { medicalInsuranceCalculator } from './medical-insurance'
import { cleanCoalCalculator } from './clean-coal'
import { caregiverCalculator } from './caregiver'
import { employmentWorkerCalculator } from './employment-worker'
import { employmentEmployerCalculator } from './employment-employer'
import { farmTrusteeshipCalculator } from './farm-trusteeship'
import { trusteeshipAwardsCalculator } from './trusteeship-awards'
import { agriStandardsCalculator, yuluToiletCalculator } from './agri-funds'

/** Every calculator, in the order the list page shows them. */
export const calculators: Calculator[] = [
  medicalInsuranceCalculator,
  cleanCoalCalculator,
  caregiverCalculator,
  employmentWorkerCalculator,
  employmentEmployerCalculator,
  farmTrusteeshipCalculator,
  trusteeshipAwardsCalculator,
  yuluToiletCalculator,
  agriStandardsCalculator,
]

export function findCalculator(id: string): Calculator | undefined {
  return calculators.find((calculator) => calculator.id === id)
}
