import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, NavLink, Outlet, useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { DatasetLifecycle } from './dataset-lifecycle'
import { DatasetStatusBadges } from './dataset-status-badges'
import { datasetPageMessages } from './page-messages'
import { datasetQueries } from './queries'
import type { DatasetOutletContext } from './dataset-outlet'
import { isGone } from '@/ui/error-text'
import { BackLink } from '@/ui/back-link'
import { listHref } from '@/ui/list-return'
import './datasets.css'

/** Layout of `…/datasets/:datasetId`: header, lifecycle actions, and the tabs as sub-routes. */
export function DatasetPage() {
  const { organizationId = '', datasetId = '' } = useParams()
  const t = useMessages(datasetPageMessages)
  const query = useQuery(datasetQueries.detail(datasetId))
  const [dirty, setDirty] = useState(false)
  usePageTitle(query.data?.title)

  if (query.isPending)
    return (
      <div>
        <LoadingState />
      </div>
    )
  if (query.isError) {
    return (
      <div>
        <ErrorState
          page
          error={query.error}
          title={isGone(query.error) ? t.notFound : undefined}
          onRetry={() => void query.refetch()}
        />
        <p className="fr-mt-3w">
          <Link to={listHref(`/organizations/${organizationId}/datasets`)}>{t.backToList}</Link>
        </p>
      </div>
    )
  }

  const dataset = query.data
  const base = `/organizations/${organizationId}/datasets/${dataset.id}`
  const tabs = [
    { to: base, label: t.tabMetadata, end: true },
    { to: `${base}/resources`, label: t.tabResources, end: false },
    { to: `${base}/reuses`, label: t.tabReuses, end: false },
    { to: `${base}/community-resources`, label: t.tabCommunityResources, end: false },
    { to: `${base}/discussions`, label: t.tabDiscussions, end: false },
    { to: `${base}/activity`, label: t.tabActivity, end: false },
  ]

  return (
    <div className="dataset-page">
      <BackLink to={listHref(`/organizations/${organizationId}/datasets`)}>{t.backToList}</BackLink>
      <header className="dataset-page__header">
        <div>
          <h1 className="fr-h2 fr-mb-1w dataset-page__title">{dataset.title}</h1>
          <DatasetStatusBadges dataset={dataset} />
          <p className="fr-text--sm fr-mb-1w">
            {dataset.organization ? t.datasetOf(dataset.organization.name) : null}
            {dataset.page ? (
              <>
                {dataset.organization ? ' · ' : null}
                <a
                  href={dataset.page}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="fr-link fr-link--sm"
                >
                  {t.viewPublicPage} <span className="fr-sr-only">{t.newTab}</span>
                </a>
              </>
            ) : null}
          </p>
        </div>
        <DatasetLifecycle dataset={dataset} blocked={dirty} />
      </header>

      {dataset.harvest ? (
        <Alert
          // DSFR's default h3 would skip a level right under the page's h1.
          as="h2"
          className="fr-mb-3w"
          severity="warning"
          title={t.harvestedWarningTitle}
          description={
            <>
              {t.harvestedWarning(dataset.harvest.domain ?? dataset.harvest.remote_url ?? '')}
              {dataset.harvest.source_id ? (
                <>
                  {' '}
                  <Link
                    to={`/organizations/${organizationId}/harvesters/${dataset.harvest.source_id}`}
                  >
                    {t.harvestSourceLink}
                  </Link>
                </>
              ) : null}
            </>
          }
        />
      ) : null}
      {dataset.deleted ? (
        <Alert className="fr-mb-3w" severity="error" small description={t.deletedNotice} />
      ) : null}

      <nav className="dataset-page__tabs" aria-label={t.tabsLabel}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end} className="dataset-page__tab">
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="dataset-page__panel">
        <Outlet context={{ dataset, organizationId, setDirty } satisfies DatasetOutletContext} />
      </div>
    </div>
  )
}
