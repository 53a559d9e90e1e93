// 离政办发〔2022〕32号 餐饮场所燃气安全整治“百日行动” (公报第97页), 四、整治内容.
import type { RuleParameter } from '../../../types'
import { cite } from './cite'

const doc = 'lzbf2022-32'
const campaign = { from: '2022-09-02', to: '2022-10-20' }
const lngWords = '气瓶组总容积小于等于2立方米时，气瓶组与民用建筑物防火距离应当不小于12米。气瓶组总容积大于2立方米小于等于4立方米时，气瓶组与民用建筑物防火间距应不小于15米'

export const restaurantGasParams: RuleParameter[] = [
  { id: 'ranqi.maxHoseLength', label: '燃气软管长度不超过', value: 2, unit: '米', period: campaign, cite: cite(doc, '四、（一）', '燃气用户软管长度超过2米或私接“三通”') },
  { id: 'ranqi.cylinderRoomWeight', label: '气瓶总重量超过此数须设专用气瓶间', value: 100, unit: '千克', period: campaign, cite: cite(doc, '四、（五）', '气瓶总重量超过100千克但未设置专用气瓶间') },
  { id: 'ranqi.lng.smallVolume', label: 'LNG气瓶组总容积（小）不超过', value: 2, unit: '立方米', period: campaign, cite: cite(doc, '四、（七）', lngWords) },
  { id: 'ranqi.lng.smallDistance', label: 'LNG气瓶组（≤2立方米）与民用建筑防火距离不小于', value: 12, unit: '米', period: campaign, cite: cite(doc, '四、（七）', lngWords) },
  { id: 'ranqi.lng.largeVolume', label: 'LNG气瓶组总容积（大）不超过', value: 4, unit: '立方米', period: campaign, cite: cite(doc, '四、（七）', lngWords) },
  { id: 'ranqi.lng.largeDistance', label: 'LNG气瓶组（2-4立方米）与民用建筑防火间距不小于', value: 15, unit: '米', period: campaign, cite: cite(doc, '四、（七）', lngWords) },
]
