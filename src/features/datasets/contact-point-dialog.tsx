import { zodResolver } from '@hookform/resolvers/zod'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createPortal } from 'react-dom'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { fieldState } from '@/ui/field-state'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { datasetPageMessages } from './page-messages'
import { useSaveContactPoint } from './mutations'
import { datasetReferenceQueries } from './queries'
import type { ContactPoint } from './types'
import { ListOptions } from '@/ui/list-options'

type Messages = (typeof datasetPageMessages)['fr']

function contactSchema(t: Messages) {
  const url = z
    .string()
    .trim()
    .refine((value) => {
      if (!value) return true
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol)
      } catch {
        return false
      }
    }, t.invalidUrl)
  return z
    .object({
      name: z.string().trim().min(1, t.required).max(255, t.tooLong(255)),
      email: z
        .string()
        .trim()
        .refine((value) => !value || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value), t.invalidEmail),
      contact_form: url,
      role: z.string().min(1, t.required),
    })
    .superRefine((values, context) => {
      // udata's rule for the "contact" role (udata-api-admin.md §6.3)
      if (values.role === 'contact' && !values.email && !values.contact_form)
        context.addIssue({ code: 'custom', path: ['email'], message: t.contactNeedsChannel })
    })
}

type ContactValues = z.infer<ReturnType<typeof contactSchema>>
const contactFields = ['name', 'email', 'contact_form', 'role'] as const

type ContactPointDialogProps = {
  organizationId: string
  /** The contact point to edit; none to create one. */
  contact: ContactPoint | null
  onSaved: (contact: ContactPoint, created: boolean) => void
  onCancel: () => void
}

/**
 * Create or edit one of the organization's contact points without leaving the dataset form.
 * Rendered in a portal with its own <form>, so Enter submits this form and not the dataset's.
 */
export function ContactPointDialog({
  organizationId,
  contact,
  onSaved,
  onCancel,
}: ContactPointDialogProps) {
  const t = useMessages(datasetPageMessages)
  const lang = useLanguage()
  const roles = useQuery(datasetReferenceQueries.contactRoles(lang))
  const schema = useMemo(() => contactSchema(t), [t])
  const form = useForm<ContactValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: contact?.name ?? '',
      email: contact?.email ?? '',
      contact_form: contact?.contact_form ?? '',
      role: contact?.role ?? 'contact',
    },
    mode: 'onTouched',
  })
  const save = useSaveContactPoint(organizationId)
  const showSaveError = useShowSaveError(form.setError, contactFields)
  const role = useWatch({ control: form.control, name: 'role' })
  const errors = form.formState.errors
  const idPrefix = contact ? `contact-${contact.id}` : 'contact-new'

  const submit = form.handleSubmit((values) => {
    form.clearErrors('root')
    save.mutate(
      {
        id: contact?.id ?? null,
        body: {
          name: values.name,
          email: values.email || null,
          contact_form: values.contact_form || null,
          role: values.role,
        },
      },
      {
        onSuccess: (saved) => onSaved(saved, contact === null),
        onError: (error) => {
          showSaveError(error)
        },
      },
    )
  })

  return createPortal(
    <ConfirmDialog
      open
      title={contact ? t.contactDialogEdit : t.contactDialogNew}
      confirmLabel={contact ? t.contactSave : t.contactCreate}
      cancelLabel={t.contactCancel}
      isPending={save.isPending}
      onConfirm={() => void submit()}
      onCancel={onCancel}
    >
      <form
        noValidate
        onSubmit={(event) => {
          // React events bubble through portals: the dataset form must not see this submit.
          event.stopPropagation()
          void submit(event)
        }}
      >
        <p className="fr-hint-text">{t.contactSharedHint}</p>
        <SaveErrorAlert
          error={errors.root?.server}
          refusedTitle={t.serverError}
          failedTitle={t.saveFailed}
          failedNote={t.editsKept}
        />
        <Input
          label={t.contactName}
          nativeInputProps={{ ...form.register('name'), id: `${idPrefix}-name`, required: true }}
          {...fieldState(errors.name?.message)}
        />
        <Select
          label={t.contactRole}
          nativeSelectProps={{ ...form.register('role'), value: role, id: `${idPrefix}-role` }}
          {...fieldState(errors.role?.message)}
        >
          <ListOptions value={role} choices={roles.data} keepEmpty />
        </Select>
        <Input
          label={t.contactEmail}
          hintText={role === 'contact' ? t.contactChannelHint : undefined}
          nativeInputProps={{
            ...form.register('email'),
            id: `${idPrefix}-email`,
            type: 'email',
            autoComplete: 'off',
          }}
          {...fieldState(errors.email?.message)}
        />
        <Input
          label={t.contactForm}
          nativeInputProps={{
            ...form.register('contact_form'),
            id: `${idPrefix}-contact_form`,
            type: 'url',
          }}
          {...fieldState(errors.contact_form?.message)}
        />
        {/* Enter in a field submits; the dialog's own buttons stay the visible way. */}
        <button type="submit" hidden tabIndex={-1} />
      </form>
    </ConfirmDialog>,
    document.body,
  )
}
