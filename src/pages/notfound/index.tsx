import { PageFrame } from '../../components/PageFrame'
import { NotFoundView } from '../../page-bodies/NotFoundView'
import { guarded } from '../../components/PageErrorBoundary'

function NotFoundPage() {
  return (
    <PageFrame>
      <NotFoundView message='您打开的页面不存在，可能链接有误或已经过期。' />
    </PageFrame>
  )
}

export default guarded(NotFoundPage)
