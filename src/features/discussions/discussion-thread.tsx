import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { setServerErrors } from '@/api/server-errors'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Markdown } from '@/ui/markdown'
import { notify } from '@/ui/notices'
import { formatDateTime } from '@/ui/dates'
import { userName } from './format'
import { discussionMessages } from './messages'
import { useReplyToDiscussion } from './mutations'
import { PostAsField } from './post-as-field'
import type { Discussion, DiscussionMessage } from './types'

const maxComment = 50_000

function MessageItem({ message }: { message: DiscussionMessage }) {
  const t = useMessages(discussionMessages)
  const lang = useLanguage()
  const user = userName(message.posted_by) ?? t.unknownUser
  const author = message.posted_by_organization
    ? t.asOrganization(message.posted_by_organization.name, user)
    : user
  return (
    <li className="fr-mb-3w">
      <p className="fr-text--sm fr-mb-1v">
        <strong>{author}</strong> ·{' '}
        <time dateTime={message.posted_on}>{formatDateTime(message.posted_on, lang) ?? ''}</time>
      </p>
      <Markdown source={message.content} className="fr-text--md" />
    </li>
  )
}

/** Where a thread is shown: the discussion, and the organization one may reply as. */
type ThreadProps = { discussion: Discussion; organizationId: string | undefined }

/** A discussion's messages, then a reply form (as oneself or as the organization; reply and close). */
export function DiscussionThread({ discussion, organizationId }: ThreadProps) {
  const t = useMessages(discussionMessages)
  const lang = useLanguage()
  return (
    <div>
      <ol className="fr-raw-list" aria-label={t.thread}>
        {discussion.discussion.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </ol>
      {discussion.closed ? (
        <Alert
          small
          severity="info"
          description={`${t.closedOn(
            formatDateTime(discussion.closed, lang) ?? '',
            discussion.closed_by_organization?.name ??
              userName(discussion.closed_by) ??
              t.unknownUser,
          )} ${t.cannotReplyClosed}`}
        />
      ) : (
        <ReplyForm discussion={discussion} organizationId={organizationId} />
      )}
    </div>
  )
}

function ReplyForm({ discussion, organizationId }: ThreadProps) {
  const t = useMessages(discussionMessages)
  const fieldId = useId()
  const [postAs, setPostAs] = useState('')
  const reply = useReplyToDiscussion(discussion.id)
  const schema = z.object({
    comment: z.string().max(maxComment, t.commentTooLong),
  })
  type Values = z.infer<typeof schema>
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { comment: '' } })
  const canClose = discussion.permissions?.close !== false
  const draft = useWatch({ control: form.control, name: 'comment' })

  const submit = (close: boolean) =>
    form.handleSubmit((values) => {
      const comment = values.comment.trim()
      if (!comment && !close) {
        form.setError('comment', { type: 'required', message: t.commentRequired })
        return
      }
      reply.mutate(
        {
          ...(comment ? { comment } : {}),
          ...(close ? { close: true } : {}),
          ...(postAs ? { organization: postAs } : {}),
        },
        {
          onSuccess: () => {
            form.reset({ comment: '' })
            notify({ kind: 'success', message: close ? t.closedNotice : t.replied })
          },
          onError: (error) => setServerErrors(error, form.setError, ['comment']),
        },
      )
    })

  const commentError = form.formState.errors.comment?.message
  const rootError = form.formState.errors.root?.server?.message
  return (
    <form
      noValidate
      aria-label={t.reply}
      onSubmit={(event) => {
        event.preventDefault()
        void submit(false)()
      }}
    >
      <Controller
        control={form.control}
        name="comment"
        render={({ field }) => (
          <Input
            textArea
            label={t.replyLabel}
            hintText={t.replyHint}
            state={commentError ? 'error' : 'default'}
            stateRelatedMessage={commentError}
            nativeTextAreaProps={{ ...field, id: fieldId, rows: 4 }}
          />
        )}
      />
      <PostAsField organizationId={organizationId} value={postAs} onChange={setPostAs} />
      {rootError ? (
        <Alert small severity="error" description={rootError} className="fr-mb-2w" />
      ) : null}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        <li>
          <Button type="submit" disabled={reply.isPending}>
            {reply.isPending ? t.sending : t.send}
          </Button>
        </li>
        {canClose ? (
          <li>
            <Button
              type="button"
              priority="secondary"
              disabled={reply.isPending}
              onClick={() => void submit(true)()}
            >
              {draft.trim() ? t.sendAndClose : t.closeOnly}
            </Button>
          </li>
        ) : null}
      </ul>
    </form>
  )
}
