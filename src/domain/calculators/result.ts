// A small builder for calculator results, so every line carries the parameters it used.
import type { ParamLookup } from '#src/content/rules-in-force'
import type { Citation } from '#src/content/types'
import type { CalcOutcome, CalcResult, Condition, FieldErrors, Reading, ResultLine, ResultTotal } from './types'
import { formatNumber } from './format'

export class ResultBuilder {
  private readonly result: CalcResult = { lines: [], totals: [], conditions: [], notes: [], readings: [] }

  constructor(private readonly param: ParamLookup) {}

  /** The value of a parameter. */
  v(id: string): number {
    return this.param(id).value
  }

  /** `75元/亩` — a parameter as it reads in a sentence. */
  show(id: string): string {
    const p = this.param(id)
    return `${formatNumber(p.value)}${p.unit}`
  }

  line(line: ResultLine): this {
    this.result.lines.push(line)
    return this
  }

  total(total: ResultTotal): this {
    this.result.totals.push(total)
    return this
  }

  condition(text: string, met: boolean): Condition {
    const condition = { text, met }
    this.result.conditions.push(condition)
    return condition
  }

  note(text: string): this {
    this.result.notes.push(text)
    return this
  }

  /** 按本计算器理解…, citing the parameter whose words are ambiguous. */
  reading(text: string, paramId: string): this {
    return this.citedReading(text, this.param(paramId).cite)
  }

  /** 按本计算器理解…, citing the words themselves (a list such as the pilot townships). */
  citedReading(text: string, cite: Citation): this {
    const reading: Reading = { text: `按本计算器理解：${text}`, cite }
    this.result.readings.push(reading)
    return this
  }

  /** Whether any line summed is only a ceiling (its total is then one too). */
  anyAtMost(filter: (line: ResultLine) => boolean = () => true): boolean {
    return this.result.lines.filter(filter).some((line) => line.atMost === true)
  }

  sum(filter: (line: ResultLine) => boolean = () => true): number {
    return Math.round(this.result.lines.filter(filter).reduce((total, line) => total + line.amount, 0) * 100) / 100
  }

  done(): CalcOutcome {
    return { ok: true, result: this.result }
  }
}

export function invalid(errors: FieldErrors): CalcOutcome {
  return { ok: false, errors }
}
