import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { notify } from '@/ui/notices'
import { useTypedSearch } from '@/ui/use-typed-search'
import { transferMessages } from './messages'
import { TransferComment } from './transfer-comment'
import { useRequestTransfer } from './mutations'
import { organizationSuggestQueries } from './queries'
import type { OrganizationSuggestion, TransferSubject } from './types'

type TransferDialogProps = {
  open: boolean
  subject: TransferSubject
  /** the current owner, left out of the choices (udata refuses a transfer to oneself) */
  ownerId: string | null
  onClose: () => void
}

/**
 * Propose the transfer of a dataset, API or reuse to another organization (POST /transfer/):
 * find the organization by name, explain why; the recipient's admins then answer it.
 */
export function TransferDialog({ open, subject, ownerId, onClose }: TransferDialogProps) {
  const t = useMessages(transferMessages)
  const { query, setQuery, q, searching } = useTypedSearch()
  const [chosen, setChosen] = useState<OrganizationSuggestion | null>(null)
  const [comment, setComment] = useState('')
  const [problems, setProblems] = useState<{ recipient?: string; comment?: string }>({})
  const suggestions = useQuery({
    ...organizationSuggestQueries.suggest(q),
    enabled: open && searching,
  })
  const request = useRequestTransfer()
  const choices = (suggestions.data ?? []).filter((org) => org.id !== ownerId)

  const close = () => {
    setQuery('')
    setChosen(null)
    setComment('')
    setProblems({})
    request.reset()
    onClose()
  }

  const send = () => {
    const next = {
      recipient: chosen ? undefined : t.chooseOrganization,
      comment: comment.trim() ? undefined : t.commentRequired,
    }
    setProblems(next)
    if (!chosen || next.comment) return
    request.mutate(
      {
        subject: { class: subject.class, id: subject.id },
        recipient: { class: 'Organization', id: chosen.id },
        comment: comment.trim(),
      },
      {
        onSuccess: () => {
          notify({ kind: 'success', message: t.sent(chosen.name) })
          close()
        },
      },
    )
  }

  return (
    <ConfirmDialog
      open={open}
      title={t.proposeTitle(subject.title)}
      confirmLabel={t.send}
      isPending={request.isPending}
      onConfirm={send}
      onCancel={close}
    >
      <p>{t.proposeBody}</p>
      <Input
        label={t.searchOrganization}
        hintText={t.searchHint}
        state={problems.recipient ? 'error' : 'default'}
        stateRelatedMessage={problems.recipient}
        nativeInputProps={{
          type: 'search',
          value: query,
          autoComplete: 'off',
          onChange: (event) => setQuery(event.target.value),
        }}
      />
      <div aria-live="polite">
        {searching && suggestions.isFetching && !suggestions.data ? (
          <p className="fr-text--sm">{t.searching}</p>
        ) : null}
        {searching && suggestions.data && choices.length === 0 ? (
          <p className="fr-text--sm">{t.noOrganization}</p>
        ) : null}
      </div>
      {choices.length > 0 ? (
        <RadioButtons
          legend={t.results}
          options={choices.map((org) => ({
            label: org.acronym ? `${org.name} (${org.acronym})` : org.name,
            nativeInputProps: {
              value: org.id,
              checked: chosen?.id === org.id,
              onChange: () => setChosen(org),
            },
          }))}
        />
      ) : null}
      <TransferComment
        label={t.comment}
        value={comment}
        onChange={setComment}
        problem={problems.comment}
        sending={request}
      />
    </ConfirmDialog>
  )
}
