// Paths of the pages other code links to (share cards, printed codes, search results, navigation).
import type { RouteParams } from './deeplink'

// The tools (calculators, 我能领什么, self-checks, 补助标准一览) live in the tools subpackage, off the first screen.
export const CALC_PAGE = '/packages/tools/pages/calc/index'
export const RATES_PAGE = '/packages/tools/pages/rates/index'

export function calcPagePath(id: string): string {
  return `${CALC_PAGE}?id=${encodeURIComponent(id)}`
}

export const CHECK_PAGE = '/packages/tools/pages/check/index'
export const SELF_CHECK_PAGE = '/packages/tools/pages/selfcheck/index'

/** The parameters of the QR contract (?id, ?scene, ?q), passed on as they came: the page they reach decodes them. */
function forwardedQuery(params: RouteParams): string {
  return (['id', 'scene', 'q'] as const)
    .filter((key) => params[key] !== undefined)
    .map((key) => `${key}=${params[key]!.replace(/[&#=?+\s]/g, encodeURIComponent)}`)
    .join('&')
}

/** Where a printed calculator code's parameters lead: the calculator page itself. */
export function forwardedCalcPath(params: RouteParams): string {
  const query = forwardedQuery(params)
  return query ? `${CALC_PAGE}?${query}` : CALC_PAGE
}

/** Pages that moved into the tools subpackage: a link made before the move (a share card in a chat) still opens them. */
const MOVED_PAGES: Record<string, string> = {
  'pages/rates/index': RATES_PAGE,
  'pages/check/index': CHECK_PAGE,
  'pages/selfcheck/index': SELF_CHECK_PAGE,
}

/** The new path of a moved page, with the id it was opened with; undefined for a path that never existed. */
export function movedPagePath(path: string, params: RouteParams): string | undefined {
  const moved = MOVED_PAGES[path.replace(/^\//, '').replace(/\.html$/, '')]
  if (!moved) return undefined
  return params.id !== undefined ? `${moved}?id=${params.id.replace(/[&#=?+\s]/g, encodeURIComponent)}` : moved
}

export function selfCheckPagePath(id: string): string {
  return `${SELF_CHECK_PAGE}?id=${encodeURIComponent(id)}`
}

/** An issue's annex tables: pages of its own subpackage (home's buttons open the newest issue's). */
export const powersPage = (issueId: string) => `/packages/issue-${issueId}/pages/powers/index`
export const projectsPage = (issueId: string) => `/packages/issue-${issueId}/pages/projects/index`
export const POWERS_PAGE = powersPage('2022-03')
export const PROJECTS_PAGE = projectsPage('2022-03')

export function powerPagePath(issueId: string, no?: number): string {
  return no === undefined ? powersPage(issueId) : `${powersPage(issueId)}?no=${no}`
}

export function projectPagePath(issueId: string, planId: string, no?: number): string {
  return no === undefined ? `${projectsPage(issueId)}?plan=${planId}` : `${projectsPage(issueId)}?plan=${planId}&no=${no}`
}

export const CONTACTS_PAGE = '/pages/contacts/index'

/** The contacts page with one office's card first and highlighted. */
export function contactPagePath(phone: string): string {
  return `${CONTACTS_PAGE}?phone=${encodeURIComponent(phone)}`
}

/** A search result that does something on the spot instead of opening a page. */
export const LARGE_TEXT_ACTION = 'action:largeText'
