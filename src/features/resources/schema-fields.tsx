import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { lockableInput } from './form-helpers'
import { resourceMessages } from './messages'
import { resourceQueries } from './queries'
import type { ResourceEditFormValues } from './resource-edit-values'

/** The schema a resource follows: from udata's catalogue when it answers, typed otherwise. */
export function SchemaFields({ form }: { form: UseFormReturn<ResourceEditFormValues> }) {
  const t = useMessages(resourceMessages)
  const catalogue = useQuery(resourceQueries.schemas())
  const name = useWatch({ control: form.control, name: 'schema_name' })
  const versionsId = useId()
  const schemaUrl = useWatch({ control: form.control, name: 'schema_url' })
  // udata lists datapackage schemas but refuses them on a resource
  const assignable = (catalogue.data ?? []).filter((schema) => schema.schema_type !== 'datapackage')
  const entry = assignable.find((schema) => schema.name === name)
  const { errors } = form.formState
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">{t.schema}</legend>
      <div className="fr-fieldset__element">
        {catalogue.isSuccess ? (
          <Select
            label={t.schema}
            hint={t.schemaHint}
            nativeSelectProps={form.register('schema_name')}
            {...fieldState(errors.schema_name)}
          >
            <option value="">{t.noSchema}</option>
            {name && !entry ? <option value={name}>{name}</option> : null}
            {assignable.map((schema) => (
              <option key={schema.name} value={schema.name}>
                {schema.title ? `${schema.title} (${schema.name})` : schema.name}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            label={t.schemaName}
            hintText={catalogue.isError ? t.schemaUnavailable : t.schemaHint}
            nativeInputProps={form.register('schema_name')}
            {...fieldState(errors.schema_name)}
          />
        )}
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={t.schemaVersion}
          hintText={t.schemaVersionHint}
          {...lockableInput(
            form.register('schema_version'),
            !name && !schemaUrl,
            errors.schema_version,
            {
              list: versionsId,
            },
          )}
        />
        <datalist id={versionsId}>
          {(entry?.versions ?? []).map((v) => (
            <option key={v.version_name} value={v.version_name} />
          ))}
        </datalist>
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={t.schemaUrl}
          hintText={t.schemaUrlHint}
          {...lockableInput(form.register('schema_url'), Boolean(name), errors.schema_url, {
            type: 'url',
            inputMode: 'url',
          })}
        />
      </div>
    </fieldset>
  )
}
