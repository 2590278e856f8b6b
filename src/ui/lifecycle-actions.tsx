import { Button, type ButtonProps } from '@codegouvfr/react-dsfr/Button'
import { useState, type ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from './confirm-dialog'
import { useErrorText } from './error-text'
import { lifecycleMessages, type LifecycleChange, type LifecycleWords } from './lifecycle-messages'
import { notify } from './notices'

type LifecycleActionsProps = {
  state: { private: boolean; archived: boolean; deleted: boolean }
  /** from `permissions` (absent on old instances: then the server's 403 decides) */
  canEdit: boolean
  canDelete: boolean
  /** Unsaved edits in the form: a state change now would make the next save conflict. */
  blocked: boolean
  /** a change or the delete under way */
  pending: boolean
  deleting: boolean
  change: (change: LifecycleChange) => Promise<unknown>
  remove: () => Promise<unknown>
  /** the object's own words: what each action did, the delete question, the archive hint */
  words: LifecycleWords
  /** e.g. the transfer to another organization, beside the other actions */
  extra?: ReactNode
  className?: string
}

/**
 * Publish/unpublish, archive/unarchive, delete (confirmed; udata soft-deletes) and restore, for
 * datasets and APIs alike, each shown only when allowed. Outcomes are told by notices.
 */
export function LifecycleActions({
  state,
  canEdit,
  canDelete,
  blocked,
  pending,
  deleting,
  change,
  remove,
  words,
  extra,
  className,
}: LifecycleActionsProps) {
  const t = useMessages(lifecycleMessages)
  const errorText = useErrorText()
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const disabled = pending || blocked

  if (!canEdit && !canDelete) return null

  const showOutcome = (done: string) => ({
    success: () => notify({ kind: 'success', message: done }),
    failure: (error: unknown) => notify({ kind: 'error', message: errorText(error) }),
  })
  const run = (action: LifecycleChange) => {
    const outcome = showOutcome(words.done[action])
    change(action).then(outcome.success, outcome.failure)
  }
  const action = (
    name: LifecycleChange,
    icon: ButtonProps.WithIcon['iconId'],
    primary: boolean,
    title?: string,
  ) => (
    <Button
      priority={primary ? 'primary' : 'secondary'}
      iconId={icon}
      disabled={disabled}
      title={title}
      onClick={() => run(name)}
    >
      {t[name]}
    </Button>
  )

  return (
    <div className={className}>
      <ul
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left"
        aria-label={t.actions}
      >
        {state.deleted ? (
          canEdit ? (
            <li>{action('restore', 'fr-icon-arrow-go-back-line', true)}</li>
          ) : null
        ) : (
          <>
            {canEdit ? (
              <li>
                {state.private
                  ? action('publish', 'fr-icon-eye-line', true)
                  : action('unpublish', 'fr-icon-eye-off-line', false)}
              </li>
            ) : null}
            {canEdit ? (
              <li>
                {state.archived
                  ? action('unarchive', 'fr-icon-inbox-unarchive-line', false)
                  : action('archive', 'fr-icon-archive-line', false, words.archiveHint)}
              </li>
            ) : null}
            {extra ? <li>{extra}</li> : null}
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
        title={words.deleteTitle}
        confirmLabel={words.confirmDelete}
        cancelLabel={t.cancel}
        danger
        isPending={deleting}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          const outcome = showOutcome(words.done.delete)
          void remove()
            .then(outcome.success, outcome.failure)
            .finally(() => setConfirmingDelete(false))
        }}
      >
        <p>{words.deleteBody}</p>
      </ConfirmDialog>
    </div>
  )
}
