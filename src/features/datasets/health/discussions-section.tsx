import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Link } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { ChartFigure } from './chart-figure'
import { healthCsv } from './export'
import { FindingsTable, HealthSection, type SectionProps } from './health-sections'
import { healthMessages } from './messages'

/** How fast the organization answers, and the discussions still open. */
export function DiscussionsSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const open = report.open_discussions
  return (
    <HealthSection id="health-discussions" title={t.discussionsTitle}>
      <p className="fr-mb-1w">
        {report.median_first_answer_days === null
          ? t.medianNone
          : t.medianAnswer(report.median_first_answer_days, report.answered_last_year)}
      </p>
      <p className="fr-text--sm">{t.answerNote}</p>
      <ChartFigure
        title={t.openChart}
        summary={t.discussionsSummary(open.length, report.unanswered_count)}
        labels={t.ageBuckets}
        values={report.open_by_age}
        tone="info"
      />
      <FindingsTable
        caption={t.discussionsTitle}
        columns={[t.colDiscussion, t.colOpenedAt, t.colAnswered]}
        rows={open}
        exportRows={() => healthCsv.discussions(open)}
        exportName="open-discussions"
        renderRow={(discussion) => (
          <tr key={discussion.id}>
            <td>
              <Link
                to={`/organizations/${encodeURIComponent(organizationId)}/discussions/${encodeURIComponent(discussion.id)}`}
              >
                {discussion.title}
              </Link>
            </td>
            <td>{formatDate(discussion.created, language)}</td>
            <td>
              <Badge small severity={discussion.answered ? 'success' : 'warning'} noIcon>
                {discussion.answered ? t.answered : t.unanswered}
              </Badge>
            </td>
          </tr>
        )}
      />
    </HealthSection>
  )
}
