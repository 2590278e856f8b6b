import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { CreatePage } from '@/ui/create-page'
import { reuseMessages } from './messages'
import { ReuseForm } from './reuse-form'

export function ReuseCreatePage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(reuseMessages)
  return (
    <CreatePage
      title={t.createTitle}
      list={{ label: t.reusesTitle, to: `/organizations/${organizationId}/reuses` }}
      intro={t.imageAfterCreate}
    >
      <ReuseForm organizationId={organizationId} />
    </CreatePage>
  )
}
