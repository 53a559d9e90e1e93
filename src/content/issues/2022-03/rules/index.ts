import type { RuleParameter } from '../../../types'
import { agriFundParams } from './agri-funds'
import { caregiverParams } from './lzbf2022-29'
import { cleanCoalParams } from './lzbf2022-36'
import { employmentParams } from './lzbf2022-26'
import { medicalInsuranceParams } from './lzbf2022-34'
import { trusteeshipParams } from './lzbf2022-33'
import { restaurantGasParams } from './lzbf2022-32'
import { selfBuiltHouseParams } from './lzbf2022-31'

/** Every rule parameter of 公报2022年第3期. */
export const params2022_03: RuleParameter[] = [
  ...medicalInsuranceParams,
  ...cleanCoalParams,
  ...caregiverParams,
  ...employmentParams,
  ...trusteeshipParams,
  ...agriFundParams,
  ...restaurantGasParams,
  ...selfBuiltHouseParams,
]
