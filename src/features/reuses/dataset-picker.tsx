import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { useDebouncedValue } from '@/ui/use-debounced-value'
import { reuseMessages } from './messages'
import { datasetPickerQueries } from './queries'
import type { LinkedDataset } from './reuse-form-values'
import type { DatasetSummary } from './types'

/**
 * The reuse's linked datasets, and a search-as-you-type picker over the organization's datasets
 * (drafts included: `/api/2/datasets/?organization=`) and all public ones (`/datasets/suggest/`).
 * The selected list is always the complete one; nothing here pages or truncates it.
 */
export function DatasetPicker({
  organizationId,
  value,
  onChange,
  error,
  legend,
}: {
  organizationId: string
  value: LinkedDataset[]
  onChange: (datasets: LinkedDataset[]) => void
  error?: string
  /** the field's name where it is not a reuse's "datasets used" (an API's linked datasets) */
  legend?: string
}) {
  const t = useMessages(reuseMessages)
  const inputId = useId()
  const [query, setQuery] = useState('')
  const q = useDebouncedValue(query.trim(), 300)
  const searching = q.length >= 2
  const own = useQuery({
    ...datasetPickerQueries.organization(organizationId, q),
    enabled: searching,
  })
  const suggested = useQuery(datasetPickerQueries.suggest(q))
  const selected = new Set(value.map((dataset) => dataset.id))
  const ownResults = (own.data?.data ?? []).filter((dataset) => !dataset.deleted)
  const ownIds = new Set(ownResults.map((dataset) => dataset.id))
  const publicResults = (suggested.data ?? []).filter((dataset) => !ownIds.has(dataset.id))

  const add = (dataset: DatasetSummary) => {
    if (!selected.has(dataset.id)) onChange([...value, { id: dataset.id, title: dataset.title }])
  }
  const renderResults = (title: string, results: DatasetSummary[]) =>
    results.length > 0 ? (
      <div className="fr-mb-2w">
        <p className="fr-text--sm fr-text--bold fr-mb-1v">{title}</p>
        <ul className="fr-raw-list">
          {results.map((dataset) => (
            <li key={dataset.id} className="fr-mb-1v">
              <Button
                type="button"
                size="small"
                priority="tertiary"
                iconId="fr-icon-add-line"
                disabled={selected.has(dataset.id)}
                onClick={() => add(dataset)}
                aria-label={t.addDataset(dataset.title)}
              >
                {dataset.title}
              </Button>
            </li>
          ))}
        </ul>
      </div>
    ) : null

  return (
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      aria-describedby={error ? `${inputId}-error` : undefined}
    >
      <legend className="fr-fieldset__legend">
        {legend ?? t.fieldDatasets}
        <span className="fr-hint-text">{t.datasetsHint}</span>
      </legend>
      <div className="fr-fieldset__element">
        <p className="fr-mb-1w">
          {value.length > 0 ? t.linkedCount(value.length) : t.noLinkedDataset}
        </p>
        {value.length > 0 ? (
          <ul className="fr-tags-group">
            {value.map((dataset) => (
              <li key={dataset.id}>
                <button
                  type="button"
                  className="fr-tag fr-tag--dismiss"
                  aria-label={t.removeDataset(dataset.title)}
                  onClick={() => onChange(value.filter((item) => item.id !== dataset.id))}
                >
                  {dataset.title}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={inputId}>
            {t.datasetSearch}
            <span className="fr-hint-text">{t.datasetSearchPlaceholder}</span>
          </label>
          <input
            id={inputId}
            className="fr-input"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the search box must not submit the whole reuse form.
              if (event.key === 'Enter') event.preventDefault()
            }}
          />
        </div>
        <div aria-live="polite">
          {searching ? (
            ownResults.length === 0 && publicResults.length === 0 ? (
              own.isFetching || suggested.isFetching ? null : (
                <p className="fr-text--sm">{t.noDatasetFound}</p>
              )
            ) : (
              <>
                {renderResults(t.orgDatasets, ownResults)}
                {renderResults(t.publicDatasets, publicResults)}
              </>
            )
          ) : null}
        </div>
      </div>
      {error ? (
        <div className="fr-messages-group" id={`${inputId}-error`}>
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  )
}
