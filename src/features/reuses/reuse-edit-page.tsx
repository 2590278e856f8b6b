import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { DetailPage } from '@/ui/detail-page'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { ReuseForm } from './reuse-form'
import { ReuseImageField } from './reuse-image-field'
import { DeleteReuseSection, DeletedReuseBanner } from './reuse-lifecycle'
import { ReuseStatusBadge } from './reuse-status-badge'
import type { ReuseDatasetRef } from './types'

export function ReuseEditPage() {
  const { organizationId = '', reuseId = '' } = useParams()
  const t = useMessages(reuseMessages)
  // A background refetch must not fight the user's edits: the form keeps what it opened with.
  const detail = useQuery({ ...reuseQueries.detail(reuseId), staleTime: 5 * 60_000 })
  const link =
    detail.data && !Array.isArray(detail.data.datasets)
      ? (detail.data.datasets as unknown as { href?: string })
      : null
  const linked = useQuery({
    ...reuseQueries.linkedDatasets(reuseId, link?.href ?? ''),
    enabled: Boolean(link?.href),
  })
  usePageTitle(detail.data ? `${t.editTitle} : ${detail.data.title}` : t.editTitle)

  const list = { label: t.reusesTitle, to: `/organizations/${organizationId}/reuses` }
  if (!detail.isSuccess) return <DetailPageFallback query={detail} list={list} />
  // Without a link, the reuse carries its datasets itself and there is nothing more to wait for.
  if (link?.href && !linked.isSuccess) return <DetailPageFallback query={linked} list={list} />
  const reuse = detail.data
  const datasets: ReuseDatasetRef[] = Array.isArray(reuse.datasets)
    ? reuse.datasets
    : (linked.data ?? [])

  const canEdit = reuse.permissions?.edit ?? true
  return (
    <DetailPage title={reuse.title} list={list}>
      <p>
        <ReuseStatusBadge reuse={reuse} />
      </p>
      {reuse.deleted ? <DeletedReuseBanner reuse={reuse} /> : null}
      <ReuseForm
        key={reuse.id}
        organizationId={organizationId}
        reuse={reuse}
        linkedDatasets={datasets}
      />
      {reuse.deleted || !canEdit ? null : (
        <section className="fr-mt-6w" aria-labelledby="reuse-image-title">
          <h2 id="reuse-image-title" className="fr-h5">
            {t.image}
          </h2>
          <ReuseImageField reuseId={reuse.id} image={reuse.image} />
        </section>
      )}
      {reuse.deleted || !canEdit ? null : <DeleteReuseSection reuse={reuse} />}
    </DetailPage>
  )
}
