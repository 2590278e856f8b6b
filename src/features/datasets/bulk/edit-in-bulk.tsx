import { Button } from '@codegouvfr/react-dsfr/Button'
import { useRef, useState } from 'react'
import { selectionCount, type DatasetSelection } from '@/features/datasets/dataset-selection'
import type { DatasetV2 } from '@/features/datasets/types'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { BulkDialog } from './bulk-dialog'
import { FlowSteps } from './flow-steps'
import { loadSelection } from './load-datasets'
import { bulkMessages } from './messages'
import { OperationForm } from './operation-form'
import type { Operation } from './operations'
import { buildPlan } from './plan'
import { useBulkFlow } from './use-bulk-flow'
import './bulk.css'

type EditInBulkProps = {
  organizationId: string
  selection: DatasetSelection
  /** The operation the form opens on, if the caller already knows it. */
  initial?: Operation
  label: string
  title: string
  /** Once the job has started (its page opens next). */
  onStarted?: () => void
}

/**
 * A button and its dialog: choose an operation, preview it on the selection, start the job.
 * Used by the datasets table's bulk bar and by the health page's fixes.
 */
export function EditInBulk({ label, title, ...props }: EditInBulkProps) {
  const t = useMessages(bulkMessages)
  const [open, setOpen] = useState(false)
  const close = () => setOpen(false)
  return (
    <>
      <Button size="small" iconId="fr-icon-edit-line" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <BulkDialog open={open} title={title} closeLabel={t.close} onClose={close}>
        <EditFlow {...props} onClose={close} />
      </BulkDialog>
    </>
  )
}

/** Mounted while the dialog is open: each opening starts over, with the selection as it is. */
function EditFlow({
  organizationId,
  selection,
  initial,
  onStarted,
  onClose,
}: Omit<EditInBulkProps, 'label' | 'title'> & { onClose: () => void }) {
  const t = useMessages(bulkMessages)
  const errorText = useErrorText()
  const flow = useBulkFlow(organizationId, errorText, () => {
    onClose()
    onStarted?.()
  })
  const [operation, setOperation] = useState(initial)
  // Read once per opening: going back to the form to change the operation does not reload.
  const datasets = useRef<DatasetV2[] | null>(null)
  const count = selectionCount(selection)

  const preview = (next: Operation) => {
    setOperation(next)
    void flow.load(async (signal, onProgress) => {
      datasets.current ??= await loadSelection(organizationId, selection, { signal, onProgress })
      return { plan: buildPlan(next, datasets.current) }
    })
  }

  return (
    <FlowSteps
      organizationId={organizationId}
      flow={flow}
      loadingText={(progress) =>
        t.loadingSelection(progress?.loaded ?? 0, progress?.total ?? count)
      }
      errorAction={{ label: t.back, onClick: flow.back }}
      onBack={flow.back}
    >
      <OperationForm
        organizationId={organizationId}
        initial={operation}
        onSubmit={preview}
        onCancel={onClose}
      />
    </FlowSteps>
  )
}
