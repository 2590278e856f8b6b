import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import { ImportSummary } from './import-summary'
import type { LoadProgress } from './load-datasets'
import { bulkMessages } from './messages'
import { PlanPreview } from './plan-preview'
import type { BulkFlow } from './use-bulk-flow'

/**
 * A bulk dialog's content at each step: the form (`children`), the loading line, the failure
 * with its way out, the preview (under the import's summary, for a CSV).
 */
export function FlowSteps({
  organizationId,
  flow,
  loadingText,
  errorAction,
  onBack,
  children,
}: {
  organizationId: string
  flow: BulkFlow
  loadingText: (progress: LoadProgress | null) => string
  errorAction: { label: string; onClick: () => void }
  /** From the preview back to the form; none where there is no form (an import). */
  onBack?: () => void
  children?: ReactNode
}) {
  const t = useMessages(bulkMessages)
  const { step } = flow
  switch (step.step) {
    case 'form':
      return children
    case 'loading':
      return <p role="status">{loadingText(step.progress)}</p>
    case 'error':
      return (
        <>
          <Alert severity="error" small description={step.message} className="fr-mb-2w" />
          <Button priority="secondary" onClick={errorAction.onClick}>
            {errorAction.label}
          </Button>
        </>
      )
    case 'preview':
      return (
        <PlanPreview
          organizationId={organizationId}
          plan={step.plan}
          pending={flow.starting}
          extra={
            step.imported ? (
              <ImportSummary imported={step.imported.result} file={step.imported.file} t={t} />
            ) : undefined
          }
          onApply={(options) => void flow.apply(step.plan, options)}
          onBack={onBack}
        />
      )
  }
}
