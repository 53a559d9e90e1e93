// 农业生产托管（服务组织奖补）— 离政办发〔2022〕33号 六、（一）–（四）; 八、（三）智能监控终端.
import { FormReader } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

const fields: Field[] = [
  { kind: 'amount', key: 'contiguous', label: '集中连片经营面积', unit: '亩', max: 1000000, decimals: 1 },
  {
    kind: 'amount',
    key: 'cumulative',
    label: '全年累计托管服务面积',
    unit: '亩',
    max: 1000000,
    decimals: 1,
    help: '不知道可以不填（那就不算累计面积奖补）',
  },
  { kind: 'toggle', key: 'federation', label: '依法成立了农业生产托管服务联合会、联盟协会' },
  { kind: 'toggle', key: 'village', label: '是农村集体经济组织，整村推进托管服务' },
  { kind: 'count', key: 'monitors', label: '安装农机作业智能监控终端仪', unit: '台', max: 500, optional: true, help: '没有就不用填' },
]

const TIERS = ['tier4', 'tier3', 'tier2', 'tier1'] as const

export const trusteeshipAwardsCalculator: Calculator = {
  id: 'tuoguan-zhuti',
  title: '农业生产托管：服务组织能拿多少奖补',
  intro: '托管服务组织按集中连片面积、全年累计面积等拿市级奖补。',
  paramPrefixes: ['tuoguan.'],
  fields: () => fields,
  example: { contiguous: '300', cumulative: '300', federation: false, village: false, monitors: '0' },
  compute: (values, param) => {
    const form = new FormReader(fields, values)
    const contiguous = form.amount('contiguous')
    const cumulative = form.optionalAmount('cumulative')
    const federation = form.toggle('federation')
    const village = form.toggle('village')
    const monitors = form.count('monitors')
    if (!form.ok) return invalid(form.errors)
    if (cumulative !== undefined && cumulative < contiguous)
      return invalid({ cumulative: '全年累计面积不能比集中连片面积小（集中连片的面积也算在全年累计里）' })

    const r = new ResultBuilder(param)
    const tier = TIERS.find((t) => contiguous >= r.v(`tuoguan.award.${t}.area`))
    r.condition(`集中连片面积达到${r.v('tuoguan.award.tier1.area')}亩（现在${contiguous}亩）`, tier !== undefined)
    if (tier) {
      r.line({
        label: '集中连片经营奖补',
        amount: r.v(`tuoguan.award.${tier}`),
        unit: '元',
        how: `集中连片${contiguous}亩，达到${r.v(`tuoguan.award.${tier}.area`)}亩这一档`,
        paramIds: [`tuoguan.award.${tier}.area`, `tuoguan.award.${tier}`],
      })
    } else if (contiguous > 0) {
      r.note(
        `集中连片再多${r.v('tuoguan.award.tier1.area') - contiguous}亩，达到${r.v('tuoguan.award.tier1.area')}亩就能拿${r.v('tuoguan.award.tier1')}元。`,
      )
    }
    const enough =
      cumulative === undefined
        ? r.condition(`全年累计托管${r.v('tuoguan.award.cumulative.area')}亩以上（您没有填累计面积，这一项没有算）`, false).met
        : r.condition(
            `全年累计托管${r.v('tuoguan.award.cumulative.area')}亩以上（现在${cumulative}亩）`,
            cumulative >= r.v('tuoguan.award.cumulative.area'),
          ).met
    if (enough)
      r.line({
        label: '全年累计托管面积奖补',
        amount: r.v('tuoguan.award.cumulative'),
        unit: '元',
        how: `累计${cumulative}亩，达到${r.v('tuoguan.award.cumulative.area')}亩以上`,
        paramIds: ['tuoguan.award.cumulative.area', 'tuoguan.award.cumulative'],
      })
    if (federation) {
      r.line({
        label: '成立托管服务联合会、联盟协会奖补',
        amount: r.v('tuoguan.award.federation'),
        unit: '元',
        how: `原则上全区奖补数量${r.v('tuoguan.award.federation.count')}个`,
        paramIds: ['tuoguan.award.federation'],
      })
    }
    if (village) {
      r.line({
        label: '集体经济组织整村推进奖补',
        amount: r.v('tuoguan.award.village'),
        unit: '元',
        how: `原则上全区奖补不超过${r.v('tuoguan.award.village.count')}个，每个${r.v('tuoguan.award.village')}元`,
        paramIds: ['tuoguan.award.village'],
      })
    }
    if (monitors > 0) {
      r.line({
        label: '农机作业智能监控终端补贴',
        amount: monitors * r.v('tuoguan.monitor'),
        unit: '元',
        how: `${r.show('tuoguan.monitor')} × ${monitors}台`,
        paramIds: ['tuoguan.monitor'],
      })
      r.note('方案写“具体奖补及补贴标准根据市级文件执行”，终端补贴以市级文件为准；后期系统服务费由服务主体自己承担。')
    }
    r.total({ label: '奖补合计（估算）', amount: r.sum(), unit: '元' })
    r.reading(
      `集中连片面积分档“包含下限不包括上限”：正好${r.v('tuoguan.award.tier2.area')}亩算${r.v('tuoguan.award.tier2.area')}-${r.v('tuoguan.award.tier3.area')}亩一档；“${r.v('tuoguan.award.cumulative.area')}亩以上”包含${r.v('tuoguan.award.cumulative.area')}亩。`,
      'tuoguan.award.tier2',
    )
    r.note('联合会和整村推进的名额有限（见上面各项“原则上”的个数），能否拿到以评选结果为准。')
    return r.done()
  },
}
