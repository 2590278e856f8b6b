import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useId, useRef, type ReactNode } from 'react'

type ConfirmDialogProps = {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
  danger?: boolean
  pending?: boolean
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus, Escape cancels and focus
 * returns where it was. DSFR's own modal needs its JS to drive it, which React should not share.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  danger = false,
  pending = false,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className="datasets-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      {open ? (
        <div className="fr-p-4w">
          <h2 id={titleId} className="fr-h4">
            {title}
          </h2>
          <div className="fr-mb-3w">{children}</div>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
            <li>
              <Button priority="secondary" onClick={onCancel}>
                {cancelLabel}
              </Button>
            </li>
            <li>
              <Button
                onClick={onConfirm}
                disabled={pending}
                className={danger ? 'datasets-dialog__danger' : undefined}
              >
                {confirmLabel}
              </Button>
            </li>
          </ul>
        </div>
      ) : null}
    </dialog>
  )
}
