import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useFieldArray, useWatch } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { FieldButton } from '@/ui/field-button'
import { organizationQueries } from '@/features/organizations/queries'
import type { DatasetFieldProps } from './field-props'
import { customDefinitions, customRow, extraRow, type CustomMetadata } from './extras-values'
import { datasetPageMessages } from './page-messages'

type ExtrasFieldProps = DatasetFieldProps & { organizationId: string }

/**
 * The key/value editor of a dataset's extras. `custom:<title>` keys the organization defines
 * (its `extras.custom`) are offered with the input their type needs.
 */
export function ExtrasField({ form, organizationId, idPrefix }: ExtrasFieldProps) {
  const t = useMessages(datasetPageMessages)
  const { control, register, formState } = form
  const { fields, append, remove } = useFieldArray({ control, name: 'extras' })
  const rows = useWatch({ control, name: 'extras' })
  const organization = useQuery(organizationQueries.detail(organizationId))
  const definitions = customDefinitions(
    (organization.data as { extras?: Record<string, unknown> } | undefined)?.extras,
  )
  const unused = definitions.filter(
    (definition) => !rows.some((row) => row.key.trim() === `custom:${definition.title}`),
  )
  const [custom, setCustom] = useState('')
  const errors = formState.errors.extras

  const definitionOf = (key: string): CustomMetadata | undefined =>
    key.startsWith('custom:')
      ? definitions.find((definition) => `custom:${definition.title}` === key.trim())
      : undefined

  return (
    <fieldset className="fr-fieldset dataset-extras" aria-labelledby={`${idPrefix}-extras-legend`}>
      <legend className="fr-fieldset__legend" id={`${idPrefix}-extras-legend`}>
        {t.fieldExtras}
        <span className="fr-hint-text">{t.extrasHint}</span>
      </legend>
      {fields.length === 0 ? (
        <p className="fr-fieldset__element fr-hint-text">{t.noExtras}</p>
      ) : null}
      {fields.map((field, index) => {
        const row = rows[index] ?? field
        const definition = definitionOf(row.key)
        const rowErrors = errors?.[index]
        const id = `${idPrefix}-extra-${index}`
        const valueState = fieldState(rowErrors?.value)
        return (
          <fieldset
            key={field.id}
            className="fr-fieldset__element dataset-extras__row"
            aria-label={t.extraRowLabel(index, row.key)}
          >
            <Input
              label={t.extraKey}
              hintText={definition ? t.customExtraHint(definition.type) : undefined}
              nativeInputProps={{ ...register(`extras.${index}.key`), id: `${id}-key` }}
              {...fieldState(rowErrors?.key)}
            />
            <Select
              label={t.extraKind}
              nativeSelectProps={{
                value: row.kind,
                id: `${id}-kind`,
                onChange: (event) => {
                  const kind = event.target.value as typeof row.kind
                  // The value is carried over where it still reads as the new kind.
                  const value =
                    kind === 'boolean'
                      ? String(row.value === 'true')
                      : kind === 'json' && row.kind !== 'json'
                        ? JSON.stringify(row.value)
                        : row.value
                  // Not validated yet: an empty number would show an error before the user
                  // typed one, and its vanishing on blur would move the Save button under the
                  // pointer (a lost click).
                  const options = { shouldDirty: true }
                  form.setValue(`extras.${index}.kind`, kind, options)
                  form.setValue(`extras.${index}.value`, value, options)
                },
              }}
            >
              {(['text', 'number', 'boolean', 'json'] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {t.extraKinds[kind]}
                </option>
              ))}
            </Select>
            {row.kind === 'boolean' || definition?.type === 'choice' ? (
              <Select
                label={t.extraValue}
                nativeSelectProps={{
                  ...register(`extras.${index}.value`),
                  value: row.value,
                  id: `${id}-value`,
                }}
                {...valueState}
              >
                {row.kind === 'boolean' ? (
                  <>
                    <option value="true">{t.extraTrue}</option>
                    <option value="false">{t.extraFalse}</option>
                  </>
                ) : (
                  (definition?.choices ?? []).map((choice) => (
                    <option key={choice} value={choice}>
                      {choice}
                    </option>
                  ))
                )}
              </Select>
            ) : row.kind === 'json' ? (
              <Input
                label={t.extraValue}
                textArea
                nativeTextAreaProps={{
                  ...register(`extras.${index}.value`),
                  id: `${id}-value`,
                  rows: Math.min(12, Math.max(3, row.value.split('\n').length)),
                  spellCheck: false,
                  className: 'dataset-extras__json',
                }}
                {...valueState}
              />
            ) : (
              <Input
                label={t.extraValue}
                nativeInputProps={{
                  ...register(`extras.${index}.value`),
                  id: `${id}-value`,
                  inputMode: row.kind === 'number' ? 'decimal' : undefined,
                }}
                {...valueState}
              />
            )}
            <FieldButton
              priority="tertiary"
              iconId="fr-icon-delete-line"
              onClick={() => remove(index)}
            >
              {t.removeExtra(row.key)}
            </FieldButton>
          </fieldset>
        )
      })}
      <div className="fr-fieldset__element dataset-extras__add">
        <FieldButton iconId="fr-icon-add-line" onClick={() => append(extraRow('', ''))}>
          {t.addExtra}
        </FieldButton>
        {unused.length > 0 ? (
          <>
            <Select
              label={t.addCustomExtra}
              nativeSelectProps={{
                value: custom,
                id: `${idPrefix}-extras-custom`,
                onChange: (event) => setCustom(event.target.value),
              }}
            >
              <option value="">{t.none}</option>
              {unused.map((definition) => (
                <option key={definition.title} value={definition.title}>
                  {definition.title}
                </option>
              ))}
            </Select>
            <FieldButton
              disabled={!custom}
              onClick={() => {
                const definition = unused.find((item) => item.title === custom)
                if (definition) append(customRow(definition))
                setCustom('')
              }}
            >
              {t.addCustomExtra}
            </FieldButton>
          </>
        ) : null}
      </div>
    </fieldset>
  )
}
