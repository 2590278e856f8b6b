import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useRef } from 'react'
import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'

/** Asks before leaving a form with unsaved changes; a native modal dialog keeps focus inside. */
export function UnsavedChangesDialog({
  onLeave,
  onStay,
}: {
  onLeave: () => void
  onStay: () => void
}) {
  const t = useMessages(reuseMessages)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal?.()
    return () => dialog?.close?.()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-body"
      className="fr-p-4w"
      style={{ maxWidth: '32rem', border: '1px solid var(--border-default-grey)' }}
      onCancel={(event) => {
        event.preventDefault()
        onStay()
      }}
    >
      <h2 id="unsaved-title" className="fr-h5">
        {t.unsavedTitle}
      </h2>
      <p id="unsaved-body">{t.unsavedBody}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-0">
        <li>
          <Button onClick={onStay}>{t.stay}</Button>
        </li>
        <li>
          <Button priority="secondary" onClick={onLeave}>
            {t.leave}
          </Button>
        </li>
      </ul>
    </dialog>
  )
}
