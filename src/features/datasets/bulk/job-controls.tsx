import { Button } from '@codegouvfr/react-dsfr/Button'
import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr'
import type { ReactNode } from 'react'
import { BulkDialog } from './bulk-dialog'
import type { BulkMessages } from './messages'

export type Control = {
  key: string
  label: string
  iconId: FrIconClassName
  priority?: 'secondary' | 'tertiary'
  onClick: () => void
  /** Also offered while another tab runs the job (it changes nothing). */
  anywhere?: boolean
}

/** A row of the job's buttons; those that change the job wait for the tab that runs it. */
export function ControlRow({
  controls,
  elsewhere,
  children,
}: {
  controls: (Control | false)[]
  elsewhere: boolean
  children?: ReactNode
}) {
  return (
    <div className="bulk-controls">
      {controls
        .filter((control) => control !== false)
        .map(({ key, label, anywhere, ...button }) => (
          <Button key={key} {...button} disabled={elsewhere && !anywhere}>
            {label}
          </Button>
        ))}
      {children}
    </div>
  )
}

/** Confirms cancelling the rest of the job, or reverting what it did. */
export function ConfirmJobDialog({
  confirm,
  done,
  onConfirm,
  onClose,
  t,
}: {
  confirm: 'cancel' | 'revert' | null
  /** Datasets the job changed: what a revert restores. */
  done: number
  onConfirm: (action: 'cancel' | 'revert') => void
  onClose: () => void
  t: BulkMessages
}) {
  return (
    <BulkDialog
      open={confirm !== null}
      title={confirm === 'revert' ? t.revert : t.cancelJob}
      closeLabel={t.close}
      onClose={onClose}
    >
      <p>{confirm === 'revert' ? t.revertConfirm(done) : t.cancelConfirm}</p>
      <div className="bulk-actions">
        <Button onClick={() => onConfirm(confirm === 'revert' ? 'revert' : 'cancel')}>
          {t.confirm}
        </Button>
        <Button priority="secondary" onClick={onClose}>
          {t.cancel}
        </Button>
      </div>
    </BulkDialog>
  )
}
