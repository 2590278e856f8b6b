import { useQuery } from '@tanstack/react-query'
import { useMessages } from '@/i18n/messages'
import { organizationQueries, useOrganizationId } from '@/features/organizations/queries'
import { ImageUploadField } from '@/ui/image-upload-field'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { profileMessages } from './messages'
import { useUploadLogo } from './mutations'
import { ProfileForm, ReadOnlyNote } from './profile-form'

export function ProfilePage() {
  const organizationId = useOrganizationId()
  const t = useMessages(profileMessages)
  const detail = useQuery(organizationQueries.detail(organizationId))
  const upload = useUploadLogo(organizationId)
  usePageTitle(t.title)
  if (detail.isPending) return <LoadingState />
  if (detail.isError)
    return <ErrorState page error={detail.error} onRetry={() => void detail.refetch()} />
  const organization = detail.data
  const readOnly = !organization.permissions?.edit
  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      {readOnly ? <ReadOnlyNote /> : null}
      <section className="fr-mb-6w" aria-labelledby="profile-logo-title">
        <h2 id="profile-logo-title" className="fr-h5">
          {t.logo}
        </h2>
        <ImageUploadField
          image={organization.logo}
          upload={upload}
          currentAlt={t.logoCurrent(organization.name)}
          disabled={readOnly}
        />
      </section>
      <ProfileForm key={organization.id} organization={organization} readOnly={readOnly} />
    </div>
  )
}
