import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useQuery } from '@tanstack/react-query'
import { useState, type ChangeEvent, type FormEvent } from 'react'
import { contactPointQueries, datasetReferenceQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { bulkMessages } from './messages'
import { ReferenceSelect, TwoChoices } from './operation-fields'
import type { Operation } from './operations'
import {
  formKinds,
  initialValues,
  operationOf,
  referenceFields,
  type Errors,
  type FormKind,
  type Values,
} from './operation-values'

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
  const references = {
    'set-license': {
      label: t.license,
      loading: licenses.isPending,
      choices: (licenses.data ?? []).map(({ id, title }) => ({ id, label: title })),
    },
    'set-frequency': {
      label: t.frequency,
      loading: frequencies.isPending,
      choices: frequencies.data ?? [],
    },
    'set-spatial-granularity': {
      label: t.granularity,
      loading: granularities.isPending,
      choices: (granularities.data ?? []).map(({ id, name }) => ({ id, label: name })),
    },
  }
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
  const check = (key: 'clearCoverage' | 'inTitle' | 'inDescription', label: string) => ({
    label,
    nativeInputProps: {
      checked: values[key],
      onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.target.checked),
    },
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
      <ReferenceSelect
        label={t.operation}
        placeholder={t.chooseOperation}
        binding={{
          value: kind,
          onChange: (event) => {
            setKind(event.target.value as FormKind)
            setErrors({})
          },
        }}
        choices={formKinds.map((option) => ({ id: option, label: t.operations[option] }))}
      />

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
      {kind === 'set-license' || kind === 'set-frequency' || kind === 'set-spatial-granularity' ? (
        <ReferenceSelect
          {...references[kind]}
          binding={text(referenceFields[kind])}
          error={errors[referenceFields[kind]]}
        />
      ) : null}
      {kind === 'set-temporal-coverage' ? (
        <>
          <Checkbox options={[check('clearCoverage', t.temporalClear)]} />
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
      {kind === 'set-contact-point' ? (
        <ReferenceSelect
          label={t.contactPoint}
          binding={text('contact')}
          loading={contacts.isPending}
          // No contact point is a choice of its own: it clears the field.
          placeholder={t.noContactPoint}
          optional
          choices={(contacts.data?.data ?? []).map((contact) => ({
            id: contact.id,
            label: contact.email ? `${contact.name} (${contact.email})` : contact.name,
          }))}
        />
      ) : null}
      {kind === 'set-private' ? (
        <TwoChoices
          legend={t.visibility}
          name="bulk-private"
          value={values.makePrivate}
          onChange={(value) => set('makePrivate', value)}
          yes={t.makeDraft}
          no={t.publish}
        />
      ) : null}
      {kind === 'set-archived' ? (
        <TwoChoices
          legend={t.archiving}
          name="bulk-archived"
          value={values.archive}
          onChange={(value) => set('archive', value)}
          yes={t.archive}
          no={t.unarchive}
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
              check('inTitle', t.fields.title),
              check('inDescription', t.fields.description),
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
