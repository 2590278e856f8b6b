import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Tile } from '@codegouvfr/react-dsfr/Tile'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Navigate, useSearchParams } from 'react-router'
import { instanceHost } from '@/auth/instance-urls'
import { meQueries, type Me, type MeOrganization } from '@/auth/me'
import { useSession } from '@/session/use-session'
import { MyInvitations } from '@/features/members/my-invitations'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { getLastOrganization } from '@/features/organizations/last-organization'
import { organizationMessages } from '@/features/organizations/messages'
import { NoOrganization } from './no-organization'
import { organizationQueries } from '@/features/organizations/queries'
import { roleOf } from '@/features/organizations/roles'
// Not in the up-front DSFR stylesheet (scripts/dsfr-css.mjs): this page brings its own.
import '@codegouvfr/react-dsfr/dsfr/component/tile/tile.main.min.css'

/**
 * `/`: the user's organizations with their role. The one picked last on this instance opens
 * directly, unless the user came here to choose again (`/?choose`).
 */
export function OrganizationPickerPage() {
  const t = useMessages(organizationMessages)
  const session = useSession()
  const [searchParams] = useSearchParams()
  const me = useQuery(meQueries.current())
  const organizations = me.data?.organizations ?? []
  const last = session ? getLastOrganization(session.instance) : null
  const goesStraightToLast =
    !searchParams.has('choose') && last !== null && organizations.some((org) => org.id === last)
  usePageTitle(
    me.data && organizations.length === 0
      ? t.noOrgTitle
      : goesStraightToLast
        ? undefined
        : t.pickerTitle,
  )

  if (me.isPending) return <LoadingState />
  if (me.isError) return <ErrorState page error={me.error} onRetry={() => void me.refetch()} />
  if (!session) return null
  if (goesStraightToLast) return <Navigate to={`/organizations/${last}`} replace />
  if (organizations.length === 0)
    return <NoOrganization instance={session.instance} onRefresh={() => void me.refetch()} />

  return (
    <>
      <h1>{t.pickerTitle}</h1>
      <p>{t.pickerIntro(instanceHost(session.instance))}</p>
      <MyInvitations />
      <OrganizationTiles me={me.data} organizations={organizations} lastUsed={last} />
    </>
  )
}

function OrganizationTiles({
  me,
  organizations,
  lastUsed,
}: {
  me: Me
  organizations: MeOrganization[]
  lastUsed: string | null
}) {
  const t = useMessages(organizationMessages)
  // One small request per organization for the role (members[]); users belong to a handful.
  const details = useQueries({
    queries: organizations.map((org) => organizationQueries.detail(org.id)),
  })
  const sorted = organizations
    .map((org, index) => ({ org, detail: details[index]?.data }))
    .sort((a, b) => a.org.name.localeCompare(b.org.name))

  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {sorted.map(({ org, detail }) => {
        const role = roleOf(me.id, org, detail)
        const datasets = detail?.metrics?.datasets
        return (
          <li key={org.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            <Tile
              title={org.acronym ? `${org.name} (${org.acronym})` : org.name}
              titleAs="h2"
              linkProps={{ to: `/organizations/${org.id}` }}
              enlargeLinkOrButton
              orientation="vertical"
              start={
                org.id === lastUsed ? (
                  <Badge small severity="info" noIcon>
                    {t.lastUsed}
                  </Badge>
                ) : undefined
              }
              desc={
                role ? (
                  <>
                    {t.roleLabel} <strong>{t.roles[role]}</strong>
                    <br />
                    <span className="fr-text--xs">{t.roleHints[role]}</span>
                  </>
                ) : (
                  t.roleLoading
                )
              }
              detail={datasets === undefined ? undefined : t.datasetsCount(datasets)}
              noIcon
            />
          </li>
        )
      })}
    </ul>
  )
}
