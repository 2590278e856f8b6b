import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { useMemo, useState, type ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import { ChangeList } from './change-list'
import { ConcurrencySelect } from './concurrency-select'
import type { BulkField } from './fields'
import { bulkMessages } from './messages'
import { countWarnings, type Plan, type PlanItem, type PlanWarning } from './plan'
import { useValueLabels } from './use-value-labels'
import { VirtualList } from './virtual-list'

const warningOrder: PlanWarning[] = ['no-permission', 'invalid', 'harvested']

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
  onApply: (options: { skipHarvested: boolean; concurrency: number }) => void
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
  const tabs = [
    { id: 'changed', label: t.tabChanged(plan.changed.length) },
    { id: 'unchanged', label: t.tabUnchanged(plan.unchanged.length) },
  ] as const

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
      <ChangeList change={item} labels={labels} t={t} />
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
        {tabs.map((option) => (
          <Button
            key={option.id}
            size="small"
            priority={tab === option.id ? 'primary' : 'secondary'}
            nativeButtonProps={{ 'aria-pressed': tab === option.id }}
            onClick={() => setTab(option.id)}
          >
            {option.label}
          </Button>
        ))}
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
        <ConcurrencySelect
          label={t.concurrency}
          hint={t.concurrencyHint}
          value={concurrency}
          onChange={setConcurrency}
        />
      </div>
      <div className="bulk-actions">
        <Button
          disabled={applicable === 0 || pending}
          onClick={() => onApply({ skipHarvested, concurrency })}
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
