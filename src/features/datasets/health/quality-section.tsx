import { Link } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { qualityCriteria } from './analyse'
import { ChartFigure } from './chart-figure'
import { healthCsv } from './export'
import { FixInBulk } from './fix-in-bulk'
import { ExportButton, HealthSection, More, type SectionProps } from './health-sections'
import { healthMessages } from './messages'
import { datasetPath, firstRows } from './section-rows'

function medianScore(distribution: readonly number[]): number {
  const total = distribution.reduce((sum, n) => sum + n, 0)
  let seen = 0
  for (const [met, count] of distribution.entries()) {
    seen += count
    if (seen * 2 >= total) return met
  }
  return 0
}

/** The quality score's spread, and for each criterion the datasets that miss it. */
export function QualitySection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const scored = report.score_distribution.reduce((sum, n) => sum + n, 0)
  const criteria = [...qualityCriteria].sort(
    (a, b) => report.failing[b].length - report.failing[a].length,
  )
  return (
    <HealthSection id="health-quality" title={t.qualityTitle}>
      <ChartFigure
        title={t.scoreChart}
        summary={t.qualitySummary(medianScore(report.score_distribution), scored)}
        labels={report.score_distribution.map((_, met) => t.scoreLabel(met))}
        values={report.score_distribution}
        tone="info"
      />
      <ChartFigure
        title={t.criteriaChart}
        summary={t.criteriaSummary(
          criteria
            .filter((c) => report.failing[c].length > 0)
            .slice(0, 3)
            .map((c) => [t.criteria[c], report.failing[c].length] as const),
        )}
        labels={criteria.map((c) => t.criteria[c])}
        values={criteria.map((c) => report.failing[c].length)}
        tone="warning"
        horizontal
      />
      {criteria
        .filter((criterion) => report.failing[criterion].length > 0)
        .map((criterion) => {
          const failing = report.failing[criterion]
          return (
            <details key={criterion} className="fr-mb-2w" id={`health-criterion-${criterion}`}>
              <summary>
                {t.criteria[criterion]} — {t.criterionFailing(failing.length)}
              </summary>
              <div className="health-toolbar fr-my-2w">
                <FixInBulk
                  organizationId={organizationId}
                  criterion={criterion}
                  datasetIds={failing.map((f) => f.dataset_id)}
                  label={t.fixInBulk(t.criteria[criterion], failing.length)}
                />
                <ExportButton
                  rows={() => healthCsv.failing(failing)}
                  name={`quality-${criterion}`}
                />
              </div>
              <ul>
                {firstRows(failing).map((f) => (
                  <li key={f.dataset_id}>
                    <Link to={datasetPath(organizationId, f.dataset_id)}>{f.title}</Link>{' '}
                    <span className="fr-text--sm">
                      ({t.colScore} {t.scoreLabel(Math.round(f.score * 9))})
                    </span>
                  </li>
                ))}
              </ul>
              <More total={failing.length} />
            </details>
          )
        })}
    </HealthSection>
  )
}
