import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Operation } from '@/features/bulk/operations'
import { formatDate } from '@/ui/dates'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import {
  brokenKinds,
  qualityCriteria,
  type BrokenResource,
  type HealthReport,
  type QualityCriterion,
} from './analyse'
import { ChartFigure } from './chart-figure'
import { downloadCsv, healthCsv } from './export'
import { FixInBulk } from './fix-in-bulk'
import { healthMessages, type HealthMessages } from './messages'

/** Rows shown per list; the CSV export has them all. */
const shownRows = 50

/** Findings a bulk operation fixes, with the operation the bulk form opens on. */
const bulkFixes: Partial<Record<QualityCriterion, Operation>> = {
  license: { kind: 'set-license', license: '' },
  update_frequency: { kind: 'set-frequency', frequency: '' },
  temporal_coverage: { kind: 'set-temporal-coverage', temporal_coverage: null },
}

type SectionProps = { report: HealthReport; organizationId: string }

const datasetPath = (organizationId: string, datasetId: string) =>
  `/organizations/${encodeURIComponent(organizationId)}/datasets/${encodeURIComponent(datasetId)}`

function ExportButton({ rows, name }: { rows: () => string[][]; name: string }) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  return (
    <Button
      size="small"
      priority="secondary"
      iconId="fr-icon-download-line"
      onClick={() => {
        const all = rows()
        downloadCsv(all, name, language)
        notify({ kind: 'success', message: t.exported(all.length - 1) })
      }}
    >
      {t.exportCsv}
    </Button>
  )
}

function More({ total }: { total: number }) {
  const t = useMessages(healthMessages)
  return total > shownRows ? <p className="fr-text--sm">{t.more(total - shownRows)}</p> : null
}

function problemText(resource: BrokenResource, t: HealthMessages): string {
  const kind = t.brokenKinds[resource.kind]
  return resource.status === null ? kind : `${kind} — ${t.status(resource.status)}`
}

export function BrokenSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const rows = report.broken.flatMap((group) =>
    group.resources.map((resource) => ({ group, resource })),
  )
  const { file, remote } = report.unchecked
  return (
    <section aria-labelledby="health-broken" className="fr-mb-6w">
      <h2 id="health-broken" className="fr-h3">
        {t.brokenTitle}
      </h2>
      <ChartFigure
        title={t.brokenChart}
        summary={t.brokenSummary(report.broken_count, report.broken.length)}
        labels={brokenKinds.map((kind) => t.brokenKinds[kind])}
        values={brokenKinds.map((kind) => report.broken_by_kind[kind])}
        tone="error"
      />
      {rows.length > 0 ? (
        <>
          <div className="health-toolbar fr-mb-2w">
            <ExportButton rows={() => healthCsv.broken(report.broken)} name="broken-links" />
          </div>
          <div className="fr-table fr-table--sm fr-table--no-caption">
            <table>
              <caption>{t.brokenTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colDataset}</th>
                  <th scope="col">{t.colResource}</th>
                  <th scope="col">{t.colProblem}</th>
                  <th scope="col">{t.colCheckedAt}</th>
                  <th scope="col">{t.colUrl}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shownRows).map(({ group, resource }, index) => (
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
                      {resource.error ? (
                        <span className="fr-hint-text">{resource.error}</span>
                      ) : null}
                    </td>
                    <td>{formatDate(resource.checked_at, language) ?? '—'}</td>
                    <td className="health-url fr-text--xs">{resource.url}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={rows.length} />
        </>
      ) : null}
      <h3 className="fr-h6" id="health-unchecked">
        {t.uncheckedTitle}
      </h3>
      <p className="fr-mb-1w">{t.uncheckedText(file, remote)}</p>
      <p className="fr-text--sm">{t.uncheckedNote}</p>
    </section>
  )
}

