// The site's catalogue of every published issue (/data/catalogue.json, written by scripts/build/build-site.ts): each
// document's id, 文号, title and consultation line. An installed version knows the issues it was built with; a
// printed code of a NEWER issue (an id shaped like a 文号 past the newest one the version knows in its series,
// isBeyondNewest) asks the site for this one small file, so the person gets the 文号, title and phone before the
// new version is on the phone. Trust: the file comes from the 公报室's own HTTPS domain (the one request domain the
// app may use), but it cannot be checked against a hash shipped in the package as the archive's files are, because
// it is newer than the build. So it only ever supplies a 文号, a title and a phone, shown as from the site; no
// amount, date or rule is taken from it. No Taro import: it runs in Node tests.

export const SITE_CATALOGUE_PATH = '/data/catalogue.json'

export interface SiteCatalogueDocument {
  id: string
  docNo: string
  title: string
  consultation: { unit: string; shortName: string; phone: string }
}

export interface SiteCatalogueIssue {
  id: string
  year: number
  number: number
  documents: SiteCatalogueDocument[]
}

export interface SiteCatalogue {
  issues: SiteCatalogueIssue[]
}

interface PublishedIssue {
  id: string
  year: number
  number: number
  documents: { id: string; docNo: string; title?: string; consultation: SiteCatalogueDocument['consultation'] }[]
}

/** The catalogue build-site publishes: every issue, only what a printed code needs. */
export function siteCatalogueOf(issues: PublishedIssue[]): SiteCatalogue {
  return {
    issues: issues.map((issue) => ({
      id: issue.id,
      year: issue.year,
      number: issue.number,
      documents: issue.documents.map((doc) => ({
        id: doc.id,
        docNo: doc.docNo,
        title: doc.title ?? '',
        consultation: { ...doc.consultation },
      })),
    })),
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
/** Short plain text: what is shown comes from outside the package, so it is held to the shape of a 文号 or title. */
const isLine = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max && !/[<>\n]/.test(value)
/** A phone as the gazette prints it (0358-8227811, 12345). */
const PHONE = /^[0-9][0-9-]{2,19}$/

function isDocument(value: unknown): value is SiteCatalogueDocument {
  return (
    isRecord(value) &&
    isLine(value.id, 32) &&
    isLine(value.docNo, 40) &&
    typeof value.title === 'string' &&
    value.title.length <= 200 &&
    isRecord(value.consultation) &&
    isLine(value.consultation.unit, 60) &&
    isLine(value.consultation.shortName, 30) &&
    typeof value.consultation.phone === 'string' &&
    PHONE.test(value.consultation.phone)
  )
}

export function isSiteCatalogue(value: unknown): value is SiteCatalogue {
  return (
    isRecord(value) &&
    Array.isArray(value.issues) &&
    value.issues.every(
      (issue: unknown) =>
        isRecord(issue) &&
        isLine(issue.id, 16) &&
        typeof issue.year === 'number' &&
        typeof issue.number === 'number' &&
        Array.isArray(issue.documents) &&
        issue.documents.every(isDocument),
    )
  )
}

export type SiteLookup =
  | { kind: 'found'; doc: SiteCatalogueDocument; issue: { id: string; year: number; number: number } }
  /** The site answered and does not have the document either. */
  | { kind: 'absent' }
  /** The site could not be reached. */
  | { kind: 'offline' }
  /** The site answered with something that is not a catalogue. */
  | { kind: 'rejected' }

export interface SiteIO {
  /** GET the URL (a bare request: no query, no header of ours); resolve with the body, reject on no network or a status other than 200. */
  fetchText(url: string): Promise<string>
  /** The site's origin, e.g. https://gb.lishi.example.cn. */
  origin: string
}

/** Look a newer issue's document up in the site's catalogue. */
export async function lookUpOnSite(id: string, io: SiteIO): Promise<SiteLookup> {
  let text: string
  try {
    text = await io.fetchText(`${io.origin}${SITE_CATALOGUE_PATH}`)
  } catch {
    return { kind: 'offline' }
  }
  let catalogue: unknown
  try {
    catalogue = JSON.parse(text)
  } catch {
    return { kind: 'rejected' }
  }
  if (!isSiteCatalogue(catalogue)) return { kind: 'rejected' }
  for (const issue of catalogue.issues) {
    const doc = issue.documents.find((each) => each.id === id)
    if (doc) return { kind: 'found', doc, issue: { id: issue.id, year: issue.year, number: issue.number } }
  }
  return { kind: 'absent' }
}
