import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from './confirm-dialog'
import { formMessages } from './form-messages'

/**
 * Asks before leaving a form with unsaved changes (shown while the router's blocker holds a
 * navigation). Leaving loses the edits, so staying has the focus.
 */
export function UnsavedChangesDialog({
  onLeave,
  onStay,
}: {
  onLeave: () => void
  onStay: () => void
}) {
  const t = useMessages(formMessages)
  return (
    <ConfirmDialog
      open
      danger
      title={t.leaveTitle}
      confirmLabel={t.leave}
      cancelLabel={t.stay}
      onConfirm={onLeave}
      onCancel={onStay}
    >
      <p>{t.leaveBody}</p>
    </ConfirmDialog>
  )
}
