// Paths of the pages other code links to (share cards, printed codes, search results, navigation).
export const CALC_PAGE = '/pages/calc/index'

export function calcPagePath(id: string): string {
  return `${CALC_PAGE}?id=${encodeURIComponent(id)}`
}

export const CHECK_PAGE = '/pages/check/index'
export const SELF_CHECK_PAGE = '/pages/selfcheck/index'

export function selfCheckPagePath(id: string): string {
  return `${SELF_CHECK_PAGE}?id=${encodeURIComponent(id)}`
}

export const POWERS_PAGE = '/packages/issue-2022-03/pages/powers/index'
export const PROJECTS_PAGE = '/packages/issue-2022-03/pages/projects/index'

export function powerPagePath(no: number): string {
  return `${POWERS_PAGE}?no=${no}`
}

export function projectPagePath(planId: string, no?: number): string {
  return no === undefined ? `${PROJECTS_PAGE}?plan=${planId}` : `${PROJECTS_PAGE}?plan=${planId}&no=${no}`
}

export const CONTACTS_PAGE = '/pages/contacts/index'

/** The contacts page with one office's card first and highlighted. */
export function contactPagePath(phone: string): string {
  return `${CONTACTS_PAGE}?phone=${encodeURIComponent(phone)}`
}

/** A search result that does something on the spot instead of opening a page. */
export const LARGE_TEXT_ACTION = 'action:largeText'
