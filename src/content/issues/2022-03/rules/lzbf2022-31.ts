// 离政办发〔2022〕31号 自建房安全专项整治 (公报第86页): the thresholds of the “百日行动” key targets.
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const doc = 'lzbf2022-31'
const campaign = { from: '2022-06-01', to: '2022-11-30' }
const words = '重点排查3层及以上、6米以上跨度、结构形式复杂、加建改建扩建、人员密集等容易造成重大安全事故的经营性自建房'

export const selfBuiltHouseParams: RuleParameter[] = [
  { id: 'zijianfang.keyFloors', label: '“百日行动”重点排查：层数达到', value: 3, unit: '层', period: campaign, cite: cite(doc, '四、（二）', words) },
  { id: 'zijianfang.newBuildFloors', label: '农村新建房屋必须专业设计施工：层数达到', value: 3, unit: '层', period: { from: '2022-08-26' }, cite: cite(doc, '四、（四）1', '农村3层及以上新建房屋、新建或改建经营性自建房必须依法依规经过专业设计和专业施工') },
  { id: 'zijianfang.keySpan', label: '“百日行动”重点排查：跨度达到', value: 6, unit: '米', period: campaign, cite: cite(doc, '四、（二）', words) },
]
