// The app's idea of "today". Tests pin the browser clock instead of changing this code.
import { isoDay } from '#src/domain/dates/dates'

export function todayIso(): string {
  return isoDay(new Date())
}
