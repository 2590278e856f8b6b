import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatSize } from '@/ui/file-size'
import { useFocusOnMount } from './form-helpers'
import { resourceMessages } from './messages'
import { useDeleteResource, useUpdateResource } from './mutations'
import { resourceQueries } from './queries'
import {
  checksumTypes,
  resourceEditSchema,
  toFormValues,
  toResourceUpdate,
  type ResourceEditFormValues,
} from './resource-edit-values'
import {
  DescriptionInput,
  FormatInput,
  MimeInput,
  TitleInput,
  TypeSelect,
  UrlInput,
} from './resource-fields'
import type { Resource } from './types'
import type { ResourceUploadQueue } from './upload-store'
import { useErrorText } from '@/ui/error-text'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { fieldState } from '@/ui/field-state'

const knownFields = ['title', 'description', 'type', 'url', 'format', 'mime'] as const

/** udata nests the schema and checksum errors (`{"schema": {"version": […]}}`, §7.1). */
const serverFieldMap = {
  schema: 'schema_name',
  'schema.name': 'schema_name',
  'schema.version': 'schema_version',
  'schema.url': 'schema_url',
  checksum: 'checksum_value',
  'checksum.type': 'checksum_type',
  'checksum.value': 'checksum_value',
} as const satisfies Record<string, keyof ResourceEditFormValues>

function SchemaFields({ form }: { form: ReturnType<typeof useForm<ResourceEditFormValues>> }) {
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
          nativeInputProps={{
            ...form.register('schema_version'),
            list: versionsId,
            disabled: !name && !schemaUrl,
          }}
          disabled={!name && !schemaUrl}
          {...fieldState(errors.schema_version)}
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
          nativeInputProps={{
            ...form.register('schema_url'),
            type: 'url',
            inputMode: 'url',
            disabled: Boolean(name),
          }}
          disabled={Boolean(name)}
          {...fieldState(errors.schema_url)}
        />
      </div>
    </fieldset>
  )
}

