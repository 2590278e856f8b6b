import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useFocusOnMount } from './form-helpers'
import { resourceMessages } from './messages'
import { useCreateRemoteResource } from './mutations'
import { remoteResourceSchema, type RemoteResourceFormValues } from './remote-resource-values'
import {
  DescriptionInput,
  FormActions,
  FormatInput,
  MimeInput,
  TitleInput,
  TypeSelect,
  UrlInput,
} from './resource-fields'
import type { NewRemoteResource } from './types'

const knownFields = ['url', 'title', 'type', 'format', 'mime', 'description'] as const

/** A link to a file hosted elsewhere: `POST …/resources/` only accepts `filetype: remote`. */
export function RemoteResourceForm({
  datasetId,
  onClose,
  onDone,
}: {
  datasetId: string
  onClose: () => void
  onDone: (message: string) => void
}) {
  const t = useMessages(resourceMessages)
  const headingId = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const create = useCreateRemoteResource(datasetId)
  const form = useForm<RemoteResourceFormValues>({
    resolver: zodResolver(remoteResourceSchema(t)),
    defaultValues: { url: '', title: '', type: 'main', format: '', mime: '', description: '' },
  })
  const showSaveError = useShowSaveError(form.setError, knownFields)
  const { errors } = form.formState
  const [format, mime] = useWatch({ control: form.control, name: ['format', 'mime'] })

  const onSubmit = form.handleSubmit((values) => {
    const body: NewRemoteResource = {
      filetype: 'remote',
      url: values.url.trim(),
      title: values.title.trim(),
      type: values.type,
      ...(values.format ? { format: values.format.toLowerCase() } : {}),
      ...(values.mime ? { mime: values.mime } : {}),
      ...(values.description ? { description: values.description } : {}),
    }
    create.mutate(body, {
      onSuccess: (resource) => onDone(t.remoteAdded(resource.title)),
      onError: showSaveError,
    })
  })

  return (
    <section aria-labelledby={headingId} className="fr-mb-4w fr-p-3w fr-background-alt--grey">
      <h3 id={headingId} className="fr-h5" tabIndex={-1} ref={headingRef}>
        {t.addRemoteHeading}
      </h3>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <SaveErrorAlert error={errors.root?.server} className="fr-mb-2w" />
        <UrlInput registration={form.register('url')} error={errors.url} />
        <TitleInput registration={form.register('title')} error={errors.title} />
        <TypeSelect registration={form.register('type')} error={errors.type} />
        <FormatInput
          hintText={t.formatHint}
          registration={form.register('format')}
          error={errors.format}
          value={format}
        />
        <MimeInput registration={form.register('mime')} error={errors.mime} value={mime} />
        <DescriptionInput registration={form.register('description')} error={errors.description} />
        <FormActions
          pending={create.isPending}
          submitLabel={t.addRemoteSubmit}
          closeLabel={t.cancel}
          onClose={onClose}
        />
      </form>
    </section>
  )
}
