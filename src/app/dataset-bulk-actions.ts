import { lazy } from 'react'

/**
 * The datasets list's selection gets the bulk actions: composed here, in the app, because
 * datasets/bulk imports the datasets folder, which therefore may not import it back (no folder
 * cycle). Lazy: the bulk tools load once something is selected, and the table's first screen
 * stays light (its size budget, e2e/budgets.spec.ts).
 */
export const DatasetBulkActions = lazy(async () => ({
  default: (await import('@/features/datasets/bulk/bulk-actions-bar')).BulkActionsBar,
}))