/** Edit one resource: metadata, the hosted file itself, or delete it. */
export function ResourceEditPanel({
  datasetId,
  resource,
  queue,
  onClose,
  onDone,
}: {
  datasetId: string
  resource: Resource
  queue: ResourceUploadQueue
  onClose: () => void
  onDone: (message: string) => void
}) {
  const t = useMessages(resourceMessages)
  const errorText = useErrorText()
  const lang = useLanguage()
  const isRemote = resource.filetype === 'remote'
  const headingId = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const replaceRef = useRef<HTMLInputElement>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const update = useUpdateResource(datasetId)
  const remove = useDeleteResource(datasetId)
  const form = useForm<ResourceEditFormValues>({
    resolver: zodResolver(resourceEditSchema(t, isRemote)),
    defaultValues: toFormValues(resource),
  })
  const showSaveError = useShowSaveError(form.setError, knownFields, serverFieldMap)
  const { errors, dirtyFields } = form.formState
  const [format, mime] = useWatch({ control: form.control, name: ['format', 'mime'] })

  const onSubmit = form.handleSubmit((values) => {
    const body = toResourceUpdate(values, dirtyFields, isRemote)
    if (Object.keys(body).length === 0) return onClose()
    update.mutate(
      { resourceId: resource.id, update: body },
      {
        onSuccess: () => onDone(t.saved),
        onError: showSaveError,
      },
    )
  })

  const handleDelete = () =>
    remove.mutate(resource.id, { onSuccess: () => onDone(t.deleted(resource.title)) })

  return (
    <section aria-labelledby={headingId} className="fr-mb-4w fr-p-3w fr-background-alt--grey">
      <h3
        id={headingId}
        className="fr-h5"
        tabIndex={-1}
        ref={headingRef}
        style={{ overflowWrap: 'anywhere' }}
      >
        {t.editHeading(resource.title)}
      </h3>
      <p className="fr-text--sm" style={{ overflowWrap: 'anywhere' }}>
        {isRemote ? t.remote : t.hosted} · {formatSize(resource.filesize, lang)} ·{' '}
        <a href={resource.url} target="_blank" rel="noreferrer noopener">
          {resource.url}
        </a>
      </p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <SaveErrorAlert error={errors.root?.server} className="fr-mb-2w" />
        <TitleInput registration={form.register('title')} error={errors.title} />
        <DescriptionInput registration={form.register('description')} error={errors.description} />
        <TypeSelect
          registration={form.register('type')}
          error={errors.type}
          current={resource.type}
        />
        {isRemote ? <UrlInput registration={form.register('url')} error={errors.url} /> : null}
        <FormatInput
          hintText={isRemote ? t.formatHint : t.formatHostedHint}
          registration={form.register('format')}
          error={errors.format}
          value={format}
          disabled={!isRemote}
        />
        {isRemote ? (
          <MimeInput registration={form.register('mime')} error={errors.mime} value={mime} />
        ) : null}
        <SchemaFields form={form} />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-text--regular">{t.checksumLegend}</legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              label={t.checksumType}
              disabled={!isRemote}
              nativeSelectProps={{ ...form.register('checksum_type'), disabled: !isRemote }}
              {...fieldState(errors.checksum_type)}
            >
              {checksumTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-fieldset__element">
            <Input
              label={t.checksumValue}
              hintText={isRemote ? t.checksumValueHint : t.checksumHostedHint}
              disabled={!isRemote}
              nativeInputProps={{
                ...form.register('checksum_value'),
                disabled: !isRemote,
                spellCheck: false,
              }}
              {...fieldState(errors.checksum_value)}
            />
          </div>
        </fieldset>
        <div className="fr-btns-group fr-btns-group--inline-md">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t.saving : t.save}
          </Button>
          <Button type="button" priority="secondary" onClick={onClose}>
            {t.close}
          </Button>
        </div>
      </form>

      {!isRemote ? (
        <div className="fr-mt-3w">
          <h4 className="fr-h6 fr-mb-1w">{t.replaceFile}</h4>
          <p className="fr-hint-text">{t.replaceHint}</p>
          <Button
            priority="secondary"
            iconId="fr-icon-upload-line"
            onClick={() => replaceRef.current?.click()}
          >
            {t.replaceFile}
          </Button>
          <input
            ref={replaceRef}
            type="file"
            hidden
            aria-label={t.replaceFile}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              event.currentTarget.value = ''
              if (!file) return
              queue.add([file], { datasetId, resourceId: resource.id })
              onDone(t.replaceStarted(file.name))
            }}
          />
        </div>
      ) : null}

      <div className="fr-mt-3w">
        {confirmingDelete ? (
          <div
            role="alertdialog"
            aria-labelledby={`${headingId}-delete`}
            aria-describedby={`${headingId}-delete-text`}
          >
            <Alert
              severity="warning"
              title={t.deleteConfirmTitle(resource.title)}
              description={<span id={`${headingId}-delete-text`}>{t.deleteConfirmText}</span>}
              as="h4"
              classes={{ title: `${headingId}-delete-title` }}
            />
            <span id={`${headingId}-delete`} className="fr-sr-only">
              {t.deleteConfirmTitle(resource.title)}
            </span>
            {remove.isError ? (
              <Alert
                className="fr-mt-1w"
                severity="error"
                small
                description={errorText(remove.error)}
              />
            ) : null}
            <div className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
              <Button
                priority="primary"
                className="fr-btn--error"
                disabled={remove.isPending}
                onClick={handleDelete}
                ref={(node) => node?.focus()}
              >
                {t.deleteConfirm}
              </Button>
              <Button priority="secondary" onClick={() => setConfirmingDelete(false)}>
                {t.cancel}
              </Button>
            </div>
          </div>
        ) : (
          <Button
            priority="tertiary"
            iconId="fr-icon-delete-line"
            onClick={() => setConfirmingDelete(true)}
          >
            {t.deleteResource}
          </Button>
        )}
      </div>
    </section>
  )
}
