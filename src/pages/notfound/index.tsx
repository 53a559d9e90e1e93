import { PageFrame } from '#src/components/PageFrame'
import { NotFoundView } from '#src/page-bodies/NotFoundView'
import { guarded } from '#src/components/PageErrorBoundary'

function NotFoundPage() {
  return (
    <PageFrame>
      <NotFoundView message='您打开的页面不存在，可能链接有误或已经过期。' />
    </PageFrame>
  )
}

export default guarded(NotFoundPage)
