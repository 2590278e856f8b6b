import { TransferAction } from '@/features/transfers/transfer-action'
import { useMessages } from '@/i18n/messages'
import { LifecycleActions } from '@/ui/lifecycle-actions'
import { lifecycleWords, type LifecycleChange } from '@/ui/lifecycle-messages'
import { dataserviceMessages } from './messages'
import { useDeleteDataservice, useUpdateDataservice } from './mutations'
import type { Dataservice, DataserviceWrite } from './types'

type Props = {
  dataservice: Dataservice
  /** Unsaved edits in the form: a state change now would make the next save conflict. */
  blocked: boolean
}

/** What each lifecycle action PATCHes on an API. */
const changes = {
  publish: () => ({ private: false }),
  unpublish: () => ({ private: true }),
  archive: () => ({ archived_at: new Date().toISOString() }),
  unarchive: () => ({ archived_at: null }),
  restore: () => ({ deleted_at: null }),
} satisfies Record<LifecycleChange, () => Partial<DataserviceWrite>>

/** The shared lifecycle actions, on an API, with its transfer beside them. */
export function DataserviceLifecycle({ dataservice, blocked }: Props) {
  const t = useMessages(dataserviceMessages)
  const change = useUpdateDataservice(dataservice.id)
  const remove = useDeleteDataservice(dataservice.id)
  const pending = change.isPending || remove.isPending
  return (
    <LifecycleActions
      className="fr-mb-3w"
      state={{
        private: dataservice.private,
        archived: Boolean(dataservice.archived_at),
        deleted: Boolean(dataservice.deleted_at),
      }}
      canEdit={dataservice.permissions?.edit ?? true}
      canDelete={dataservice.permissions?.delete ?? true}
      blocked={blocked}
      pending={pending}
      deleting={remove.isPending}
      change={(action) => change.mutateAsync(changes[action]())}
      remove={() => remove.mutateAsync()}
      words={lifecycleWords(t, dataservice.title)}
      extra={
        <TransferAction
          subject={{ class: 'Dataservice', id: dataservice.id, title: dataservice.title }}
          organizationId={dataservice.organization?.id ?? null}
          disabled={pending || blocked}
        />
      }
    />
  )
}
