import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { bulkMessages } from './messages'

/** Keep or delete the account's unfinished jobs on sign-out (keep is the default). */
export default function SignOutDialog({
  open,
  count,
  pending,
  onFinish,
  onCancel,
}: {
  open: boolean
  count: number
  pending: boolean
  onFinish: (remove: boolean) => void
  onCancel: () => void
}) {
  const t = useMessages(bulkMessages)
  return (
    <ConfirmDialog
      open={open}
      title={t.signOutTitle}
      confirmLabel={t.signOutKeep}
      cancelLabel={t.signOutStay}
      alternative={{ label: t.signOutDelete, onClick: () => onFinish(true), danger: true }}
      isPending={pending}
      onConfirm={() => onFinish(false)}
      onCancel={onCancel}
    >
      <p>{t.signOutBody(count)}</p>
    </ConfirmDialog>
  )
}
