// Paths of the calculator pages, shared by links, share cards and printed codes.
export const CALC_PAGE = '/pages/calc/index'

export function calcPagePath(id: string): string {
  return `${CALC_PAGE}?id=${encodeURIComponent(id)}`
}

export const CHECK_PAGE = '/pages/check/index'
export const SELF_CHECK_PAGE = '/pages/selfcheck/index'

export function selfCheckPagePath(id: string): string {
  return `${SELF_CHECK_PAGE}?id=${encodeURIComponent(id)}`
}
