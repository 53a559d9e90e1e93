// 吕梁山护工培训就业奖补 — 离政办发〔2022〕29号 一、对象范围; 二、（一）（二）; 三、（二）申领程序.
import { FormReader } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

const fields: Field[] = [
  { kind: 'toggle', key: 'selected', label: '由乡镇（街道）选送参加了这一年度的“吕梁山护工”培训' },
  { kind: 'toggle', key: 'certificate', label: '取得了培训合格证书' },
  { kind: 'toggle', key: 'outside', label: '在离石区以外就业上岗' },
]

export const caregiverCalculator: Calculator = {
  id: 'hugong',
  title: '吕梁山护工：培训和上岗能领多少',
  intro: '由乡镇（街道）选送参加“吕梁山护工”培训的人，拿证和到区外上岗都有奖补。',
  paramPrefixes: ['hugong.'],
  fields: () => fields,
  example: { selected: true, certificate: true, outside: false },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const selected = form.toggle('selected')
    const certificate = form.toggle('certificate')
    const outside = form.toggle('outside')
    if (!form.ok) return invalid(form.errors)

    const r = new ResultBuilder(param)
    const inScope = r.condition('这一年度由我区乡镇（街道）选送参加培训', selected).met
    const certified = r.condition('取得培训合格证书', certificate).met
    const away = r.condition('在区外就业上岗', outside).met
    if (inScope && certified) {
      r.line({
        label: '培训合格奖补',
        amount: r.v('hugong.certificate'),
        unit: '元',
        how: `取得合格证书，每人${r.show('hugong.certificate')}`,
        paramIds: ['hugong.certificate'],
      })
      if (away) {
        r.line({
          label: '区外上岗再奖补',
          amount: r.v('hugong.outside'),
          unit: '元',
          how: `在区外就业上岗，再给${r.show('hugong.outside')}`,
          paramIds: ['hugong.outside'],
        })
      } else {
        r.note(`如果到离石区以外上岗，还能再领${r.show('hugong.outside')}。`)
      }
    } else if (inScope && !certified) {
      r.note('先要取得培训合格证书，才能领奖补。')
    } else {
      r.note('这项奖补只给这一年度由我区各乡镇（街道）选送参加“吕梁山护工”培训就业的人。')
    }
    r.total({ label: '一共能领', amount: r.sum(), unit: '元' })
    r.reading(
      `区外上岗的${r.show('hugong.outside')}是在合格证书的${r.show('hugong.certificate')}之外“再给予”的，所以要先取得培训合格证书。`,
      'hugong.outside',
    )
    r.note('怎么申请：本人或家属到所在乡镇（街道）领取并填写《离石区护工培训就业奖励补助申请表》申报，乡镇（街道）每季度统一报区人社局。')
    r.note(
      '要带：护工本人身份证、户口本、社保卡原件及复印件；培训合格证、职业资格证书原件及复印件；通过家政公司或职业介绍公司外出的，带公司出具的就业证明；村委会（社区）出具的在外就业证明；上岗期间的工作照片（或视频）、工资发放凭证。家属代办的，还要带代办人身份证、户口本原件及复印件和一寸红底免冠照片二张。材料一式二份。',
    )
    r.note(`乡镇（街道）审核后公示不少于${r.v('hugong.publicityDays')}天，区人社局创业就业服务中心复核后按季度把钱直接打到护工本人账户。`)
    return r.done()
  },
}
