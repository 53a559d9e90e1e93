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
