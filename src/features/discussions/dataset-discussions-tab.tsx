import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { discussionMessages } from './messages'
import { SubjectDiscussions } from './subject-discussions'

/** The dataset page's Discussions tab: read, reply (as oneself or the organization), close, start. */
export function DatasetDiscussionsTab({ datasetId }: { datasetId: string }) {
  const t = useMessages(discussionMessages)
  const { organizationId } = useParams()
  return (
    <section aria-labelledby="dataset-discussions-title">
      <h2 id="dataset-discussions-title" className="fr-h4">
        {t.datasetDiscussionsTitle}
      </h2>
      <SubjectDiscussions
        subject={{ class: 'Dataset', id: datasetId }}
        organizationId={organizationId}
      />
    </section>
  )
}
