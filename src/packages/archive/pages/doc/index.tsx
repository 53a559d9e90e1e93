import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { View } from '#src/components/View'
import { PageFrame } from '#src/components/PageFrame'
import { DocumentPage } from '#src/page-bodies/DocumentPage'
import { NotFoundView } from '#src/page-bodies/NotFoundView'
import { CallBar } from '#src/components/CallBar'
import { OriginalBlockView } from '#src/components/OriginalText'
import { guarded } from '#src/components/PageErrorBoundary'
import { findDocument, isKnownDocumentId } from '#src/content/catalogue'
import type { OriginalDocument } from '#src/content/original-document'
import { loadArchivedIssue, loadArchivedJson } from '#src/domain/archive/archive'
import { explainNotFound, parseDocLink } from '#src/domain/links/deeplink'
import { issueDocumentPath } from '#src/domain/links/document-links'
import { readingChunks } from '#src/domain/original-reader'
import { archiveIO } from '#src/platform/archive-io'
import { routeParams } from '#src/platform/nav'
import { siteConfig } from '#src/site.config'
import { ArchivePhones, ArchiveTrouble } from '../../ArchiveTrouble'
import { useArchived } from '../../use-archived'

const isOriginal = (value: unknown): value is OriginalDocument =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as OriginalDocument).blocks) &&
  typeof (value as OriginalDocument).docNo === 'string'

/** The 原文 of an archived document, fetched when asked for and checked against the issue's manifest. */
function ArchivedOriginal({ issueId, docId, hash }: { issueId: string; docId: string; hash: string }) {
  const [wanted, setWanted] = useState(false)
  const { state, retry } = useArchived(wanted ? hash : undefined, () => loadArchivedJson(issueId, hash, archiveIO, isOriginal))
  const chunks = useMemo(() => (state.kind === 'ok' && state.value.id === docId ? readingChunks(state.value) : []), [state, docId])
  const [shown, setShown] = useState(1)
  useReachBottom(() => setShown((count) => Math.min(chunks.length, count + 1)))
  if (!wanted) {
    return (
      <View className='btn btn--plain' id='archive-read-original' onClick={() => setWanted(true)}>
        <Text>📄 读原文（从网上取）</Text>
      </View>
    )
  }
  if (state.kind !== 'ok') return <ArchiveTrouble state={state} what='原文' onRetry={retry} />
  return (
    <View className='card o-body' id='archive-original'>
      <Text className='section-title block'>原文</Text>
      {chunks.slice(0, shown).map((chunk) =>
        chunk.map((piece) => (
          <View key={`${piece.block}-${piece.rows?.[0] ?? 0}`} className='o-block'>
            <OriginalBlockView block={state.value.blocks[piece.block]} rows={piece.rows} />
          </View>
        )),
      )}
      {shown < chunks.length ? (
        <View className='btn btn--primary' onClick={() => setShown(shown + 1)}>
          <Text>继续往下看（还有{chunks.length - shown}部分）</Text>
        </View>
      ) : null}
    </View>
  )
}

/**
 * A document of an archived issue (older than the package holds): printed codes reach it through pages/doc/index.
 * The 文号 and phone are in the main package's catalogue and show at once; the rest is fetched from the site,
 * checked against the hash shipped in the package, and kept on the phone.
 */
function ArchivedDocumentPage() {
  const link = useMemo(() => parseDocLink(routeParams(), { qrDomain: siteConfig.qrDomain, isKnownId: isKnownDocumentId }), [])
  const found = link.kind === 'found' ? findDocument(link.id) : undefined
  const archived = found?.issue.shelf === 'archive' ? found.issue : undefined
  const { state, retry } = useArchived(archived?.archiveHash, () => loadArchivedIssue(archived!.id, archived!.archiveHash!, archiveIO))

  if (link.kind === 'notFound' || !found) {
    return (
      <PageFrame>
        <NotFoundView
          message={link.kind === 'notFound' ? explainNotFound(link) : '没有找到这份文件。'}
          shownId={link.kind === 'notFound' ? link.shownId : undefined}
        />
      </PageFrame>
    )
  }
  // A document of an issue in the package (an old link to this page): its own page.
  if (!archived) {
    const path = issueDocumentPath(found.doc.id)
    if (path) void Taro.redirectTo({ url: path })
    return <PageFrame />
  }
  const { doc } = found
  if (state.kind === 'ok') {
    const originalHash = state.value.original[doc.id]
    return (
      <DocumentPage
        issue={state.value.issue}
        archivedOriginal={originalHash ? <ArchivedOriginal issueId={archived.id} docId={doc.id} hash={originalHash} /> : undefined}
      />
    )
  }
  return (
    <PageFrame>
      <View className='card'>
        <Text className='page-title' style={{ color: '#b22222' }} id='archive-doc-no'>
          {doc.docNo}
        </Text>
        <Text className='small block'>
          《吕梁市离石区人民政府公报》{archived.year}年第{archived.number}期
        </Text>
      </View>
      <ArchiveTrouble state={state} what='这份文件的全文' onRetry={retry} />
      <ArchivePhones consultation={doc.consultation} office={archived.office} />
      <CallBar unitShortName={doc.consultation.shortName} phone={doc.consultation.phone} />
    </PageFrame>
  )
}

export default guarded(ArchivedDocumentPage)
