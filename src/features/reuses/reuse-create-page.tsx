import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { listHref } from '@/ui/list-return'
import { reuseMessages } from './messages'
import { ReuseForm } from './reuse-form'
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.main.min.css'

export function ReuseCreatePage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(reuseMessages)
  usePageTitle(t.createTitle)
  return (
    <div className="fr-pb-4w">
      <Breadcrumb
        currentPageLabel={t.createTitle}
        segments={[
          {
            label: t.reusesTitle,
            linkProps: { to: listHref(`/organizations/${organizationId}/reuses`) },
          },
        ]}
      />
      <h1 className="fr-h2">{t.createTitle}</h1>
      <p className="fr-hint-text">{t.imageAfterCreate}</p>
      <ReuseForm organizationId={organizationId} />
    </div>
  )
}
