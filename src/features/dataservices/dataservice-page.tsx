import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { SubjectDiscussions } from '@/features/discussions/subject-discussions'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { DetailPage } from '@/ui/detail-page'
import { DataserviceForm } from './dataservice-form'
import { DataserviceLifecycle } from './dataservice-lifecycle'
import { DataserviceReuses } from './dataservice-reuses'
import { DataserviceStatusBadge } from './dataservice-status-badge'
import { dataserviceMessages } from './messages'
import { dataserviceQueries } from './queries'

/** One API: status and lifecycle, the form, its discussions and its reuses. */
export function DataservicePage() {
  const { organizationId = '', dataserviceId = '' } = useParams()
  const t = useMessages(dataserviceMessages)
  // A background refetch must not fight the user's edits: the form keeps what it opened with.
  const detail = useQuery({ ...dataserviceQueries.detail(dataserviceId), staleTime: 5 * 60_000 })
  // The form edits `datasets` only once the whole list is read (a PATCH replaces it whole).
  const linked = useQuery({
    ...dataserviceQueries.linkedDatasets(dataserviceId),
    staleTime: 5 * 60_000,
  })
  const [dirty, setDirty] = useState(false)
  usePageTitle(detail.data ? `${t.editTitle} : ${detail.data.title}` : t.editTitle)

  const list = { label: t.listTitle, to: `/organizations/${organizationId}/dataservices` }
  if (!detail.isSuccess)
    return <DetailPageFallback query={detail} list={list} notFound={t.notFound} />
  if (!linked.isSuccess) return <DetailPageFallback query={linked} list={list} />
  const dataservice = detail.data

  return (
    <DetailPage title={dataservice.title} list={list}>
      <p className="fr-mb-2w">
        <DataserviceStatusBadge dataservice={dataservice} />
        {dataservice.harvest?.domain ? (
          <span className="fr-ml-2w fr-text--sm">
            {t.harvestedFrom(dataservice.harvest.domain)}
          </span>
        ) : null}
        {dataservice.self_web_url && !dataservice.private && !dataservice.deleted_at ? (
          <a
            className="fr-link fr-ml-2w"
            href={dataservice.self_web_url}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t.seeOnPortal}
          </a>
        ) : null}
      </p>
      <DataserviceLifecycle dataservice={dataservice} blocked={dirty} />
      {dataservice.deleted_at ? (
        <Alert small severity="warning" description={t.deletedBanner} className="fr-mb-3w" />
      ) : null}
      <DataserviceForm
        key={dataservice.id}
        organizationId={organizationId}
        dataservice={dataservice}
        linkedDatasets={linked.data}
        onDirtyChange={setDirty}
      />
      <section className="fr-mt-6w" aria-labelledby="dataservice-discussions-title">
        <h2 id="dataservice-discussions-title" className="fr-h4">
          {t.discussions}
        </h2>
        <SubjectDiscussions
          subject={{ class: 'Dataservice', id: dataservice.id }}
          organizationId={organizationId}
        />
      </section>
      <section className="fr-mt-6w" aria-labelledby="dataservice-reuses-title">
        <h2 id="dataservice-reuses-title" className="fr-h4">
          {t.reuses}
        </h2>
        <DataserviceReuses organizationId={organizationId} dataserviceId={dataservice.id} />
      </section>
    </DetailPage>
  )
}
