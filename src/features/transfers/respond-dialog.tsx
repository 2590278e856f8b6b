import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { notify } from '@/ui/notices'
import { partyName } from './format'
import { transferMessages } from './messages'
import { TransferComment } from './transfer-comment'
import { useRespondTransfer } from './mutations'
import type { Transfer } from './types'

export type Answer = { transfer: Transfer; response: 'accept' | 'refuse' }

/** Confirm an answer to an incoming transfer, with an optional comment. */
export function RespondDialog({ answer, onClose }: { answer: Answer | null; onClose: () => void }) {
  const t = useMessages(transferMessages)
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
      <TransferComment
        label={t.responseComment}
        value={comment}
        onChange={setComment}
        sending={respond}
      />
    </ConfirmDialog>
  )
}
