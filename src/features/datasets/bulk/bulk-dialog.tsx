import { Button } from '@codegouvfr/react-dsfr/Button'
import { useId, useRef, type ReactNode } from 'react'
import { useModalDialog } from '@/ui/use-modal-dialog'

/**
 * A large modal on the native <dialog>: the browser traps focus and returns it, Escape closes.
 * DSFR's own modal is driven by its JS, which React should not share.
 */
export function BulkDialog({
  open,
  title,
  closeLabel,
  onClose,
  children,
}: {
  open: boolean
  title: string
  closeLabel: string
  onClose: () => void
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useModalDialog(ref, open)

  return (
    <dialog
      ref={ref}
      className="bulk-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open ? (
        <div className="fr-p-4w">
          <div className="bulk-dialog__header fr-mb-2w">
            <h2 id={titleId} className="fr-h4 fr-mb-0">
              {title}
            </h2>
            <Button
              priority="tertiary no outline"
              size="small"
              iconId="fr-icon-close-line"
              onClick={onClose}
            >
              {closeLabel}
            </Button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  )
}
