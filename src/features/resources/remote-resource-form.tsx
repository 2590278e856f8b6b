import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { setServerErrors } from '@/api/server-errors'
import { useMessages } from '@/i18n/messages'
import { fieldState, useFocusOnMount } from './form-helpers'
import { resourceMessages } from './messages'
import { useCreateRemoteResource } from './mutations'
import { remoteResourceSchema, type RemoteResourceFormValues } from './remote-resource-values'
import { SuggestInput, TypeSelect } from './resource-fields'
import type { NewRemoteResource } from './types'
import { useErrorText } from '@/ui/error-text'

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
  const errorText = useErrorText()
  const headingId = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const create = useCreateRemoteResource(datasetId)
  const form = useForm<RemoteResourceFormValues>({
    resolver: zodResolver(remoteResourceSchema(t)),
    defaultValues: { url: '', title: '', type: 'main', format: '', mime: '', description: '' },
  })
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
      onError: (error) => {
        if (!setServerErrors(error, form.setError, knownFields)) {
          form.setError('root.server', { type: 'server', message: errorText(error) })
        }
      },
    })
  })

  return (
    <section aria-labelledby={headingId} className="fr-mb-4w fr-p-3w fr-background-alt--grey">
      <h3 id={headingId} className="fr-h5" tabIndex={-1} ref={headingRef}>
        {t.addRemoteHeading}
      </h3>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.root?.server ? (
          <Alert
            className="fr-mb-2w"
            severity="error"
            small
            description={errors.root.server.message ?? ''}
          />
        ) : null}
        <Input
          label={t.url}
          hintText={t.urlHint}
          nativeInputProps={{ ...form.register('url'), type: 'url', inputMode: 'url' }}
          {...fieldState(errors.url)}
        />
        <Input
          label={t.title}
          nativeInputProps={form.register('title')}
          {...fieldState(errors.title)}
        />
        <TypeSelect registration={form.register('type')} error={errors.type} />
        <SuggestInput
          label={t.format}
          hintText={t.formatHint}
          registration={form.register('format')}
          error={errors.format}
          value={format}
          suggest="formats"
        />
        <SuggestInput
          label={t.mime}
          hintText={t.mimeHint}
          registration={form.register('mime')}
          error={errors.mime}
          value={mime}
          suggest="mime"
        />
        <Input
          label={t.description}
          hintText={t.descriptionHint}
          textArea
          nativeTextAreaProps={{ ...form.register('description'), rows: 4 }}
          {...fieldState(errors.description)}
        />
        <div className="fr-btns-group fr-btns-group--inline-md">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t.saving : t.addRemoteSubmit}
          </Button>
          <Button type="button" priority="secondary" onClick={onClose}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </section>
  )
}
