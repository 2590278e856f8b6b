import { EditInBulk } from '@/features/datasets/bulk/edit-in-bulk'
import type { Operation } from '@/features/datasets/bulk/operations'
import type { QualityCriterion } from './analyse'

/** Findings a bulk operation fixes, with the operation the bulk form opens on. */
const bulkFixes: Partial<Record<QualityCriterion, Operation>> = {
  license: { kind: 'set-license', license: '' },
  update_frequency: { kind: 'set-frequency', frequency: '' },
  temporal_coverage: { kind: 'set-temporal-coverage', temporal_coverage: null },
}

/**
 * A bulk job on the datasets behind a finding, with the operation chosen for the user: the
 * bulk tools' own form, preview and job page, as the datasets table opens them. Nothing for a
 * criterion no bulk operation fixes.
 */
export function FixInBulk({
  organizationId,
  criterion,
  datasetIds,
  label,
}: {
  organizationId: string
  criterion: QualityCriterion
  datasetIds: readonly string[]
  label: string
}) {
  const operation = bulkFixes[criterion]
  if (!operation) return null
  return (
    <EditInBulk
      organizationId={organizationId}
      selection={{ kind: 'ids', ids: [...datasetIds] }}
      initial={operation}
      label={label}
      title={label}
    />
  )
}
