import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { formatNumber } from '@/i18n/numbers'
import { formatDateTime } from '@/ui/dates'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState } from '@/ui/query-state'
import type { HealthReport } from './analyse'
import { BrokenSection } from './broken-section'
import { DiscussionsSection } from './discussions-section'
import { healthMessages } from './messages'
import { QualitySection } from './quality-section'
import { healthQueries, useCrawlProgress } from './queries'
import { changesSince, type HealthSnapshot } from './report-store'
import { StaleSection } from './stale-section'
import './health.css'

function Progress({ organizationId, onCancel }: { organizationId: string; onCancel: () => void }) {
  const t = useMessages(healthMessages)
  const progress = useCrawlProgress(organizationId)
  const done = progress?.done ?? 0
  const total = progress?.total ?? 1
  return (
    <div className="health-toolbar fr-mb-3w">
      <label htmlFor="health-progress">{t.progressLabel}</label>
      <progress id="health-progress" max={total} value={done} />
      <span role="status" className="fr-text--sm fr-mb-0">
        {progress ? t.progress(done, total) : null}
      </span>
      <Button size="small" priority="secondary" onClick={onCancel}>
        {t.cancel}
      </Button>
    </div>
  )
}

function SummaryCards({ report }: { report: HealthReport }) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const cards = [
    { label: t.cardBroken, value: report.broken_count, anchor: '#health-broken' },
    {
      label: t.cardUnchecked,
      value: report.unchecked.file + report.unchecked.remote,
      anchor: '#health-unchecked',
    },
    { label: t.cardStale, value: report.stale.length, anchor: '#health-stale' },
    {
      label: t.cardNoLicense,
      value: report.failing.license.length,
      anchor: '#health-criterion-license',
    },
    { label: t.cardUnanswered, value: report.unanswered_count, anchor: '#health-discussions' },
  ]
  return (
    <section aria-labelledby="health-summary" className="fr-mb-4w">
      <h2 id="health-summary" className="fr-h4">
        {t.summaryTitle}
      </h2>
      <p>{t.summaryDatasets(report.dataset_count, report.resource_count)}</p>
      <ul className="health-cards">
        {cards.map((card) => (
          <li key={card.anchor} className="health-card">
            <a href={card.anchor} data-testid={`health-count-${card.anchor.slice(8)}`}>
              <span className="health-card__value">{formatNumber(card.value, language)}</span>
              {card.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Changes({
  organizationId,
  previous,
  report,
}: {
  organizationId: string
  previous: HealthSnapshot | null
  report: HealthReport
}) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  if (!previous) return <p className="fr-text--sm">{t.changesFirst}</p>
  const changes = changesSince(previous, report)
  const base = `/organizations/${encodeURIComponent(organizationId)}/datasets/`
  const lists = [
    {
      label: t.newBroken(changes.new_broken.length),
      items: changes.new_broken.map((r) => ({
        id: r.id,
        title: r.title,
        to: `${base}${encodeURIComponent(r.dataset_id)}/resources?resource=${encodeURIComponent(r.id)}`,
      })),
    },
    {
      label: t.fixedBroken(changes.fixed_broken.length),
      items: changes.fixed_broken.map((r) => ({
        id: r.id,
        title: r.title,
        to: `${base}${encodeURIComponent(r.dataset_id)}/resources`,
      })),
    },
    {
      label: t.newStale(changes.new_stale.length),
      items: changes.new_stale.map((d) => ({
        id: d.id,
        title: d.title,
        to: `${base}${encodeURIComponent(d.id)}`,
      })),
    },
    {
      label: t.fixedStale(changes.fixed_stale.length),
      items: changes.fixed_stale.map((d) => ({
        id: d.id,
        title: d.title,
        to: `${base}${encodeURIComponent(d.id)}`,
      })),
    },
  ].filter((list) => list.items.length > 0)
  return (
    <section aria-labelledby="health-changes" className="fr-mb-4w" data-testid="health-changes">
      <h2 id="health-changes" className="fr-h4">
        {t.changesTitle(formatDateTime(changes.since, language) ?? changes.since)}
      </h2>
      {lists.length === 0 ? <p>{t.changesNone}</p> : null}
      {lists.map((list) => (
        <details key={list.label} className="fr-mb-1w">
          <summary>{list.label}</summary>
          <ul>
            {list.items.slice(0, 50).map((item) => (
              <li key={item.id}>
                <Link to={item.to}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  )
}

/** One organization's catalogue health: what is broken, late or incomplete, and how to fix it. */
export function HealthPage() {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  const organizationId = useParams().organizationId ?? ''
  const queryClient = useQueryClient()
  const options = healthQueries.report(organizationId)
  const query = useQuery(options)
  const [cancelled, setCancelled] = useState(false)
  usePageTitle(t.title)

  const stored = query.data
  const running = query.fetchStatus === 'fetching'

  function start() {
    setCancelled(false)
    void query.refetch()
  }

  function cancel() {
    setCancelled(true)
    void queryClient.cancelQueries({ queryKey: options.queryKey })
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <div className="health-toolbar fr-mb-3w">
        <p className="fr-mb-0" data-testid="health-computed-at">
          {stored
            ? t.computedAt(formatDateTime(stored.report.computed_at, language) ?? '')
            : t.neverComputed}
        </p>
        {!running ? (
          <Button size="small" iconId="fr-icon-refresh-line" onClick={start}>
            {stored ? t.refresh : t.compute}
          </Button>
        ) : null}
      </div>
      {running ? <Progress organizationId={organizationId} onCancel={cancel} /> : null}
      {cancelled && !running ? (
        <Alert severity="info" small description={t.cancelled} className="fr-mb-3w" />
      ) : null}
      {query.isError && !running ? <ErrorState error={query.error} onRetry={start} /> : null}
      {stored ? (
        <>
          <SummaryCards report={stored.report} />
          <Changes
            organizationId={organizationId}
            previous={stored.previous}
            report={stored.report}
          />
          <BrokenSection report={stored.report} organizationId={organizationId} />
          <StaleSection report={stored.report} organizationId={organizationId} />
          <QualitySection report={stored.report} organizationId={organizationId} />
          <DiscussionsSection report={stored.report} organizationId={organizationId} />
        </>
      ) : null}
    </>
  )
}
