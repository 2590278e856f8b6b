import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { ChartFigure } from './chart-figure'
import { healthCsv } from './export'
import { FindingsTable, HealthSection, type SectionProps } from './health-sections'
import { healthMessages } from './messages'
import { datasetPath } from './section-rows'

/** Datasets updated later than their frequency promises, by how late. */
export function StaleSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const frequencies = useQuery(datasetReferenceQueries.frequencies(language))
  const frequencyLabel = (id: string) => frequencies.data?.find((f) => f.id === id)?.label ?? id
  return (
    <HealthSection id="health-stale" title={t.staleTitle}>
      <ChartFigure
        title={t.staleChart}
        summary={t.staleSummary(report.stale.length)}
        labels={t.ageBuckets}
        values={report.stale_by_lateness}
        tone="warning"
      />
      <FindingsTable
        caption={t.staleTitle}
        columns={[t.colDataset, t.colFrequency, t.colLastUpdate, t.colDue, t.colLate]}
        rows={report.stale}
        exportRows={() => healthCsv.stale(report.stale)}
        exportName="late-datasets"
        renderRow={(stale) => (
          <tr key={stale.dataset_id}>
            <td>
              <Link to={datasetPath(organizationId, stale.dataset_id)}>{stale.title}</Link>
            </td>
            <td>{frequencyLabel(stale.frequency)}</td>
            <td>{formatDate(stale.last_update, language) ?? '—'}</td>
            <td>{formatDate(stale.due_at, language)}</td>
            <td>{t.daysLate(stale.days_late)}</td>
          </tr>
        )}
      />
    </HealthSection>
  )
}
