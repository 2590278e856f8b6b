import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ListTable } from '@/ui/list-results'
import { usePagedList } from '@/ui/paged-list'
import { usePageTitle } from '@/ui/page-title'
import { ListQuerySearch } from '@/ui/list-query-search'
import { formatDateTime } from '@/ui/dates'
import {
  discussionStates,
  parseDiscussionListSearch,
  toDiscussionApiParams,
  toDiscussionListSearchParams,
} from './discussion-list-params'
import { discussionStatus, lastMessage, userName } from './format'
import { discussionMessages } from './messages'
import { discussionQueries } from './queries'
import { SubjectLink } from './subject-link'
import '@codegouvfr/react-dsfr/dsfr/component/segmented/segmented.main.min.css'

export function OrganizationDiscussionsPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(discussionMessages)
  const lang = useLanguage()
  usePageTitle(t.title)
  const { search, update, list, table } = usePagedList(
    parseDiscussionListSearch,
    toDiscussionListSearchParams,
    (search, page) =>
      discussionQueries.list({ ...toDiscussionApiParams(organizationId, search), page }),
  )

  const stateLabel = { open: t.open, closed: t.closed, all: t.all }
  const statusLabel = { new: t.statusNew, answered: t.statusAnswered, closed: t.statusClosed }
  const statusSeverity = { new: 'new', answered: 'success', closed: 'info' } as const

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <p>{t.intro}</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6">
          <ListQuerySearch id="discussions-q" messages={t} search={search} update={update} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <SegmentedControl
            legend={t.state}
            segments={
              discussionStates.map((state) => ({
                label: stateLabel[state],
                nativeInputProps: {
                  checked: search.state === state,
                  onChange: () => update({ state }),
                },
              })) as [
                { label: string; nativeInputProps: { checked: boolean; onChange: () => void } },
                { label: string; nativeInputProps: { checked: boolean; onChange: () => void } },
              ]
            }
          />
        </div>
      </div>

      <ListTable
        {...table}
        status={t.count(list.data?.total ?? 0)}
        caption={t.tableCaption}
        columns={[t.colTitle, t.colSubject, t.colStatus, t.colMessages, t.colLast, t.colCreated]}
        empty={<p>{t.none}</p>}
        renderRow={(discussion) => {
          const status = discussionStatus(discussion)
          const last = lastMessage(discussion)
          return (
            <tr key={discussion.id}>
              <td>
                <Link to={`/organizations/${organizationId}/discussions/${discussion.id}`}>
                  {discussion.title}
                </Link>
              </td>
              <td>
                <SubjectLink organizationId={organizationId} subject={discussion.subject} />
              </td>
              <td>
                <Badge as="span" small noIcon severity={statusSeverity[status]}>
                  {statusLabel[status]}
                </Badge>
              </td>
              <td>{discussion.discussion.length}</td>
              <td>
                {last
                  ? t.by(
                      last.posted_by_organization?.name ??
                        userName(last.posted_by) ??
                        t.unknownUser,
                      formatDateTime(last.posted_on, lang) ?? '',
                    )
                  : '—'}
              </td>
              <td>{formatDateTime(discussion.created, lang) ?? ''}</td>
            </tr>
          )
        }}
      />
    </div>
  )
}
