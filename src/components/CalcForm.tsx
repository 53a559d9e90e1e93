import { Text, Input } from '@tarojs/components'
import { View } from './View'
import { isFieldShown, type Field, type FieldErrors, type FormValue, type FormValues } from '#src/domain/calculators/types'
import { normaliseNumberText, UNSURE } from '#src/domain/calculators/input'
import './CalcForm.scss'

interface Props {
  fields: Field[]
  values: FormValues
  errors: FieldErrors
  /** A worked example: its numbers become the placeholders (例如 10). */
  example?: FormValues
  onChange: (key: string, value: FormValue) => void
}

// WeChat's digit keyboard has no letters; in the browser a plain text box lets the parser see what was typed
// (letters, full-width １２) and answer 只能填数字 instead of the box silently dropping it.
const NUMBER_INPUT_TYPE = process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'

function step(raw: FormValue | undefined, delta: number, max: number): string {
  const current = Number(normaliseNumberText(typeof raw === 'string' ? raw : ''))
  const base = Number.isFinite(current) ? Math.round(current) : 0
  return String(Math.min(max, Math.max(0, base + delta)))
}

/** A calculator's questions: big choices and steppers, the unit beside every number, errors inline. */
export function CalcForm({ fields, values, errors, example, onChange }: Props) {
  return (
    <View className='card calc-form'>
      {fields
        .filter((field) => isFieldShown(field, values))
        .map((field) => (
          <View key={field.key} className={`calc-field${errors[field.key] ? ' calc-field--error' : ''}`} id={`field-${field.key}`}>
            <Text className='calc-field__label'>{field.label}</Text>
            {field.help ? <Text className='small calc-field__help'>{field.help}</Text> : null}
            {field.kind === 'choice' ? (
              <View className='calc-field__choices'>
                {field.options.map((option) => (
                  <View
                    key={option.value}
                    className={`chip${values[field.key] === option.value ? ' chip--on' : ''}`}
                    onClick={() => onChange(field.key, option.value)}
                  >
                    <Text>{option.label}</Text>
                  </View>
                ))}
              </View>
            ) : null}
            {field.kind === 'toggle' ? (
              <View className='calc-field__choices'>
                <View className={`chip${values[field.key] === true ? ' chip--on' : ''}`} onClick={() => onChange(field.key, true)}>
                  <Text>是</Text>
                </View>
                <View className={`chip${values[field.key] === false ? ' chip--on' : ''}`} onClick={() => onChange(field.key, false)}>
                  <Text>否</Text>
                </View>
              </View>
            ) : null}
            {field.kind === 'count' || field.kind === 'amount' ? (
              <View className={`calc-field__number${field.unsure ? ' calc-field__number--unsure' : ''}`}>
                {field.kind === 'count' ? (
                  <View className='stepper' onClick={() => onChange(field.key, step(values[field.key], -1, field.max))}>
                    <Text>－</Text>
                  </View>
                ) : null}
                <Input
                  className='calc-field__input'
                  type={NUMBER_INPUT_TYPE}
                  placeholder={
                    typeof example?.[field.key] === 'string' && example[field.key] !== '' ? `例如${example[field.key] as string}` : ''
                  }
                  placeholderClass='calc-field__placeholder'
                  value={typeof values[field.key] === 'string' && values[field.key] !== UNSURE ? (values[field.key] as string) : ''}
                  onInput={(event) => onChange(field.key, event.detail.value)}
                />
                {field.kind === 'count' ? (
                  <View className='stepper' onClick={() => onChange(field.key, step(values[field.key], 1, field.max))}>
                    <Text>＋</Text>
                  </View>
                ) : null}
                <Text className='calc-field__unit'>{field.unit}</Text>
                {field.unsure ? (
                  <View
                    className={`chip calc-field__unsure${values[field.key] === UNSURE ? ' chip--on' : ''}`}
                    onClick={() => onChange(field.key, UNSURE)}
                  >
                    <Text>不清楚</Text>
                  </View>
                ) : null}
              </View>
            ) : null}
            {errors[field.key] ? <Text className='calc-field__error'>⚠ {errors[field.key]}</Text> : null}
          </View>
        ))}
    </View>
  )
}