export function StaleSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const frequencies = useQuery(datasetReferenceQueries.frequencies(language))
  const frequencyLabel = (id: string) => frequencies.data?.find((f) => f.id === id)?.label ?? id
  return (
    <section aria-labelledby="health-stale" className="fr-mb-6w">
      <h2 id="health-stale" className="fr-h3">
        {t.staleTitle}
      </h2>
      <ChartFigure
        title={t.staleChart}
        summary={t.staleSummary(report.stale.length)}
        labels={t.ageBuckets}
        values={report.stale_by_lateness}
        tone="warning"
      />
      {report.stale.length > 0 ? (
        <>
          <div className="health-toolbar fr-mb-2w">
            <ExportButton rows={() => healthCsv.stale(report.stale)} name="late-datasets" />
          </div>
          <div className="fr-table fr-table--sm fr-table--no-caption">
            <table>
              <caption>{t.staleTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colDataset}</th>
                  <th scope="col">{t.colFrequency}</th>
                  <th scope="col">{t.colLastUpdate}</th>
                  <th scope="col">{t.colDue}</th>
                  <th scope="col">{t.colLate}</th>
                </tr>
              </thead>
              <tbody>
                {report.stale.slice(0, shownRows).map((stale) => (
                  <tr key={stale.dataset_id}>
                    <td>
                      <Link to={datasetPath(organizationId, stale.dataset_id)}>{stale.title}</Link>
                    </td>
                    <td>{frequencyLabel(stale.frequency)}</td>
                    <td>{formatDate(stale.last_update, language) ?? '—'}</td>
                    <td>{formatDate(stale.due_at, language)}</td>
                    <td>{t.daysLate(stale.days_late)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={report.stale.length} />
        </>
      ) : null}
    </section>
  )
}

function medianScore(distribution: readonly number[]): number {
  const total = distribution.reduce((sum, n) => sum + n, 0)
  let seen = 0
  for (const [met, count] of distribution.entries()) {
    seen += count
    if (seen * 2 >= total) return met
  }
  return 0
}

export function QualitySection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const scored = report.score_distribution.reduce((sum, n) => sum + n, 0)
  const criteria = [...qualityCriteria].sort(
    (a, b) => report.failing[b].length - report.failing[a].length,
  )
  return (
    <section aria-labelledby="health-quality" className="fr-mb-6w">
      <h2 id="health-quality" className="fr-h3">
        {t.qualityTitle}
      </h2>
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
          const fix = bulkFixes[criterion]
          return (
            <details key={criterion} className="fr-mb-2w" id={`health-criterion-${criterion}`}>
              <summary>
                {t.criteria[criterion]} — {t.criterionFailing(failing.length)}
              </summary>
              <div className="health-toolbar fr-my-2w">
                {fix ? (
                  <FixInBulk
                    organizationId={organizationId}
                    datasetIds={failing.map((f) => f.dataset_id)}
                    operation={fix}
                    label={t.fixInBulk(t.criteria[criterion], failing.length)}
                    title={t.fixInBulk(t.criteria[criterion], failing.length)}
                  />
                ) : null}
                <ExportButton
                  rows={() => healthCsv.failing(failing)}
                  name={`quality-${criterion}`}
                />
              </div>
              <ul>
                {failing.slice(0, shownRows).map((f) => (
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
    </section>
  )
}

export function DiscussionsSection({ report, organizationId }: SectionProps) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const open = report.open_discussions
  return (
    <section aria-labelledby="health-discussions" className="fr-mb-6w">
      <h2 id="health-discussions" className="fr-h3">
        {t.discussionsTitle}
      </h2>
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
      {open.length > 0 ? (
        <>
          <div className="health-toolbar fr-mb-2w">
            <ExportButton rows={() => healthCsv.discussions(open)} name="open-discussions" />
          </div>
          <div className="fr-table fr-table--sm fr-table--no-caption">
            <table>
              <caption>{t.discussionsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colDiscussion}</th>
                  <th scope="col">{t.colOpenedAt}</th>
                  <th scope="col">{t.colAnswered}</th>
                </tr>
              </thead>
              <tbody>
                {open.slice(0, shownRows).map((discussion) => (
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
                ))}
              </tbody>
            </table>
          </div>
          <More total={open.length} />
        </>
      ) : null}
    </section>
  )
}
