import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { contactPointQueries, datasetReferenceQueries } from '@/features/datasets/queries'
import { checkTag } from '@/api/tags'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { bulkMessages } from './messages'
import type { Operation, OperationKind } from './operations'

type FormKind = Exclude<OperationKind, 'import' | 'revert'>

const formKinds: FormKind[] = [
  'add-tags',
  'remove-tags',
  'replace-tag',
  'set-license',
  'set-frequency',
  'set-temporal-coverage',
  'set-spatial-granularity',
  'set-contact-point',
  'set-private',
  'set-archived',
  'find-replace',
  'delete',
  'restore',
]

type Values = {
  tags: string
  from: string
  to: string
  license: string
  frequency: string
  start: string
  end: string
  clearCoverage: boolean
  granularity: string
  contact: string
  makePrivate: 'true' | 'false'
  archive: 'true' | 'false'
  find: string
  replace: string
  inTitle: boolean
  inDescription: boolean
}

const initialValues: Values = {
  tags: '',
  from: '',
  to: '',
  license: '',
  frequency: '',
  start: '',
  end: '',
  clearCoverage: false,
  granularity: '',
  contact: '',
  makePrivate: 'true',
  archive: 'true',
  find: '',
  replace: '',
  inTitle: true,
  inDescription: false,
}

type Errors = Partial<Record<keyof Values, string>>

function splitTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean)
}

function operationOf(
  kind: FormKind,
  values: Values,
  t: ReturnType<typeof useMessages<typeof bulkMessages.fr>>,
): { operation?: Operation; errors: Errors } {
  const errors: Errors = {}
  const tagError = (field: 'tags' | 'from' | 'to', tags: string[]) => {
    if (tags.length === 0) errors[field] = t.required
    const bad = tags.find((tag) => checkTag(tag).problem !== null)
    if (bad) errors[field] = t.invalidTag(bad)
  }
  let operation: Operation | undefined
  switch (kind) {
    case 'add-tags':
    case 'remove-tags': {
      const tags = splitTags(values.tags)
      tagError('tags', tags)
      operation = { kind, tags }
      break
    }
    case 'replace-tag':
      tagError('from', splitTags(values.from).slice(0, 1))
      tagError('to', splitTags(values.to).slice(0, 1))
      operation = { kind, from: values.from.trim(), to: values.to.trim() }
      break
    case 'set-license':
      if (!values.license) errors.license = t.required
      operation = { kind, license: values.license }
      break
    case 'set-frequency':
      if (!values.frequency) errors.frequency = t.required
      operation = { kind, frequency: values.frequency }
      break
    case 'set-temporal-coverage':
      if (!values.clearCoverage && !values.start) errors.start = t.required
      operation = {
        kind,
        temporal_coverage: values.clearCoverage
          ? null
          : { start: values.start, end: values.end || null },
      }
      break
    case 'set-spatial-granularity':
      if (!values.granularity) errors.granularity = t.required
      operation = { kind, granularity: values.granularity }
      break
    case 'set-contact-point':
      operation = { kind, contact_point: values.contact || null }
      break
    case 'set-private':
      operation = { kind, private: values.makePrivate === 'true' }
      break
    case 'set-archived':
      operation = { kind, archived: values.archive === 'true' }
      break
    case 'find-replace': {
      const fields: Array<'title' | 'description'> = []
      if (values.inTitle) fields.push('title')
      if (values.inDescription) fields.push('description')
      if (!values.find) errors.find = t.required
      if (fields.length === 0) errors.inTitle = t.chooseOneField
      operation = { kind, find: values.find, replace: values.replace, fields }
      break
    }
    case 'delete':
    case 'restore':
      operation = { kind }
      break
  }
  return Object.keys(errors).length > 0 ? { errors } : { operation, errors }
}

