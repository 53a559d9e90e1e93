import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import { PhoneCard } from '#src/components/PhoneCard'
import { CallButton } from '#src/components/CallButton'
import type { CatalogueDocument } from '#src/content/compact'
import type { Loading } from './use-archived'

/** What the person sees while an archived file loads, or why it did not: always with a way on (再试一次, the phones). */
export function ArchiveTrouble({ state, what, onRetry }: { state: Loading<unknown>; what: string; onRetry: () => void }) {
  if (state.kind === 'ok') return null
  if (state.kind === 'loading') {
    return (
      <Text className='muted block' id='archive-loading' style={{ margin: '0 4px 10px' }}>
        正在从网上取{what}……
      </Text>
    )
  }
  return (
    <View className='notice' id={state.kind === 'offline' ? 'archive-offline' : 'archive-rejected'}>
      <Text className='block'>
        {state.kind === 'offline'
          ? `这是往期公报，存在网上，小程序里没有。现在取不到${what}（可能是没连上网）。号码在下面，可以直接打电话问；连上网后再试。`
          : `取回来的${what}和公报室发布的不一样（可能没下载完整），为了不给您看错的内容，没有使用。请稍后再试，或直接打电话问。`}
      </Text>
      <View className='btn btn--plain' id='archive-retry' onClick={onRetry}>
        <Text>再试一次</Text>
      </View>
    </View>
  )
}

/** The phones of an archived issue's document, or of the 公报室: always in the catalogue, with or without network. */
export function ArchivePhones({
  consultation,
  office,
}: {
  consultation?: { unit: string; phone: string }
  office: { name: string; phone: string }
}) {
  return (
    <View>
      {consultation ? <PhoneCard heading='政策咨询' unit={consultation.unit} phone={consultation.phone} /> : null}
      <PhoneCard heading='公报室' unit={office.name} phone={office.phone} />
    </View>
  )
}

/** An archived issue's consultation lines, each with the 文号 it answers for: the catalogue has them offline. */
export function ArchiveIssuePhones({ documents }: { documents: CatalogueDocument[] }) {
  const lines = new Map<string, { unit: string; phone: string; docNos: string[] }>()
  for (const doc of documents) {
    const key = `${doc.consultation.unit}|${doc.consultation.phone}`
    const line = lines.get(key) ?? { unit: doc.consultation.unit, phone: doc.consultation.phone, docNos: [] }
    line.docNos.push(doc.docNo)
    lines.set(key, line)
  }
  return (
    <View id='archive-issue-phones'>
      {[...lines.values()].map((line) => (
        <View key={`${line.unit}|${line.phone}`} className='card'>
          <Text className='item-title'>{line.unit}</Text>
          <Text className='big-number'>{line.phone}</Text>
          <CallButton phone={line.phone} />
          <Text className='small block'>负责解答：{line.docNos.join('、')}</Text>
        </View>
      ))}
    </View>
  )
}
