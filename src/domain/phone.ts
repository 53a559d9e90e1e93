// Phone numbers as printed in the gazette: area code, a dash (sometimes printed as "—"), the number.

const DASHES = /[—–－‐-]/g
const LANDLINE = /^0\d{2,3}-\d{7,8}$/
const MOBILE = /^1\d{10}$/

/** `0358—3383438` → `0358-3383438`; spaces removed. */
export function normalizePhone(raw: string): string {
  return raw.replace(/\s+/g, '').replace(DASHES, '-')
}

export function isWellFormedPhone(phone: string): boolean {
  return LANDLINE.test(phone) || MOBILE.test(phone)
}

/** The digits a phone dials: `0358-8223386` → `03588223386`. */
export function dialString(phone: string): string {
  return phone.replace(/\D/g, '')
}

/** A landline (with any of the dashes the gazette prints) or a mobile number inside running text. */
const PRINTED_PHONE = /(^|\D)(0\d{2,3}[—–－‐-]\d{7,8}|1\d{10})(?!\d)/g

/** Text cut into runs, each printed phone number a run of its own (so it can be shown unbroken). */
export function phoneRuns(text: string): { text: string; phone: boolean }[] {
  const runs: { text: string; phone: boolean }[] = []
  let at = 0
  PRINTED_PHONE.lastIndex = 0
  for (let match = PRINTED_PHONE.exec(text); match; match = PRINTED_PHONE.exec(text)) {
    const start = match.index + match[1].length
    if (start > at) runs.push({ text: text.slice(at, start), phone: false })
    runs.push({ text: match[2], phone: true })
    at = start + match[2].length
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), phone: false })
  return runs
}
