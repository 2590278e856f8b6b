import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { resourceMessages } from './messages'
import { useDeleteResource } from './mutations'
import type { Resource } from './types'

/** Deletes the resource, after a confirmation in place that takes the focus. */
export function DeleteResource({
  datasetId,
  resource,
  idPrefix,
  onDeleted,
}: {
  datasetId: string
  resource: Resource
  /** The panel's id, that the confirmation's ids derive from. */
  idPrefix: string
  onDeleted: (message: string) => void
}) {
  const t = useMessages(resourceMessages)
  const errorText = useErrorText()
  const remove = useDeleteResource(datasetId)
  const [confirming, setConfirming] = useState(false)

  if (!confirming)
    return (
      <div className="fr-mt-3w">
        <Button
          priority="tertiary"
          iconId="fr-icon-delete-line"
          onClick={() => setConfirming(true)}
        >
          {t.deleteResource}
        </Button>
      </div>
    )
  return (
    <div className="fr-mt-3w">
      <div
        role="alertdialog"
        aria-labelledby={`${idPrefix}-delete`}
        aria-describedby={`${idPrefix}-delete-text`}
      >
        <Alert
          severity="warning"
          title={t.deleteConfirmTitle(resource.title)}
          description={<span id={`${idPrefix}-delete-text`}>{t.deleteConfirmText}</span>}
          as="h4"
          classes={{ title: `${idPrefix}-delete-title` }}
        />
        <span id={`${idPrefix}-delete`} className="fr-sr-only">
          {t.deleteConfirmTitle(resource.title)}
        </span>
        {remove.isError ? (
          <Alert
            className="fr-mt-1w"
            severity="error"
            small
            description={errorText(remove.error)}
          />
        ) : null}
        <div className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
          <Button
            priority="primary"
            className="fr-btn--error"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(resource.id, {
                onSuccess: () => onDeleted(t.deleted(resource.title)),
              })
            }
            ref={(node) => node?.focus()}
          >
            {t.deleteConfirm}
          </Button>
          <Button priority="secondary" onClick={() => setConfirming(false)}>
            {t.cancel}
          </Button>
        </div>
      </div>
    </div>
  )
}
