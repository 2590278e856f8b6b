import { TransferAction } from '@/features/transfers/transfer-action'
import { useMessages } from '@/i18n/messages'
import { LifecycleActions } from '@/ui/lifecycle-actions'
import { lifecycleWords, type LifecycleChange } from '@/ui/lifecycle-messages'
import { datasetPageMessages } from './page-messages'
import { useChangeDatasetState, useDeleteDataset } from './mutations'
import type { DatasetBase } from './types'

type DatasetLifecycleProps = {
  dataset: DatasetBase
  /** Unsaved edits in the form: a state change now would make the next save conflict. */
  blocked: boolean
}

/** What each lifecycle action changes on a dataset (its PUT carries the whole dataset). */
const changes = {
  publish: () => ({ private: false }),
  unpublish: () => ({ private: true }),
  archive: () => ({ archived: new Date().toISOString() }),
  unarchive: () => ({ archived: null }),
  restore: () => ({ deleted: null }),
} satisfies Record<LifecycleChange, () => object>

/** The shared lifecycle actions, on a dataset, with its transfer beside them. */
export function DatasetLifecycle({ dataset, blocked }: DatasetLifecycleProps) {
  const t = useMessages(datasetPageMessages)
  const change = useChangeDatasetState(dataset.id)
  const remove = useDeleteDataset(dataset.id)
  const pending = change.isPending || remove.isPending
  return (
    <LifecycleActions
      className="dataset-lifecycle"
      state={{
        private: dataset.private,
        archived: Boolean(dataset.archived),
        deleted: Boolean(dataset.deleted),
      }}
      canEdit={dataset.permissions?.edit ?? true}
      canDelete={dataset.permissions?.delete ?? true}
      blocked={blocked}
      pending={pending}
      deleting={remove.isPending}
      change={(action) => change.mutateAsync(changes[action]())}
      remove={() => remove.mutateAsync()}
      words={lifecycleWords(t, dataset.title)}
      extra={
        <TransferAction
          subject={{ class: 'Dataset', id: dataset.id, title: dataset.title }}
          organizationId={dataset.organization?.id ?? null}
          disabled={pending || blocked}
        />
      }
    />
  )
}
