import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { ChecksumFields } from './checksum-fields'
import { DeleteResource } from './delete-resource'
import { formatSize } from '@/ui/file-size'
import { useFocusOnMount } from './form-helpers'
import { resourceMessages } from './messages'
import { useUpdateResource } from './mutations'
import { ReplaceFile } from './replace-file'
import {
  resourceEditSchema,
  toFormValues,
  toResourceUpdate,
  type ResourceEditFormValues,
} from './resource-edit-values'
import {
  DescriptionInput,
  FormActions,
  FormatInput,
  MimeInput,
  TitleInput,
  TypeSelect,
  UrlInput,
} from './resource-fields'
import { SchemaFields } from './schema-fields'
import type { Resource } from './types'
import type { ResourceUploadQueue } from './upload-store'

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
  const lang = useLanguage()
  const isRemote = resource.filetype === 'remote'
  const headingId = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const update = useUpdateResource(datasetId)
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
        <ChecksumFields form={form} isRemote={isRemote} />
        <FormActions
          pending={update.isPending}
          submitLabel={t.save}
          closeLabel={t.close}
          onClose={onClose}
        />
      </form>

      {!isRemote ? (
        <ReplaceFile
          onFile={(file) => {
            queue.add([file], { datasetId, resourceId: resource.id })
            onDone(t.replaceStarted(file.name))
          }}
        />
      ) : null}
      <DeleteResource
        datasetId={datasetId}
        resource={resource}
        idPrefix={headingId}
        onDeleted={onDone}
      />
    </section>
  )
}
