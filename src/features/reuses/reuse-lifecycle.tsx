import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useRef, useState } from 'react'
import { TransferAction } from '@/features/transfers/transfer-action'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { reuseMessages } from './messages'
import { useDeleteReuse, useRestoreReuse } from './mutations'
import type { Reuse } from './types'
import { useErrorText } from '@/ui/error-text'

/** Runs a reuse's lifecycle mutation; once done, `then` and the success notice. */
function runThenNotify(
  mutation: { mutate: (variables: undefined, options: { onSuccess: () => void }) => void },
  message: string,
  then?: () => void,
) {
  mutation.mutate(undefined, {
    onSuccess: () => {
      then?.()
      notify({ kind: 'success', message })
    },
  })
}

/** Restore banner for a deleted reuse. */
export function DeletedReuseBanner({ reuse }: { reuse: Reuse }) {
  const t = useMessages(reuseMessages)
  const errorText = useErrorText()
  const restore = useRestoreReuse(reuse.id)
  return (
    <div className="fr-mb-3w">
      <Alert severity="warning" title={t.statusDeleted} description={t.deletedBanner} />
      <Button
        className="fr-mt-2w"
        iconId="fr-icon-refresh-line"
        disabled={restore.isPending}
        onClick={() => runThenNotify(restore, t.restored)}
      >
        {t.restore}
      </Button>
      {restore.isError ? (
        <Alert small severity="error" description={errorText(restore.error)} className="fr-mt-1w" />
      ) : null}
    </div>
  )
}

/** Delete, after an explicit confirmation (udata soft-deletes: it can be restored until purged). */
export function DeleteReuseSection({ reuse }: { reuse: Reuse }) {
  const t = useMessages(reuseMessages)
  const errorText = useErrorText()
  const remove = useDeleteReuse(reuse.id)
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])
  return (
    <section className="fr-mt-6w" aria-labelledby="reuse-danger-title">
      <h2 id="reuse-danger-title" className="fr-h5">
        {t.dangerZone}
      </h2>
      <div className="fr-mb-2w">
        <TransferAction
          subject={{ class: 'Reuse', id: reuse.id, title: reuse.title }}
          organizationId={reuse.organization?.id ?? null}
        />
      </div>
      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby="reuse-delete-question"
        >
          <p id="reuse-delete-question">{t.deleteConfirm}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button
                className="fr-btn--error"
                iconId="fr-icon-delete-line"
                disabled={remove.isPending}
                onClick={() => runThenNotify(remove, t.deleted, () => setConfirming(false))}
              >
                {t.confirmDelete}
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={() => setConfirming(false)}>
                {t.cancel}
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <Button
          priority="secondary"
          iconId="fr-icon-delete-line"
          onClick={() => setConfirming(true)}
        >
          {t.delete}
        </Button>
      )}
      {remove.isError ? (
        <Alert small severity="error" description={errorText(remove.error)} className="fr-mt-1w" />
      ) : null}
    </section>
  )
}
