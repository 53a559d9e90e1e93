import { Component, type ComponentType, type ErrorInfo, type PropsWithChildren } from 'react'
import { PageFrame } from './PageFrame'
import { NotFoundView } from '#src/page-bodies/NotFoundView'

interface State {
  failed: boolean
}

/** If a page throws while rendering, the resident sees the not-found view with a way home, never a blank page. */
export class PageErrorBoundary extends Component<PropsWithChildren, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('页面出错，已显示找不到页面', error.message, info.componentStack?.slice(0, 200))
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <PageFrame>
        <NotFoundView message='这个页面打不开，可能链接有误。' />
      </PageFrame>
    )
  }
}

/** Wrap a page component in PageErrorBoundary (every page's default export). */
export function guarded<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  const Guarded = (props: P) => (
    <PageErrorBoundary>
      <Page {...props} />
    </PageErrorBoundary>
  )
  Guarded.displayName = `Guarded(${Page.displayName ?? Page.name})`
  return Guarded
}
