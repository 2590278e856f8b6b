import { Link } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { brokenKinds, type BrokenResource } from './analyse'
import { ChartFigure } from './chart-figure'
import { healthCsv } from './export'
import { FindingsTable, HealthSection, type SectionProps } from './health-sections'
import { healthMessages, type HealthMessages } from './messages'
import { datasetPath } from './section-rows'

function problemText(resource: BrokenResource, t: HealthMessages): string {
  const kind = t.brokenKinds[resource.kind]
  return resource.status === null ? kind : `${kind} — ${t.status(resource.status)}`
}

/** Resources whose link fails, by dataset, and those the checker has not looked at. */
export function BrokenSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const rows = report.broken.flatMap((group) =>
    group.resources.map((resource) => ({ group, resource })),
  )
  const { file, remote } = report.unchecked
  return (
    <HealthSection id="health-broken" title={t.brokenTitle}>
      <ChartFigure
        title={t.brokenChart}
        summary={t.brokenSummary(report.broken_count, report.broken.length)}
        labels={brokenKinds.map((kind) => t.brokenKinds[kind])}
        values={brokenKinds.map((kind) => report.broken_by_kind[kind])}
        tone="error"
      />
      <FindingsTable
        caption={t.brokenTitle}
        columns={[t.colDataset, t.colResource, t.colProblem, t.colCheckedAt, t.colUrl]}
        rows={rows}
        exportRows={() => healthCsv.broken(report.broken)}
        exportName="broken-links"
        renderRow={({ group, resource }, index) => (
          <tr key={resource.resource_id}>
            <td>
              {/* a dataset's name once, at the first of its rows */}
              {rows[index - 1]?.group !== group ? (
                <Link to={datasetPath(organizationId, group.dataset_id)}>
                  {group.dataset_title}
                </Link>
              ) : null}
            </td>
            <td>
              <Link
                to={`${datasetPath(organizationId, group.dataset_id)}/resources?resource=${encodeURIComponent(resource.resource_id)}`}
                aria-label={t.openResource(resource.title)}
              >
                {resource.title}
              </Link>
            </td>
            <td>
              {problemText(resource, t)}
              {resource.error ? <span className="fr-hint-text">{resource.error}</span> : null}
            </td>
            <td>{formatDate(resource.checked_at, language) ?? '—'}</td>
            <td className="health-url fr-text--xs">{resource.url}</td>
          </tr>
        )}
      />
      <h3 className="fr-h6" id="health-unchecked">
        {t.uncheckedTitle}
      </h3>
      <p className="fr-mb-1w">{t.uncheckedText(file, remote)}</p>
      <p className="fr-text--sm">{t.uncheckedNote}</p>
    </HealthSection>
  )
}
