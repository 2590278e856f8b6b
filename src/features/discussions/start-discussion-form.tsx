import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { setServerErrors } from '@/api/server-errors'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { discussionMessages } from './messages'
import { useStartDiscussion } from './mutations'
import { PostAsField } from './post-as-field'
import type { DiscussionSubject } from './types'

/**
 * Opens a new discussion on a dataset or reuse, as oneself or as the organization. `prefill`
 * starts it with a title and text (a discussion about one of the dataset's community resources).
 */
export function StartDiscussionForm({
  subject,
  organizationId,
  prefill,
}: {
  subject: DiscussionSubject
  organizationId: string | undefined
  prefill?: { title: string; comment: string }
}) {
  const t = useMessages(discussionMessages)
  const [postAs, setPostAs] = useState('')
  const start = useStartDiscussion()
  const schema = z.object({
    title: z.string().trim().min(1, t.commentRequired),
    comment: z.string().trim().min(1, t.commentRequired).max(50_000, t.commentTooLong),
  })
  type Values = z.infer<typeof schema>
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: prefill ?? { title: '', comment: '' },
  })
  const { errors } = form.formState

  return (
    <form
      noValidate
      aria-label={t.newDiscussion}
      onSubmit={(event) =>
        void form.handleSubmit((values) =>
          start.mutate(
            { ...values, subject, ...(postAs ? { organization: postAs } : {}) },
            {
              onSuccess: () => {
                form.reset({ title: '', comment: '' })
                notify({ kind: 'success', message: t.started })
              },
              onError: (error) => setServerErrors(error, form.setError, ['title', 'comment']),
            },
          ),
        )(event)
      }
    >
      <Input
        label={t.newTitle}
        state={errors.title ? 'error' : 'default'}
        stateRelatedMessage={errors.title?.message}
        nativeInputProps={form.register('title')}
      />
      <Input
        textArea
        label={t.newComment}
        hintText={t.replyHint}
        state={errors.comment ? 'error' : 'default'}
        stateRelatedMessage={errors.comment?.message}
        nativeTextAreaProps={{ ...form.register('comment'), rows: 4 }}
      />
      <PostAsField organizationId={organizationId} value={postAs} onChange={setPostAs} />
      {errors.root?.server ? (
        <Alert
          small
          severity="error"
          description={errors.root.server.message ?? ''}
          className="fr-mb-2w"
        />
      ) : null}
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? t.sending : t.startSend}
      </Button>
    </form>
  )
}
