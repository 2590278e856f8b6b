import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { displayName, meQueries } from '@/auth/me'
import { useMessages } from '@/i18n/messages'
import { discussionMessages } from './messages'

/**
 * "Post as myself / as the organization". udata accepts `organization` on discussion posts when the
 * user is a member; the choice is offered only then. `value` is the organization id or ''.
 */
export function PostAsField({
  organizationId,
  value,
  onChange,
}: {
  organizationId: string | undefined
  value: string
  onChange: (organizationId: string) => void
}) {
  const t = useMessages(discussionMessages)
  const name = useId()
  const me = useQuery(meQueries.current())
  const organization = me.data?.organizations.find((org) => org.id === organizationId)
  if (!me.data || !organization) return null
  return (
    <RadioButtons
      legend={t.postAs}
      name={name}
      orientation="horizontal"
      small
      options={[
        {
          label: t.asMyself(displayName(me.data)),
          nativeInputProps: { value: '', checked: value === '', onChange: () => onChange('') },
        },
        {
          label: t.asOrg(organization.name),
          nativeInputProps: {
            value: organization.id,
            checked: value === organization.id,
            onChange: () => onChange(organization.id),
          },
        },
      ]}
    />
  )
}
