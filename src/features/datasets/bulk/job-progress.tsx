import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useEffect, useState } from 'react'
import type { RunnerSnapshot } from './apply'
import { itemStatuses } from './job'
import type { BulkMessages } from './messages'
import { StatusBadge } from './status-badge'

/** The job's progress: bar, pace, counts per status, and the wait a rate limit imposes. */
export function ProgressPanel({ snapshot, t }: { snapshot: RunnerSnapshot; t: BulkMessages }) {
  const { progress } = snapshot
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!progress.waiting_until) return
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [progress.waiting_until])
  const max = Math.max(1, progress.to_process)
  return (
    <div className="fr-mb-3w">
      <p id="bulk-progress-label" className="fr-text--bold fr-mb-1w">
        {t.progressLabel}
      </p>
      <progress
        className="bulk-progress"
        aria-labelledby="bulk-progress-label"
        max={max}
        value={progress.processed}
      />
      <p className="bulk-progress-line" aria-live="polite">
        <span>{t.progressText(progress.processed, progress.to_process)}</span>
        {snapshot.state === 'running' && progress.remaining_ms ? (
          <span>{t.timeLeft(progress.remaining_ms)}</span>
        ) : null}
        {snapshot.state === 'running' && progress.rate ? (
          <span>{t.rate(progress.rate)}</span>
        ) : null}
      </p>
      <ul className="fr-badges-group fr-mt-1w">
        {itemStatuses
          .filter((status) => progress.counts[status] > 0)
          .map((status) => (
            <li key={status}>
              <StatusBadge status={status}>
                {t.statusCount(t.statuses[status], progress.counts[status])}
              </StatusBadge>
            </li>
          ))}
      </ul>
      {progress.waiting_until && progress.waiting_until > now ? (
        <Alert
          severity="info"
          small
          description={t.waitingRateLimit(progress.waiting_until - now)}
        />
      ) : null}
    </div>
  )
}
