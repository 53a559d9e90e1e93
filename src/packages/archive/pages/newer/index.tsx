import { useMemo } from 'react'
import { PageFrame } from '#src/components/PageFrame'
import { NotFoundView } from '#src/page-bodies/NotFoundView'
import { guarded } from '#src/components/PageErrorBoundary'
import { allDocumentIds, isKnownDocumentId } from '#src/content/catalogue'
import { explainNotFound, mayBeNewerIssue, parseDocLink } from '#src/domain/links/deeplink'
import { routeParams } from '#src/platform/nav'
import { siteConfig } from '#src/site.config'
import { NewerIssueCode } from '../../NewerIssueCode'

/**
 * A printed code of a document newer than this version (pages/doc/index opens this page for it, in WeChat): it is
 * looked up in the site's catalogue. Any other id here is an ordinary not-found; no request is made for it.
 */
function NewerDocumentPage() {
  const link = useMemo(() => parseDocLink(routeParams(), { qrDomain: siteConfig.qrDomain, isKnownId: isKnownDocumentId }), [])
  if (mayBeNewerIssue(link, allDocumentIds())) return <NewerIssueCode id={link.shownId} />
  return (
    <PageFrame>
      <NotFoundView
        message={link.kind === 'notFound' ? explainNotFound(link) : '没有找到这份文件。'}
        shownId={link.kind === 'notFound' ? link.shownId : undefined}
      />
    </PageFrame>
  )
}

export default guarded(NewerDocumentPage)
