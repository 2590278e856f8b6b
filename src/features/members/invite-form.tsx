import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { OrganizationRole } from '@/features/organizations/types'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { BoundField } from '@/ui/bound-field'
import { fieldState } from '@/ui/field-state'
import { notify } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { SelectField } from '@/ui/select-field'
import { TextField } from '@/ui/text-field'
import { useShowSaveError } from '@/ui/use-show-save-error'
import type { AssignedObject } from './assigned-objects'
import { AssignmentPicker } from './assignment-picker'
import { memberMessages } from './messages'
import { useInvite } from './mutations'
import { memberQueries } from './queries'
import type { Invite } from './types'
import { UserSearch } from './user-search'

const inviteFields = ['user', 'email', 'role', 'comment', 'assignments'] as const

type InviteValues = {
  mode: 'user' | 'email'
  user: { id: string; name: string } | null
  email: string
  role: OrganizationRole
  comment: string
  assignments: AssignedObject[]
}

const emptyValues: InviteValues = {
  mode: 'user',
  user: null,
  email: '',
  role: 'editor',
  comment: '',
  assignments: [],
}

function inviteSchema(t: { required: string; emailInvalid: string; userRequired: string }) {
  return z
    .object({
      mode: z.enum(['user', 'email']),
      user: z.object({ id: z.string(), name: z.string() }).nullable(),
      email: z.string().trim(),
      role: z.enum(['admin', 'editor', 'partial_editor']),
      comment: z.string(),
      assignments: z.array(z.custom<AssignedObject>()),
    })
    .superRefine((values, ctx) => {
      if (values.mode === 'user' && !values.user)
        ctx.addIssue({ code: 'custom', path: ['user'], message: t.userRequired })
      if (values.mode === 'email') {
        if (!values.email) ctx.addIssue({ code: 'custom', path: ['email'], message: t.required })
        else if (!z.email().safeParse(values.email).success)
          ctx.addIssue({ code: 'custom', path: ['email'], message: t.emailInvalid })
      }
    })
}

/** What udata's invite route takes: one of user/email, assignments only for a partial editor. */
function toInvite(values: InviteValues): Invite {
  return {
    ...(values.mode === 'user' ? { user: values.user?.id } : { email: values.email.trim() }),
    role: values.role,
    ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
    ...(values.role === 'partial_editor'
      ? { assignments: values.assignments.map(({ class: cls, id }) => ({ class: cls, id })) }
      : {}),
  }
}

/** Invite someone by account or e-mail, with a role and, for a partial editor, their objects. */
export function InviteForm({
  organizationId,
  onDirtyChange,
}: {
  organizationId: string
  onDirtyChange: (dirty: boolean) => void
}) {
  const t = useMessages(memberMessages)
  const lang = useLanguage()
  const roles = useQuery(memberQueries.roles(lang))
  const invite = useInvite(organizationId)
  const schema = useMemo(() => inviteSchema(t), [t])
  const form = useForm<InviteValues>({ resolver: zodResolver(schema), defaultValues: emptyValues })
  const { errors, isDirty } = form.formState
  const [mode, role] = useWatch({ control: form.control, name: ['mode', 'role'] })
  const showSaveError = useShowSaveError(form.setError, inviteFields)
  // An e-mail bound to an account gets udata's `user` errors (already a member, pending…):
  // shown on the e-mail field, the only one on screen then.
  const showEmailSaveError = useShowSaveError(form.setError, inviteFields, { user: 'email' })
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange])

  const submit = (values: InviteValues) =>
    invite.mutate(toInvite(values), {
      onSuccess: () => {
        form.reset(emptyValues)
        notify({ kind: 'success', message: t.invited })
      },
      onError: values.mode === 'email' ? showEmailSaveError : showSaveError,
    })

  return (
    <section aria-labelledby="invite-title" className="fr-mb-6w">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <p>{t.inviteIntro}</p>
      <form
        noValidate
        aria-labelledby="invite-title"
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
      >
        <SaveErrorAlert
          error={errors.root?.server}
          refusedTitle={t.inviteRefused}
          failedTitle={t.inviteFailed}
        />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <RadioButtons
              legend={t.inviteWho}
              orientation="horizontal"
              options={(['user', 'email'] as const).map((value) => ({
                label: value === 'user' ? t.inviteByUser : t.inviteByEmail,
                nativeInputProps: {
                  name: field.name,
                  value,
                  checked: field.value === value,
                  onChange: () => field.onChange(value),
                },
              }))}
            />
          )}
        />
        {mode === 'user' ? (
          <BoundField form={form} name="user" render={(bound) => <UserSearch {...bound} />} />
        ) : (
          <Input
            label={t.fieldEmail}
            hintText={t.inviteEmailHint}
            {...fieldState(errors.email)}
            nativeInputProps={{ ...form.register('email'), type: 'email', autoComplete: 'off' }}
          />
        )}
        <SelectField
          form={form}
          name="role"
          label={t.fieldRole}
          options={roles.data?.map((option) => ({ value: option.id, label: option.label }))}
        />
        {role === 'partial_editor' ? (
          <BoundField
            form={form}
            name="assignments"
            render={(bound) => <AssignmentPicker organizationId={organizationId} {...bound} />}
          />
        ) : null}
        <TextField form={form} name="comment" label={t.fieldComment} rows={3} />
        <Button type="submit" iconId="fr-icon-mail-line" disabled={invite.isPending}>
          {t.inviteSubmit}
        </Button>
      </form>
    </section>
  )
}
