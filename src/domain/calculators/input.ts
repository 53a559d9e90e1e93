// Reading form values safely: every bad input becomes a message in Chinese, never NaN or a crash.
import { isFieldShown, type Field, type FieldErrors, type FormValues } from './types'

const FULL_WIDTH_DIGITS = /[０-９．]/g

/** Accept what phone keyboards type: full-width digits, spaces, a trailing unit. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (ch) => (ch === '．' ? '.' : String(ch.charCodeAt(0) - 0xff10)))
    .replace(/[\s,，]/g, '')
}

const NUMBER = /^-?\d+(\.\d+)?$/

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

  private number(key: string): number | undefined {
    const field = this.field(key)
    if (field.kind !== 'count' && field.kind !== 'amount') throw new Error(`${key} is not numeric`)
    if (!this.shown(key)) return 0
    const raw = this.values[key]
    const text = normaliseNumberText(typeof raw === 'string' ? raw : '')
    if (text === '') return this.fail(key, `请填写${field.label}`)
    if (!NUMBER.test(text)) return this.fail(key, `${field.label}只能填数字`)
    const value = Number(text)
    if (value < 0) return this.fail(key, `${field.label}不能是负数`)
    if (field.kind === 'count' && !Number.isInteger(value)) return this.fail(key, `${field.label}要填整数`)
    if (field.kind === 'amount' && text.includes('.') && text.split('.')[1].length > field.decimals) {
      return this.fail(key, field.decimals === 0 ? `${field.label}要填整数` : `${field.label}最多保留${field.decimals}位小数`)
    }
    if (value > field.max) return this.fail(key, `${field.label}最多${field.max}${field.unit}，请检查是不是多按了数字`)
    return value
  }

  count(key: string): number {
    return this.number(key) ?? 0
  }

  amount(key: string): number {
    return this.number(key) ?? 0
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

  toggle(key: string): boolean {
    return this.shown(key) && this.values[key] === true
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
