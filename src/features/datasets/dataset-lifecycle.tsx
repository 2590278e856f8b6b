import { Button } from '@codegouvfr/react-dsfr/Button'
import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { TransferAction } from '@/features/transfers/transfer-action'
import { datasetMessages } from './messages'
import { useChangeDatasetState, useDeleteDataset } from './mutations'
import type { DatasetBase } from './types'
import { useErrorText } from '@/ui/error-text'

type DatasetLifecycleProps = {
  dataset: DatasetBase
  /** Unsaved edits in the form: a state change now would make the next save conflict. */
  blocked: boolean
}

/**
 * Publish/unpublish, archive/unarchive, delete/restore, shown only when `permissions` allow
 * them (absent on old instances: then the server's 403 decides).
 */
export function DatasetLifecycle({ dataset, blocked }: DatasetLifecycleProps) {
  const t = useMessages(datasetMessages)
  const errorText = useErrorText()
  const change = useChangeDatasetState(dataset.id)
  const remove = useDeleteDataset(dataset.id)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const canEdit = dataset.permissions?.edit ?? true
  const canDelete = dataset.permissions?.delete ?? true
  const pending = change.isPending || remove.isPending
  const disabled = pending || blocked

  const run = (changes: Parameters<typeof change.mutate>[0], done: string) =>
    change.mutate(changes, {
      onSuccess: () => notify({ kind: 'success', message: done }),
      onError: (error) => notify({ kind: 'error', message: errorText(error) }),
    })

  if (!canEdit && !canDelete) return null

  return (
    <div className="dataset-lifecycle">
      <ul
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left"
        aria-label={t.actions}
      >
        {dataset.deleted ? (
          canEdit ? (
            <li>
              <Button
                iconId="fr-icon-arrow-go-back-line"
                disabled={disabled}
                onClick={() => run({ deleted: null }, t.restored)}
              >
                {t.restore}
              </Button>
            </li>
          ) : null
        ) : (
          <>
            {canEdit ? (
              <li>
                {dataset.private ? (
                  <Button
                    iconId="fr-icon-eye-line"
                    disabled={disabled}
                    onClick={() => run({ private: false }, t.published)}
                  >
                    {t.publish}
                  </Button>
                ) : (
                  <Button
                    priority="secondary"
                    iconId="fr-icon-eye-off-line"
                    disabled={disabled}
                    onClick={() => run({ private: true }, t.unpublished)}
                  >
                    {t.unpublish}
                  </Button>
                )}
              </li>
            ) : null}
            {canEdit ? (
              <li>
                {dataset.archived ? (
                  <Button
                    priority="secondary"
                    iconId="fr-icon-inbox-unarchive-line"
                    disabled={disabled}
                    onClick={() => run({ archived: null }, t.unarchived)}
                  >
                    {t.unarchive}
                  </Button>
                ) : (
                  <Button
                    priority="secondary"
                    iconId="fr-icon-archive-line"
                    disabled={disabled}
                    title={t.archiveHint}
                    onClick={() => run({ archived: new Date().toISOString() }, t.archived)}
                  >
                    {t.archive}
                  </Button>
                )}
              </li>
            ) : null}
            <li>
              <TransferAction
                subject={{ class: 'Dataset', id: dataset.id, title: dataset.title }}
                organizationId={dataset.organization?.id ?? null}
                disabled={disabled}
              />
            </li>
            {canDelete ? (
              <li>
                <Button
                  priority="tertiary"
                  iconId="fr-icon-delete-line"
                  disabled={disabled}
                  onClick={() => setConfirmingDelete(true)}
                >
                  {t.delete}
                </Button>
              </li>
            ) : null}
          </>
        )}
      </ul>
      {blocked ? <p className="fr-hint-text fr-mb-0">{t.saveFirst}</p> : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={t.deleteTitle}
        confirmLabel={t.confirmDelete}
        cancelLabel={t.cancel}
        danger
        isPending={remove.isPending}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirmingDelete(false)
              notify({ kind: 'success', message: t.deleted })
            },
            onError: (error) => {
              setConfirmingDelete(false)
              notify({ kind: 'error', message: errorText(error) })
            },
          })
        }
      >
        <p>{t.deleteBody(dataset.title)}</p>
      </ConfirmDialog>
    </div>
  )
}
