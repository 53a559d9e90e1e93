// Every page path the app links to (share cards, printed codes, search results, navigation) is built here, and only
// here; the pages themselves are registered in app.config.ts (tests/unit/routes.test.ts holds the two together).
// Which issue holds a document is looked up in document-links.ts (it needs the catalogue; these builders do not).
import type { Shelf } from '#src/content/catalogue'
import type { RouteParams } from './deeplink'

// The tools (calculators, 我能领什么, self-checks, 补助标准一览) live in the tools subpackage, off the first screen.
export const CALC_PAGE = '/packages/tools/pages/calc/index'
export const RATES_PAGE = '/packages/tools/pages/rates/index'
export const CHECK_PAGE = '/packages/tools/pages/check/index'
export const SELF_CHECK_PAGE = '/packages/tools/pages/selfcheck/index'

// Archived issues (older than the package holds) open in the archive subpackage, which fetches them from the site.
const ARCHIVE_DOC_PAGE = '/packages/archive/pages/doc/index'
const ARCHIVE_ISSUE_PAGE = '/packages/archive/pages/issue/index'

/** The pages of the main package and the tools, by what they are for. */
export const PAGES = {
  home: '/pages/index/index',
  /** Where every printed code and share card points (the QR contract in README). */
  doc: '/pages/doc/index',
  contacts: '/pages/contacts/index',
  notFound: '/pages/notfound/index',
  calculators: CALC_PAGE,
  rates: RATES_PAGE,
  check: CHECK_PAGE,
  selfChecks: SELF_CHECK_PAGE,
} as const

/** Where printed calculator codes point: it passes them on to the calculator in the tools subpackage. */
export const PRINTED_CALC_CODE_PAGE = '/pages/calc/index'

/** A printed code of a document newer than this version (archive subpackage). */
const NEWER_ISSUE_PAGE = '/packages/archive/pages/newer/index'

/** A page as WeChat's server APIs name it (wxacode.getUnlimited `page`, urllink `path`): without the leading slash. */
export function wechatPagePath(path: string): string {
  return path.replace(/^\//, '')
}

/** The path a share card or a plain link opens: the document page of the main package. */
export function docPagePath(id: string): string {
  return `${PAGES.doc}?id=${encodeURIComponent(id)}`
}

/** The printed-code page's own path with a scanned URL (再扫一次 on the not-found page). */
export function docPageOfQrPath(url: string): string {
  return `${PAGES.doc}?q=${encodeURIComponent(url)}`
}

/** A printed code of a document newer than this version. */
export function newerIssuePath(id: string): string {
  return `${NEWER_ISSUE_PAGE}?id=${encodeURIComponent(id)}`
}

export function calcPagePath(id: string): string {
  return `${CALC_PAGE}?id=${encodeURIComponent(id)}`
}

/** 详细算法 from a 我能领什么 result: the calculator, filled with what that benefit was computed from (read on the phone, never in the link). */
export function calcFromCheckPath(calculatorId: string, benefitId: string, issueId?: string): string {
  const edition = issueId ? `&${EDITION_OF_ISSUE}=${encodeURIComponent(issueId)}` : ''
  return `${calcPagePath(calculatorId)}&${FROM_CHECK}=${encodeURIComponent(benefitId)}${edition}`
}

/** The parameter naming the 我能领什么 benefit a calculator was opened from. */
export const FROM_CHECK = 'benefit'

/** The parameter naming the issue whose edition a calculator opens with (a document's 算一算 of an older issue). */
export const EDITION_OF_ISSUE = 'issue'

/** A document's 算一算: the calculator with the figures of that document's issue. */
export function calcOfIssuePath(calculatorId: string, issueId: string): string {
  return `${calcPagePath(calculatorId)}&${EDITION_OF_ISSUE}=${encodeURIComponent(issueId)}`
}

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

/** A page of an issue's own subpackage (generated by `npm run generate`: packages/issue-<id>/pages/<page>/index). */
function issuePage(issueId: string, page: 'doc' | 'issue' | 'original' | 'powers' | 'projects' | 'search'): string {
  return `/packages/issue-${issueId}/pages/${page}/index`
}

/** An issue's annex tables: pages of its own subpackage (home's buttons open the newest issue's). */
export const powersPage = (issueId: string) => issuePage(issueId, 'powers')
export const projectsPage = (issueId: string) => issuePage(issueId, 'projects')
/** The search page: the newest issue's subpackage has it. */
export const searchPage = (issueId: string) => issuePage(issueId, 'search')
/** A document in full in its issue's subpackage (an address without a document: the site preloads its chunks). */
export const issueDocPage = (issueId: string) => issuePage(issueId, 'doc')

/** A document in full ('doc') or its 原文 ('original'), at a clause anchor or at the cited words (highlighted): a page
 * of its issue's subpackage, or the archive's document page for an archived issue. */
export function documentPath(
  page: 'doc' | 'original',
  docId: string,
  issue: { id: string; shelf: Shelf },
  target: { at?: string; words?: string } = {},
): string {
  const query = [`id=${encodeURIComponent(docId)}`]
  if (target.at) query.push(`at=${encodeURIComponent(target.at)}`)
  if (target.words) query.push(`hl=${encodeURIComponent(target.words)}`)
  return `${issue.shelf === 'archive' ? ARCHIVE_DOC_PAGE : issuePage(issue.id, page)}?${query.join('&')}`
}

/** An issue's contents: its subpackage's page, or the archive's. */
export function issueContentsPagePath(issueId: string, shelf: Shelf | undefined): string {
  return shelf === 'archive' ? `${ARCHIVE_ISSUE_PAGE}?issue=${encodeURIComponent(issueId)}` : issuePage(issueId, 'issue')
}

export function powerPagePath(issueId: string, no?: number): string {
  return no === undefined ? powersPage(issueId) : `${powersPage(issueId)}?no=${no}`
}

export function projectPagePath(issueId: string, planId: string, no?: number): string {
  return no === undefined ? `${projectsPage(issueId)}?plan=${planId}` : `${projectsPage(issueId)}?plan=${planId}&no=${no}`
}

/** The contacts page with one office's card first and highlighted. */
export function contactPagePath(phone: string): string {
  return `${PAGES.contacts}?phone=${encodeURIComponent(phone)}`
}

/** A search result that does something on the spot instead of opening a page. */
export const LARGE_TEXT_ACTION = 'action:largeText'
