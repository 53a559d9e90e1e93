// Paths of the calculator pages, shared by links, share cards and printed codes.
export const CALC_PAGE = '/pages/calc/index'

export function calcPagePath(id: string): string {
  return `${CALC_PAGE}?id=${encodeURIComponent(id)}`
}
