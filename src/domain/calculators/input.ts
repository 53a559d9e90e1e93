// Reading form values safely: every bad input becomes a message in Chinese, never NaN or a crash.
// One number parser (readNumber) serves the calculators, the self-checks and 我能领什么, before saving as
// well as before computing.
import { isFieldShown, type Field, type FieldErrors, type FormValue, type FormValues, type NumberField } from './types'

const FULL_WIDTH = /[０-９．－]/g

/** Accept what phone keyboards type: full-width digits, spaces and thousands separators. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => (ch === '．' ? '.' : ch === '－' ? '-' : String(ch.charCodeAt(0) - 0xff10)))
    .replace(/[\s,，]/g, '')
}

const NUMBER = /^-?\d+(\.\d+)?$/

export type NumberReading = { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'bad'; message: string }

/** The one parser for number fields: finite, not negative, whole where it must be, within the field's range. */
export function readNumber(field: NumberField, raw: FormValue | undefined): NumberReading {
  const text = normaliseNumberText(typeof raw === 'string' ? raw : '')
  if (text === '') return { kind: 'empty' }
  const bad = (message: string): NumberReading => ({ kind: 'bad', message })
  if (!NUMBER.test(text)) return bad(`${field.label}只能填数字`)
  const value = Number(text)
  if (value < 0) return bad(`${field.label}不能是负数`)
  if (!Number.isFinite(value) || value > field.max) return bad(`${field.label}最多${field.max}${field.unit}，请检查是不是多按了数字`)
  const decimals = field.kind === 'count' ? 0 : field.decimals
  if (text.includes('.') && text.split('.')[1].replace(/0+$/, '').length > decimals) {
    return bad(decimals === 0 ? `${field.label}要填整数` : `${field.label}最多保留${decimals}位小数`)
  }
  return { kind: 'ok', value }
}

/** The value a number field holds, or undefined when it is empty or not a valid number. */
export function numberValue(field: NumberField, raw: FormValue | undefined): number | undefined {
  const reading = readNumber(field, raw)
  return reading.kind === 'ok' ? reading.value : undefined
}

export const UNSURE = 'unsure'

export class FormReader {
  readonly errors: FieldErrors = {}
  private readonly fields: Map<string, Field>

  constructor(
    fields: Field[],
    private readonly values: FormValues,
  ) {
    this.fields = new Map(fields.map((field) => [field.key, field]))
  }

  private field(key: string): Field {
    const field = this.fields.get(key)
    if (!field) throw new Error(`no field ${key}`)
    return field
  }

  /** False when the field is hidden by its condition: its value then does not count. */
  shown(key: string): boolean {
    return isFieldShown(this.field(key), this.values)
  }

  /** A number; an empty field is an error unless the field is optional (then it counts as 0). */
  private number(key: string): number | undefined {
    const field = this.field(key)
    if (field.kind !== 'count' && field.kind !== 'amount') throw new Error(`${key} is not numeric`)
    if (!this.shown(key)) return 0
    const reading = readNumber(field, this.values[key])
    if (reading.kind === 'bad') return this.fail(key, reading.message)
    if (reading.kind === 'empty') return field.optional ? 0 : this.fail(key, `请填写${field.label}`)
    return reading.value
  }

  count(key: string): number {
    return this.number(key) ?? 0
  }

  amount(key: string): number {
    return this.number(key) ?? 0
  }

  /** A number that may be left empty without an error (undefined then); a bad value is still an error. */
  optionalAmount(key: string): number | undefined {
    const field = this.field(key)
    if (field.kind !== 'count' && field.kind !== 'amount') throw new Error(`${key} is not numeric`)
    if (!this.shown(key)) return undefined
    const reading = readNumber(field, this.values[key])
    if (reading.kind === 'bad') return this.fail(key, reading.message)
    return reading.kind === 'ok' ? reading.value : undefined
  }

  choice(key: string): string {
    const field = this.field(key)
    if (field.kind !== 'choice') throw new Error(`${key} is not a choice`)
    const raw = this.values[key]
    if (!this.shown(key)) return ''
    if (typeof raw === 'string' && field.options.some((option) => option.value === raw)) return raw
    this.fail(key, `请选择${field.label}`)
    return ''
  }

  /** 是 → true, 否 → false; a hidden toggle is false; an unanswered one is an error. */
  toggle(key: string): boolean {
    const field = this.field(key)
    if (field.kind !== 'toggle') throw new Error(`${key} is not a toggle`)
    if (!this.shown(key)) return false
    const raw = this.values[key]
    if (raw === true || raw === false) return raw
    this.fail(key, `请选择“是”或“否”：${field.label}`)
    return false
  }

  fail(key: string, message: string): undefined {
    if (!this.errors[key]) this.errors[key] = message
    return undefined
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0
  }
}

/** Money rounded to the fen, so 30% of 75 元 is 22.5 元, not 22.499999. */
export function yuan(value: number): number {
  return Math.round(value * 100) / 100
}
