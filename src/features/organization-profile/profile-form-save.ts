import { useMemo, useState } from 'react'
import type { Organization } from '@/features/organizations/types'
import { useMessages } from '@/i18n/messages'
import { useFormSave } from '@/ui/use-form-save'
import { profileMessages } from './messages'
import { fetchCurrentProfile, useUpdateProfile } from './mutations'
import {
  profileFormFields,
  profileFormSchema,
  sameFieldValue,
  toProfilePayload,
  toProfileValues,
} from './profile-values'

/** Fields a udata 400 may name that take the focus (the definitions' list does not). */
const focusable = profileFormFields.filter((field) => field !== 'custom')

/**
 * The organization's profile: a save sends only the changed keys (udata patches the
 * organization), after the conflict check of useCheckedSave. udata dates no organization edit,
 * so the check compares the values themselves.
 */
export function useProfileFormSave(organization: Organization) {
  const t = useMessages(profileMessages)
  const schema = useMemo(() => profileFormSchema(t), [t])
  const [opened] = useState(() => ({
    values: toProfileValues(organization),
    server: organization,
  }))
  const update = useUpdateProfile(organization.id)
  return useFormSave({
    schema,
    opened,
    fields: profileFormFields,
    focusable,
    fieldMap: { extras: 'custom' },
    same: sameFieldValue,
    read: async () => {
      const server = await fetchCurrentProfile(organization)
      return { server, values: toProfileValues(server) }
    },
    // Extras are sent whole: the current ones, so a concurrent extras write is not undone.
    write: async (values, fields, latest) => {
      const saved = await update.mutateAsync(toProfilePayload(values, fields, latest.extras ?? {}))
      return { server: saved, values: toProfileValues(saved) }
    },
    messages: { saved: t.saved, nothingChanged: t.nothingChanged },
  })
}
