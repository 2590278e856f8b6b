import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { ImportedCsv } from './import-summary'
import type { LoadProgress } from './load-datasets'
import type { Plan } from './plan'
import { bulkJobPath, jobFromPlan, startJob } from './start-job'

export type ApplyOptions = { skipHarvested: boolean; concurrency: number }

type Preview = { plan: Plan; imported?: ImportedCsv }

/** Where a bulk dialog is: the operation form, loading the datasets, the preview, or a failure. */
export type FlowStep =
  | { step: 'form' }
  | { step: 'loading'; progress: LoadProgress | null }
  | ({ step: 'preview' } & Preview)
  | { step: 'error'; message: string }

export type BulkFlow = ReturnType<typeof useBulkFlow>

/**
 * The steps every bulk dialog goes through (edit in bulk, CSV import, a health finding's fix):
 * load the datasets (abortable, with progress) into a preview, then start the job and open its
 * page. Nothing is written before `apply`.
 */
export function useBulkFlow(
  organizationId: string,
  errorMessage: (error: unknown) => string,
  onStarted: () => void,
) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [step, setStep] = useState<FlowStep>({ step: 'form' })
  const [starting, setStarting] = useState(false)
  const abort = useRef<AbortController | null>(null)
  // A dialog closed while loading stops the requests it started.
  useEffect(() => () => abort.current?.abort(), [])

  async function load(
    run: (signal: AbortSignal, onProgress: (progress: LoadProgress) => void) => Promise<Preview>,
  ) {
    const controller = new AbortController()
    abort.current = controller
    setStep({ step: 'loading', progress: null })
    try {
      const preview = await run(controller.signal, (progress) =>
        setStep({ step: 'loading', progress }),
      )
      setStep({ step: 'preview', ...preview })
    } catch (error) {
      if (!controller.signal.aborted) setStep({ step: 'error', message: errorMessage(error) })
    }
  }

  async function apply(plan: Plan, options: ApplyOptions) {
    setStarting(true)
    try {
      const job = jobFromPlan(plan, organizationId, options)
      await startJob(job, queryClient)
      onStarted()
      void navigate(bulkJobPath(organizationId, job.id))
    } catch (error) {
      setStep({ step: 'error', message: errorMessage(error) })
    } finally {
      setStarting(false)
    }
  }

  return {
    step,
    starting,
    load,
    apply,
    /** Back to the operation form, keeping what was loaded. */
    back: () => setStep({ step: 'form' }),
    /** Stops any loading and starts over, for a dialog that closes. */
    reset: () => {
      abort.current?.abort()
      setStep({ step: 'form' })
    },
  }
}
