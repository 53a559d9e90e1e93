// 冬季清洁煤 — 离政办发〔2022〕36号 一、基本原则; 二、供煤范围; 四、（五）.
import type { ParamLookup } from '#src/content/rules-in-force'
import { FormReader, yuan } from './input'
import { invalid, ResultBuilder } from './result'
import type { Calculator, Field } from './types'

export const zoneField: Field = {
  kind: 'choice',
  key: 'zone',
  label: '您家在不在“禁煤区”',
  // 离政办发〔2022〕36号 二、: 供煤对象为全区“禁煤区”外的居住用户; the gazette does not list the 禁煤区's extent.
  help: '“禁煤区”是区里划定的不准烧散煤的地方。公报里没有写范围，不清楚的请问村委会或区能源局。',
  options: [
    { value: 'outside', label: '在禁煤区以外' },
    { value: 'inside', label: '在禁煤区内' },
    { value: 'unknown', label: '不清楚' },
  ],
}
export const heatingField: Field = {
  kind: 'choice',
  key: 'heating',
  label: '您家现在怎么取暖',
  options: [
    { value: 'coal', label: '自己烧煤' },
    { value: 'central', label: '集中供热' },
    { value: 'gas', label: '煤改气' },
    { value: 'electric', label: '煤改电' },
  ],
}

const fieldsAt = (param: ParamLookup): Field[] => [
  zoneField,
  heatingField,
  {
    kind: 'amount',
    key: 'tons',
    label: '想买多少煤',
    unit: '吨',
    max: 20,
    decimals: 1,
    help: `每户按${param('coal.perHousehold').value}吨左右供应`,
  },
]

export const cleanCoalCalculator: Calculator = {
  id: 'qingjiemei',
  title: '冬季清洁煤：能不能买、要花多少钱',
  intro: '“禁煤区”以外烧煤取暖的人家，到供煤点按政府定的价格买清洁煤。',
  paramPrefixes: ['coal.'],
  fields: fieldsAt,
  example: { zone: 'outside', heating: 'coal', tons: '2' },
  compute: (values, param) => {
    const form = new FormReader(fieldsAt(param), values)
    const zone = form.choice('zone')
    const heating = form.choice('heating')
    const tons = form.amount('tons')
    if (!form.ok) return invalid(form.errors)
    if (tons === 0) return invalid({ tons: '请填写想买多少吨煤' })

    const r = new ResultBuilder(param)
    const outside = r.condition('住在全区“禁煤区”以外', zone === 'outside')
    const notConverted = r.condition('没有实施集中供热、煤改气、煤改电', heating === 'coal')
    if (zone === 'unknown') r.note('不清楚是否在“禁煤区”的，请问村委会、乡镇（街道）或区能源局。')
    if (outside.met && notConverted.met) {
      r.line({
        label: `清洁煤 ${tons}吨：您自己付`,
        amount: yuan(tons * r.v('coal.price')),
        unit: '元',
        how: `${r.show('coal.price')} × ${tons}吨`,
        paramIds: ['coal.price'],
      })
      r.total({ label: '到供煤点要付', amount: r.sum(), unit: '元' })
      if (tons > r.v('coal.perHousehold')) {
        r.note(`方案写“每户按照${r.v('coal.perHousehold')}吨左右供应”，多买的部分能不能供应，请问乡镇（街道）。`)
      }
      r.reading(
        `“每户按照${r.v('coal.perHousehold')}吨左右供应”是计划供应量，不是硬性上限；具体以乡镇（街道）登记为准。`,
        'coal.perHousehold',
      )
    } else {
      r.note(`不在供煤范围内的，不能按${r.show('coal.price')}的价格买政府补贴的清洁煤。`)
    }
    r.note(`政府补贴的是供应商供煤价和${r.show('coal.price')}之间的差价，方案没有写供应商价格，所以这里算不出补贴多少钱。`)
    r.note(
      `煤质标准：硫份低于${r.v('coal.maxSulfur')}%、灰份低于${r.v('coal.maxAsh')}%、粒径${r.v('coal.minSize')}-${r.v('coal.maxSize')}cm的块煤，发热量不低于${r.v('coal.minHeat')}大卡。`,
    )
    r.note(`“禁煤区”以外，居民生活用煤禁止燃烧硫份高于${r.v('coal.maxSulfur')}%、灰份高于${r.v('coal.maxAsh')}%的散煤。`)
    r.note('到乡镇（街道）指定的供煤点买，供煤点会登记您家买了多少。')
    return r.done()
  },
}
