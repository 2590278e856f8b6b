import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { DismissibleTags } from '@/ui/dismissible-tags'
import { useDebouncedValue } from '@/ui/use-debounced-value'
import type { DatasetFieldProps } from './field-props'
import { datasetPageMessages } from './page-messages'
import { datasetSuggestQueries } from './queries'
import { SuggestInput } from './suggest-input'

/** The spatial zones the dataset covers, picked from udata's suggestions. */
export function ZonesField({ form, idPrefix }: DatasetFieldProps) {
  const t = useMessages(datasetPageMessages)
  const zones = useWatch({ control: form.control, name: 'zones' })
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim(), 250)
  const suggestions = useQuery(datasetSuggestQueries.zones(q))
  const error = form.formState.errors.zones
  const message = error?.message ?? (Array.isArray(error) ? undefined : error?.root?.message)

  return (
    <div className="fr-mb-3w">
      <SuggestInput
        id={`${idPrefix}-zones`}
        label={t.fieldZones}
        hint={t.fieldSpatialZonesHint}
        value={text}
        onChange={setText}
        onPick={(suggestion) => {
          if (!zones.some((zone) => zone.id === suggestion.key))
            form.setValue('zones', [...zones, { id: suggestion.key, name: suggestion.label }], {
              shouldDirty: true,
              shouldValidate: true,
            })
          setText('')
        }}
        suggestions={(suggestions.data ?? [])
          .filter((zone) => !zones.some((other) => other.id === zone.id))
          .map((zone) => ({
            key: zone.id,
            label: zone.name,
            detail: [zone.level, zone.code].filter(Boolean).join(' · '),
          }))}
        suggestionsLabel={t.zoneSuggestions}
        error={message}
      />
      <DismissibleTags
        label={t.fieldZones}
        items={zones.map((zone) => ({ key: zone.id, label: zone.name }))}
        empty={t.noZones}
        removeLabel={t.removeZone}
        onRemove={(id) =>
          form.setValue(
            'zones',
            zones.filter((other) => other.id !== id),
            { shouldDirty: true, shouldValidate: true },
          )
        }
      />
    </div>
  )
}
