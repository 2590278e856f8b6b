import { Button } from '@codegouvfr/react-dsfr/Button'
import { useId, useRef, type ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import './confirm-dialog.css'
import { uiMessages } from './messages'
import { useModalDialog } from './use-modal-dialog'

export type ConfirmDialogProps = {
  open: boolean
  title: string
  /** What will happen, said plainly (what is affected, whether it can be undone). */
  children: ReactNode
  confirmLabel: string
  cancelLabel?: string
  /** A destructive action: the confirm button is styled as such and Cancel gets the focus. */
  danger?: boolean
  /** A second way to go on (e.g. "delete and sign out" beside "keep and sign out"). */
  alternative?: { label: string; onClick: () => void; danger?: boolean }
  /** While the action runs: buttons are disabled and the dialog stays open. */
  isPending?: boolean
  onConfirm: () => void
  /** Cancel, the close button, Escape and a click on the backdrop all call this. */
  onCancel: () => void
}

/**
 * An accessible confirmation: a native modal `<dialog>` (the page behind is inert, focus stays
 * inside, Escape closes, focus returns to the opener), labelled by its title and described by
 * its text. Controlled: the caller owns `open`.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  alternative,
  isPending = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useMessages(uiMessages)
  const ref = useRef<HTMLDialogElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const id = useId()
  const titleId = `${id}-title`
  const descriptionId = `${id}-description`

  // A destructive choice must not be one Enter away: Cancel gets the focus then.
  useModalDialog(ref, open, () => (danger ? cancelRef : confirmRef).current?.focus())

  const cancel = () => {
    if (!isPending) onCancel()
  }

  return (
    // The dialog handles Escape itself (keydown and the native cancel event).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault()
        cancel()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        cancel()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) cancel()
      }}
    >
      {open ? (
        <>
          <div className="confirm-dialog__header">
            <Button
              priority="tertiary no outline"
              size="small"
              iconId="fr-icon-close-line"
              iconPosition="right"
              onClick={cancel}
              disabled={isPending}
            >
              {t.close}
            </Button>
          </div>
          <div className="confirm-dialog__content">
            <h2 id={titleId} className="fr-h4">
              {title}
            </h2>
            <div id={descriptionId}>{children}</div>
          </div>
          <div className="confirm-dialog__footer">
            <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
              <li>
                <Button
                  ref={confirmRef}
                  onClick={onConfirm}
                  disabled={isPending}
                  className={danger ? 'confirm-dialog__danger' : undefined}
                >
                  {confirmLabel}
                </Button>
              </li>
              {alternative ? (
                <li>
                  <Button
                    priority="secondary"
                    onClick={alternative.onClick}
                    disabled={isPending}
                    className={alternative.danger ? 'confirm-dialog__danger-outline' : undefined}
                  >
                    {alternative.label}
                  </Button>
                </li>
              ) : null}
              <li>
                <Button ref={cancelRef} priority="secondary" onClick={cancel} disabled={isPending}>
                  {cancelLabel ?? t.cancel}
                </Button>
              </li>
            </ul>
          </div>
        </>
      ) : null}
    </dialog>
  )
}
