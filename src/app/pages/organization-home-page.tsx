import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup'
import { Tile } from '@codegouvfr/react-dsfr/Tile'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import { isGone } from '@/ui/error-text'
import { meQueries } from '@/auth/me'
import {
  parseDatasetListSearch,
  toDatasetListParams,
  type DatasetStatus,
} from '@/features/datasets/dataset-list-params'
import { datasetQueries } from '@/features/datasets/queries'
import { ReviewSummary } from '@/features/reuses/review-summary'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { organizationCountQueries } from './organization-count-queries'
import { organizationMessages } from '@/features/organizations/messages'
import { organizationQueries, useOrganizationId } from '@/features/organizations/queries'
// Not in the up-front DSFR stylesheet (scripts/dsfr-css.mjs): this page brings its own.
import '@codegouvfr/react-dsfr/dsfr/component/tile/tile.main.min.css'
import { formatNumber } from '@/i18n/numbers'

const statuses = ['public', 'draft', 'archived', 'deleted'] as const satisfies DatasetStatus[]

// The datasets list's own default search, so the home's counts share its cache entries.
const defaultListSearch = parseDatasetListSearch(new URLSearchParams())

/** `/organizations/:organizationId`: what the organization has, by status, with links to each list. */
export function OrganizationHomePage() {
  const t = useMessages(organizationMessages)
  const organizationId = useOrganizationId()
  const organization = useQuery(organizationQueries.detail(organizationId))
  const me = useQuery(meQueries.current())
  usePageTitle(organization.data ? t.homeTitle(organization.data.name) : undefined)

  if (organization.isPending) return <LoadingState />
  if (organization.isError) {
    const error = organization.error
    if (isGone(error))
      return (
        <>
          <h1>{t.orgNotFoundTitle}</h1>
          <p className="fr-text--lead">{t.orgNotFound}</p>
          <Link to="/?choose">{t.backToPicker}</Link>
        </>
      )
    return <ErrorState page error={error} onRetry={() => void organization.refetch()} />
  }

  const isMember = me.data?.organizations.some((org) => org.id === organizationId) ?? true
  const base = `/organizations/${organizationId}`

  return (
    <>
      <h1>{organization.data.name}</h1>
      {isMember ? null : (
        <Alert className="fr-mb-4w" severity="warning" small description={t.notMember} />
      )}

      <section aria-labelledby="home-datasets" className="fr-mb-6w">
        <h2 id="home-datasets">{t.datasetsTitle}</h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {statuses.map((status) => (
            <li key={status} className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
              <DatasetCountTile
                organizationId={organizationId}
                status={status}
                to={`${base}/datasets?status=${status}`}
              />
            </li>
          ))}
        </ul>
        <ButtonsGroup
          className="fr-mt-3w"
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: t.seeAll,
              priority: 'secondary',
              linkProps: { to: `${base}/datasets` },
            },
            ...(isMember
              ? [
                  {
                    children: t.newDataset,
                    iconId: 'fr-icon-add-line' as const,
                    linkProps: { to: `${base}/datasets/new` },
                  },
                ]
              : []),
          ]}
        />
      </section>

      <section aria-labelledby="home-other" className="fr-mb-6w">
        <h2 id="home-other">{t.otherTitle}</h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          <li className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
            <ReuseCountTile organizationId={organizationId} to={`${base}/reuses`} />
          </li>
          <li className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
            <DiscussionCountTile organizationId={organizationId} to={`${base}/discussions`} />
          </li>
          <li className="fr-col-12 fr-col-lg-6">
            <ReviewSummary organizationId={organizationId} />
          </li>
        </ul>
      </section>
    </>
  )
}

function DatasetCountTile({
  organizationId,
  status,
  to,
}: {
  organizationId: string
  status: (typeof statuses)[number]
  to: string
}) {
  const t = useMessages(organizationMessages)
  const query = useQuery(
    datasetQueries.count(toDatasetListParams(organizationId, defaultListSearch, status)),
  )
  return <CountTile label={t.statuses[status]} hint={t.statusHints[status]} query={query} to={to} />
}

function ReuseCountTile({ organizationId, to }: { organizationId: string; to: string }) {
  const t = useMessages(organizationMessages)
  const query = useQuery(organizationCountQueries.reuses(organizationId))
  return <CountTile label={t.reuses} query={query} to={to} />
}

function DiscussionCountTile({ organizationId, to }: { organizationId: string; to: string }) {
  const t = useMessages(organizationMessages)
  const query = useQuery(organizationCountQueries.openDiscussions(organizationId))
  return <CountTile label={t.openDiscussions} query={query} to={to} />
}

function CountTile({
  label,
  hint,
  query,
  to,
}: {
  label: string
  hint?: string
  query: UseQueryResult<number>
  to: string
}) {
  const t = useMessages(organizationMessages)
  const language = useLanguage()
  const count = query.isSuccess ? formatNumber(query.data, language) : undefined
  return (
    <Tile
      title={
        <>
          {count === undefined ? (
            <span className="fr-text--sm fr-mb-0">
              {query.isError ? t.countError : t.countLoading}
            </span>
          ) : (
            <span className="fr-h3 fr-mb-0">{count}</span>
          )}{' '}
          <span>{label}</span>
        </>
      }
      titleAs="h3"
      desc={hint}
      linkProps={{ to }}
      enlargeLinkOrButton
      orientation="vertical"
      small
    />
  )
}