/** Choose an operation and its parameters; the parent previews it. */
export function OperationForm({
  organizationId,
  initial,
  onSubmit,
  onCancel,
}: {
  organizationId: string
  initial?: Operation
  onSubmit: (operation: Operation) => void
  onCancel: () => void
}) {
  const t = useMessages(bulkMessages)
  const lang = useLanguage()
  const [kind, setKind] = useState<FormKind | ''>(
    initial && initial.kind !== 'import' && initial.kind !== 'revert' ? initial.kind : '',
  )
  const [values, setValues] = useState<Values>(initialValues)
  const [errors, setErrors] = useState<Errors>({})
  const licenses = useQuery({
    ...datasetReferenceQueries.licenses(lang),
    enabled: kind === 'set-license',
  })
  const frequencies = useQuery({
    ...datasetReferenceQueries.frequencies(lang),
    enabled: kind === 'set-frequency',
  })
  const granularities = useQuery({
    ...datasetReferenceQueries.granularities(lang),
    enabled: kind === 'set-spatial-granularity',
  })
  const contacts = useQuery({
    ...contactPointQueries.list(organizationId),
    enabled: kind === 'set-contact-point',
  })

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }))
  const text = (key: keyof Values) => ({
    value: String(values[key]),
    onChange: (event: { target: { value: string } }) =>
      set(key, event.target.value as Values[typeof key]),
    'aria-invalid': errors[key] ? true : undefined,
  })

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (!kind) {
      setErrors({})
      return
    }
    const result = operationOf(kind, values, t)
    setErrors(result.errors)
    if (result.operation) onSubmit(result.operation)
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Select
        label={t.operation}
        nativeSelectProps={{
          value: kind,
          required: true,
          onChange: (event) => {
            setKind(event.target.value as FormKind)
            setErrors({})
          },
        }}
      >
        <option value="" disabled>
          {t.chooseOperation}
        </option>
        {formKinds.map((option) => (
          <option key={option} value={option}>
            {t.operations[option]}
          </option>
        ))}
      </Select>

      {kind === 'add-tags' || kind === 'remove-tags' ? (
        <Input
          label={kind === 'add-tags' ? t.tagsToAdd : t.tagsToRemove}
          hintText={t.tagsHint}
          nativeInputProps={text('tags')}
          {...fieldState(errors.tags)}
        />
      ) : null}
      {kind === 'replace-tag' ? (
        <>
          <Input label={t.tagFrom} nativeInputProps={text('from')} {...fieldState(errors.from)} />
          <Input label={t.tagTo} nativeInputProps={text('to')} {...fieldState(errors.to)} />
        </>
      ) : null}
      {kind === 'set-license' ? (
        <Select
          label={t.license}
          nativeSelectProps={{ ...text('license'), required: true }}
          {...fieldState(errors.license)}
          hint={licenses.isPending ? t.loadingReference : undefined}
        >
          <option value="" disabled>
            —
          </option>
          {(licenses.data ?? []).map((license) => (
            <option key={license.id} value={license.id}>
              {license.title}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'set-frequency' ? (
        <Select
          label={t.frequency}
          nativeSelectProps={{ ...text('frequency'), required: true }}
          {...fieldState(errors.frequency)}
          hint={frequencies.isPending ? t.loadingReference : undefined}
        >
          <option value="" disabled>
            —
          </option>
          {(frequencies.data ?? []).map((frequency) => (
            <option key={frequency.id} value={frequency.id}>
              {frequency.label}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'set-temporal-coverage' ? (
        <>
          <Checkbox
            options={[
              {
                label: t.temporalClear,
                nativeInputProps: {
                  checked: values.clearCoverage,
                  onChange: (event) => set('clearCoverage', event.target.checked),
                },
              },
            ]}
          />
          {values.clearCoverage ? null : (
            <>
              <Input
                label={t.temporalStart}
                nativeInputProps={{ ...text('start'), type: 'date', required: true }}
                {...fieldState(errors.start)}
              />
              <Input
                label={t.temporalEnd}
                nativeInputProps={{ ...text('end'), type: 'date', min: values.start || undefined }}
              />
            </>
          )}
        </>
      ) : null}
      {kind === 'set-spatial-granularity' ? (
        <Select
          label={t.granularity}
          nativeSelectProps={{ ...text('granularity'), required: true }}
          {...fieldState(errors.granularity)}
          hint={granularities.isPending ? t.loadingReference : undefined}
        >
          <option value="" disabled>
            —
          </option>
          {(granularities.data ?? []).map((granularity) => (
            <option key={granularity.id} value={granularity.id}>
              {granularity.name}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'set-contact-point' ? (
        <Select
          label={t.contactPoint}
          nativeSelectProps={text('contact')}
          hint={contacts.isPending ? t.loadingReference : undefined}
        >
          <option value="">{t.noContactPoint}</option>
          {(contacts.data?.data ?? []).map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.email ? `${contact.name} (${contact.email})` : contact.name}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'set-private' ? (
        <RadioButtons
          legend={t.visibility}
          name="bulk-private"
          options={[
            {
              label: t.makeDraft,
              nativeInputProps: {
                checked: values.makePrivate === 'true',
                onChange: () => set('makePrivate', 'true'),
              },
            },
            {
              label: t.publish,
              nativeInputProps: {
                checked: values.makePrivate === 'false',
                onChange: () => set('makePrivate', 'false'),
              },
            },
          ]}
        />
      ) : null}
      {kind === 'set-archived' ? (
        <RadioButtons
          legend={t.archiving}
          name="bulk-archived"
          options={[
            {
              label: t.archive,
              nativeInputProps: {
                checked: values.archive === 'true',
                onChange: () => set('archive', 'true'),
              },
            },
            {
              label: t.unarchive,
              nativeInputProps: {
                checked: values.archive === 'false',
                onChange: () => set('archive', 'false'),
              },
            },
          ]}
        />
      ) : null}
      {kind === 'find-replace' ? (
        <>
          <Input
            label={t.find}
            hintText={t.findHint}
            nativeInputProps={text('find')}
            {...fieldState(errors.find)}
          />
          <Input label={t.replaceWith} nativeInputProps={text('replace')} />
          <Checkbox
            legend={t.inFields}
            orientation="horizontal"
            {...fieldState(errors.inTitle)}
            options={[
              {
                label: t.fields.title,
                nativeInputProps: {
                  checked: values.inTitle,
                  onChange: (event) => set('inTitle', event.target.checked),
                },
              },
              {
                label: t.fields.description,
                nativeInputProps: {
                  checked: values.inDescription,
                  onChange: (event) => set('inDescription', event.target.checked),
                },
              },
            ]}
          />
        </>
      ) : null}

      <div className="bulk-actions fr-mt-3w">
        <Button type="submit" disabled={!kind}>
          {t.preview}
        </Button>
        <Button type="button" priority="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  )
}
