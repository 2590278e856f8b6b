import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { listHref } from '@/ui/list-return'
import { DataserviceForm } from './dataservice-form'
import { dataserviceMessages } from './messages'
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.main.min.css'

export function DataserviceCreatePage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(dataserviceMessages)
  usePageTitle(t.createTitle)
  return (
    <div className="fr-pb-4w">
      <Breadcrumb
        currentPageLabel={t.createTitle}
        segments={[
          {
            label: t.listTitle,
            linkProps: { to: listHref(`/organizations/${organizationId}/dataservices`) },
          },
        ]}
      />
      <h1 className="fr-h2">{t.createTitle}</h1>
      <DataserviceForm organizationId={organizationId} />
    </div>
  )
}
