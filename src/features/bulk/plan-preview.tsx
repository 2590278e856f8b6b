import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import { maxConcurrency, minConcurrency } from './apply'
import { ChangeList } from './change-list'
import type { BulkField } from './fields'
import { bulkMessages } from './messages'
import { countWarnings, type Plan, type PlanItem, type PlanWarning } from './plan'
import { useValueLabels } from './use-value-labels'

const warningOrder: PlanWarning[] = ['no-permission', 'invalid', 'harvested']

/** A long list that stays smooth: only the rows in view are in the DOM. */
export function VirtualList<T>({
  items,
  label,
  estimateSize,
  renderItem,
  getKey,
  tall = false,
}: {
  items: readonly T[]
  label: string
  estimateSize: number
  renderItem: (item: T) => ReactNode
  getKey: (item: T) => string
  tall?: boolean
}) {
  const parentRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    overscan: 8,
    getItemKey: (index) => getKey(items[index] as T),
  })
  return (
    <div
      ref={parentRef}
      className="bulk-virtual"
      // As tall as its rows, up to a cap: two rows do not leave a screen of blank.
      style={{ height: `min(${virtualizer.getTotalSize() + 2}px, ${tall ? '36rem' : '26rem'})` }}
      role="region"
      aria-label={label}
      // A scrollable region must be reachable with the keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <ul
        className="bulk-virtual__inner fr-raw-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="bulk-virtual__row"
            style={{ transform: `translateY(${row.start}px)` }}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
          >
            {renderItem(items[row.index] as T)}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function PlanPreview({
  organizationId,
  plan,
  extra,
  pending,
  onApply,
  onBack,
}: {
  organizationId: string
  plan: Plan
  /** Import problems, shown above the list. */
  extra?: ReactNode
  pending: boolean
  onApply: (options: { skip_harvested: boolean; concurrency: number }) => void
  onBack?: () => void
}) {
  const t = useMessages(bulkMessages)
  const [tab, setTab] = useState<'changed' | 'unchanged'>('changed')
  const [skipHarvested, setSkipHarvested] = useState(false)
  const [concurrency, setConcurrency] = useState(4)
  const warnings = countWarnings(plan)
  const fields = useMemo(
    () => new Set<BulkField>(plan.changed.flatMap((item) => item.touched)),
    [plan.changed],
  )
  const labels = useValueLabels(organizationId, fields)
  const applicable = plan.changed.filter(
    (item) =>
      !item.warnings.includes('no-permission') &&
      !item.warnings.includes('invalid') &&
      !(skipHarvested && item.warnings.includes('harvested')),
  ).length
  const items = tab === 'changed' ? plan.changed : plan.unchanged

  const renderItem = (item: PlanItem) => (
    <>
      <p className="fr-text--bold fr-mb-0">{item.title}</p>
      {item.warnings.length > 0 ? (
        <ul className="fr-badges-group fr-mt-1v fr-mb-0">
          {item.warnings.map((warning) => (
            <li key={warning}>
              <p
                className={`fr-badge fr-badge--sm ${warning === 'harvested' ? 'fr-badge--warning' : 'fr-badge--error'}`}
              >
                {t.warnings[warning]}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <ChangeList
        touched={item.touched}
        before={item.before}
        after={item.after}
        labels={labels}
        t={t}
      />
    </>
  )

  return (
    <section aria-labelledby="bulk-preview-title">
      <h3 id="bulk-preview-title" className="fr-h5">
        {t.previewTitle}
      </h3>
      <p role="status">
        {t.previewSummary(plan.changed.length, plan.unchanged.length)} {t.nothingWritten}
      </p>
      {extra}
      {warningOrder.some((warning) => warnings[warning] > 0) ? (
        <Alert
          severity="warning"
          small
          className="fr-mb-2w"
          description={
            <ul className="fr-mb-0">
              {warningOrder
                .filter((warning) => warnings[warning] > 0)
                .map((warning) => (
                  <li key={warning}>{t.warningCount(warning, warnings[warning])}</li>
                ))}
            </ul>
          }
        />
      ) : null}

      <div className="bulk-toggle" role="group" aria-label={t.previewList}>
        <Button
          size="small"
          priority={tab === 'changed' ? 'primary' : 'secondary'}
          nativeButtonProps={{ 'aria-pressed': tab === 'changed' }}
          onClick={() => setTab('changed')}
        >
          {t.tabChanged(plan.changed.length)}
        </Button>
        <Button
          size="small"
          priority={tab === 'unchanged' ? 'primary' : 'secondary'}
          nativeButtonProps={{ 'aria-pressed': tab === 'unchanged' }}
          onClick={() => setTab('unchanged')}
        >
          {t.tabUnchanged(plan.unchanged.length)}
        </Button>
      </div>
      {items.length > 0 ? (
        <VirtualList
          key={tab}
          items={items}
          label={tab === 'changed' ? t.tabChanged(items.length) : t.tabUnchanged(items.length)}
          estimateSize={tab === 'changed' ? 76 : 44}
          getKey={(item) => item.dataset_id}
          renderItem={renderItem}
        />
      ) : (
        <p>{tab === 'changed' ? t.nothingToApply : t.noResults}</p>
      )}

      {warnings.harvested > 0 ? (
        <Checkbox
          className="fr-mt-2w"
          options={[
            {
              label: t.skipHarvested,
              nativeInputProps: {
                checked: skipHarvested,
                onChange: (event) => setSkipHarvested(event.target.checked),
              },
            },
          ]}
        />
      ) : null}
      <div className="bulk-controls">
        <Select
          label={t.concurrency}
          hint={t.concurrencyHint}
          nativeSelectProps={{
            value: String(concurrency),
            onChange: (event) => setConcurrency(Number(event.target.value)),
          }}
        >
          {Array.from(
            { length: maxConcurrency - minConcurrency + 1 },
            (_, index) => index + minConcurrency,
          ).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </div>
      <div className="bulk-actions">
        <Button
          disabled={applicable === 0 || pending}
          onClick={() => onApply({ skip_harvested: skipHarvested, concurrency })}
        >
          {t.apply(applicable)}
        </Button>
        {onBack ? (
          <Button priority="secondary" onClick={onBack}>
            {t.back}
          </Button>
        ) : null}
      </div>
    </section>
  )
}
