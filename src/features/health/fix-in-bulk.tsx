import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { BulkDialog } from '@/features/bulk/bulk-dialog'
import { loadSelection, type LoadProgress } from '@/features/bulk/load-datasets'
import { bulkMessages } from '@/features/bulk/messages'
import { OperationForm } from '@/features/bulk/operation-form'
import type { Operation } from '@/features/bulk/operations'
import { buildPlan, type Plan } from '@/features/bulk/plan'
import { PlanPreview } from '@/features/bulk/plan-preview'
import { bulkJobPath, jobFromPlan, startJob } from '@/features/bulk/start-job'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import '@/features/bulk/bulk.css'

type Step =
  | { step: 'form' }
  | { step: 'loading'; progress: LoadProgress | null }
  | { step: 'preview'; plan: Plan }
  | { step: 'error'; message: string }

/**
 * A bulk job on the datasets behind a finding, with the operation chosen for the user: the
 * bulk tools' own form, preview and job page, as the datasets table opens them.
 */
export function FixInBulk({
  organizationId,
  datasetIds,
  operation,
  label,
  title,
}: {
  organizationId: string
  datasetIds: readonly string[]
  operation: Operation
  label: string
  title: string
}) {
  const t = useMessages(bulkMessages)
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [step, setStep] = useState<Step>({ step: 'form' })
  const [starting, setStarting] = useState(false)
  const abort = useRef<AbortController | null>(null)

  function close() {
    abort.current?.abort()
    setOpen(false)
    setStep({ step: 'form' })
  }

  async function preview(chosen: Operation) {
    const controller = new AbortController()
    abort.current = controller
    setStep({ step: 'loading', progress: null })
    try {
      const datasets = await loadSelection(
        organizationId,
        { kind: 'ids', ids: [...datasetIds] },
        {
          signal: controller.signal,
          onProgress: (progress) => setStep({ step: 'loading', progress }),
        },
      )
      setStep({ step: 'preview', plan: buildPlan(chosen, datasets) })
    } catch (error) {
      if (!controller.signal.aborted) setStep({ step: 'error', message: errorText(error) })
    }
  }

  async function apply(plan: Plan, options: { skip_harvested: boolean; concurrency: number }) {
    setStarting(true)
    try {
      const job = jobFromPlan(plan, organizationId, options)
      await startJob(job, queryClient)
      close()
      void navigate(bulkJobPath(organizationId, job.id))
    } catch (error) {
      setStep({ step: 'error', message: errorText(error) })
    } finally {
      setStarting(false)
    }
  }

  return (
    <>
      <Button size="small" iconId="fr-icon-edit-line" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <BulkDialog open={open} title={title} closeLabel={t.close} onClose={close}>
        {step.step === 'form' ? (
          <OperationForm
            organizationId={organizationId}
            initial={operation}
            onSubmit={(chosen) => void preview(chosen)}
            onCancel={close}
          />
        ) : null}
        {step.step === 'loading' ? (
          <p role="status">
            {t.loadingSelection(
              step.progress?.loaded ?? 0,
              step.progress?.total ?? datasetIds.length,
            )}
          </p>
        ) : null}
        {step.step === 'error' ? (
          <>
            <Alert severity="error" small description={step.message} className="fr-mb-2w" />
            <Button priority="secondary" onClick={() => setStep({ step: 'form' })}>
              {t.back}
            </Button>
          </>
        ) : null}
        {step.step === 'preview' ? (
          <PlanPreview
            organizationId={organizationId}
            plan={step.plan}
            pending={starting}
            onApply={(options) => void apply(step.plan, options)}
            onBack={() => setStep({ step: 'form' })}
          />
        ) : null}
      </BulkDialog>
    </>
  )
}
