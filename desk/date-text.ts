// Dates as the clerk reads and types them (2023年9月1日), kept in the files as the content schema has them
// (2023-09-01). A date that does not exist is kept as typed: the check then says so at the field.

const exists = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** 2023-09-01 → 2023年9月1日; anything else as it is. */
export function dateForClerk(stored: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored)
  if (!match || !exists(Number(match[1]), Number(match[2]), Number(match[3]))) return stored
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`
}

/** 2023年9月1日 (or 2023-9-1, 2023.9.1, 2023/9/1) → 2023-09-01 when the day exists; anything else as typed. */
export function dateForFile(typed: string): string {
  const match = /^\s*(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?\s*$/.exec(typed)
  if (!match) return typed
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!exists(year, month, day)) return typed
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
