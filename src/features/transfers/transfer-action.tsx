import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { meQueries } from '@/auth/me'
import { useMessages } from '@/i18n/messages'
import { partyName } from './format'
import { transferMessages } from './messages'
import { transferQueries } from './queries'
import { TransferDialog } from './transfer-dialog'
import type { TransferSubject } from './types'

/**
 * The "transfer" lifecycle action of a dataset, API or reuse. udata lets only the owning
 * organization's admins propose one (`permissions.edit` of the organization is admin-only), so
 * it shows for them only; a pending transfer is said instead of offering a second one.
 */
export function TransferAction({
  subject,
  organizationId,
  disabled,
}: {
  subject: TransferSubject
  organizationId: string | null
  disabled?: boolean
}) {
  const t = useMessages(transferMessages)
  const [open, setOpen] = useState(false)
  const me = useQuery(meQueries.current())
  const isAdmin =
    me.data?.organizations.find((org) => org.id === organizationId)?.permissions?.edit ?? false
  const transfers = useQuery({ ...transferQueries.ofSubject(subject.id), enabled: isAdmin })
  if (!isAdmin) return null
  const pending = transfers.data?.find((transfer) => transfer.status === 'pending')
  if (pending)
    return <p className="fr-text--sm fr-mb-0">{t.pendingTo(partyName(pending.recipient))}</p>
  return (
    <>
      <Button
        priority="secondary"
        iconId="fr-icon-arrow-left-right-line"
        disabled={disabled || transfers.isPending}
        onClick={() => setOpen(true)}
      >
        {t.propose}
      </Button>
      <TransferDialog
        open={open}
        subject={subject}
        ownerId={organizationId}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
