import { createPortal } from 'react-dom'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from './confirm-dialog'
import { formMessages } from './form-messages'

/**
 * Asks before leaving a form with unsaved changes (shown while the router's blocker holds a
 * navigation). Leaving loses the edits, so staying has the focus. Drawn in the body: inside
 * the form, its buttons would submit it.
 */
export function UnsavedChangesDialog({
  onLeave,
  onStay,
}: {
  onLeave: () => void
  onStay: () => void
}) {
  const t = useMessages(formMessages)
  return createPortal(
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
    </ConfirmDialog>,
    document.body,
  )
}
