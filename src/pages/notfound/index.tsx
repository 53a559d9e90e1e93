import { PageFrame } from '../../components/PageFrame'
import { NotFoundView } from '../../components/NotFoundView'

export default function NotFoundPage() {
  return (
    <PageFrame>
      <NotFoundView message='您打开的页面不存在，可能链接有误或已经过期。' />
    </PageFrame>
  )
}
