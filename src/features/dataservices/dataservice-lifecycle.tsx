import { Button } from '@codegouvfr/react-dsfr/Button'
import { useState } from 'react'
import { TransferAction } from '@/features/transfers/transfer-action'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { dataserviceMessages } from './messages'
import { useDeleteDataservice, useUpdateDataservice } from './mutations'
import type { Dataservice, DataserviceWrite } from './types'

type Props = {
  dataservice: Dataservice
  /** Unsaved edits in the form: a state change now would make the next save conflict. */
  blocked: boolean
}

/**
 * Publish/unpublish (`private`), archive/unarchive (`archived_at`), delete (confirmed; a soft
 * delete) and restore (`deleted_at: null`), all through PATCH, shown as `permissions` allow.
 */
export function DataserviceLifecycle({ dataservice, blocked }: Props) {
  const t = useMessages(dataserviceMessages)
  const errorText = useErrorText()
  const change = useUpdateDataservice(dataservice.id)
  const remove = useDeleteDataservice(dataservice.id)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const canEdit = dataservice.permissions?.edit ?? true
  const canDelete = dataservice.permissions?.delete ?? true
  const disabled = change.isPending || remove.isPending || blocked

  const run = (changes: Partial<DataserviceWrite>, done: string) =>
    change.mutate(changes, {
      onSuccess: () => notify({ kind: 'success', message: done }),
      onError: (error) => notify({ kind: 'error', message: errorText(error) }),
    })

  if (!canEdit && !canDelete) return null

  return (
    <div className="fr-mb-3w">
      <ul
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left"
        aria-label={t.actions}
      >
        {dataservice.deleted_at ? (
          canEdit ? (
            <li>
              <Button
                iconId="fr-icon-arrow-go-back-line"
                disabled={disabled}
                onClick={() => run({ deleted_at: null }, t.restored)}
              >
                {t.restore}
              </Button>
            </li>
          ) : null
        ) : (
          <>
            {canEdit ? (
              <li>
                {dataservice.private ? (
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
                {dataservice.archived_at ? (
                  <Button
                    priority="secondary"
                    iconId="fr-icon-inbox-unarchive-line"
                    disabled={disabled}
                    onClick={() => run({ archived_at: null }, t.unarchived)}
                  >
                    {t.unarchive}
                  </Button>
                ) : (
                  <Button
                    priority="secondary"
                    iconId="fr-icon-archive-line"
                    disabled={disabled}
                    title={t.archiveHint}
                    onClick={() => run({ archived_at: new Date().toISOString() }, t.archived)}
                  >
                    {t.archive}
                  </Button>
                )}
              </li>
            ) : null}
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
      {dataservice.deleted_at ? null : (
        <TransferAction
          subject={{ class: 'Dataservice', id: dataservice.id, title: dataservice.title }}
          organizationId={dataservice.organization?.id ?? null}
          disabled={blocked}
        />
      )}
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
        <p>{t.deleteBody(dataservice.title)}</p>
      </ConfirmDialog>
    </div>
  )
}
