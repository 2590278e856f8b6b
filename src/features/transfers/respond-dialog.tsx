import { Input } from '@codegouvfr/react-dsfr/Input'
import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { partyName } from './format'
import { transferMessages } from './messages'
import { useRespondTransfer } from './mutations'
import type { Transfer } from './types'

export type Answer = { transfer: Transfer; response: 'accept' | 'refuse' }

/** Confirm an answer to an incoming transfer, with an optional comment. */
export function RespondDialog({ answer, onClose }: { answer: Answer | null; onClose: () => void }) {
  const t = useMessages(transferMessages)
  const errorText = useErrorText()
  const respond = useRespondTransfer()
  const [comment, setComment] = useState('')
  const title = answer?.transfer.subject?.title ?? t.subjectGone
  const from = partyName(answer?.transfer.owner ?? null)
  const accept = answer?.response === 'accept'
  const close = () => {
    setComment('')
    respond.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={answer !== null}
      title={accept ? t.acceptTitle : t.refuseTitle}
      confirmLabel={accept ? t.accept : t.refuse}
      danger={!accept}
      isPending={respond.isPending}
      onCancel={close}
      onConfirm={() => {
        if (!answer) return
        respond.mutate(
          { id: answer.transfer.id, response: answer.response, comment: comment.trim() },
          {
            onSuccess: () => {
              notify({ kind: 'success', message: accept ? t.accepted(title) : t.refused })
              close()
            },
          },
        )
      }}
    >
      <p>{accept ? t.acceptBody(title, from) : t.refuseBody(title, from)}</p>
      <Input
        textArea
        label={t.responseComment}
        nativeTextAreaProps={{
          value: comment,
          rows: 3,
          onChange: (event) => setComment(event.target.value),
        }}
      />
      {respond.isError ? (
        <p className="fr-message fr-message--error" role="alert">
          {errorText(respond.error)}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
