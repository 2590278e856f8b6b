import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { CreatePage } from '@/ui/create-page'
import { DataserviceForm } from './dataservice-form'
import { dataserviceMessages } from './messages'

export function DataserviceCreatePage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(dataserviceMessages)
  return (
    <CreatePage
      title={t.createTitle}
      list={{ label: t.listTitle, to: `/organizations/${organizationId}/dataservices` }}
    >
      <DataserviceForm organizationId={organizationId} />
    </CreatePage>
  )
}
