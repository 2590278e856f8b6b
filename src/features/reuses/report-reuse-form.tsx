import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'
import { useReportReuse } from './mutations'
import { reportQueries } from './queries'
import { useErrorText } from '@/ui/error-text'

/** Reports a reuse to the instance's moderators (`POST /api/1/reports/`), with one of udata's reasons. */
export function ReportReuseForm({ reuseId }: { reuseId: string }) {
  const t = useMessages(reuseMessages)
  const errorText = useErrorText()
  const lang = useLanguage()
  const reasons = useQuery(reportQueries.reasons(lang))
  const report = useReportReuse()
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')
  const [missingReason, setMissingReason] = useState(false)

  if (report.isSuccess) return <Alert severity="success" small description={t.reportSent} />
  return (
    <form
      noValidate
      aria-label={t.reportTitle}
      onSubmit={(event) => {
        event.preventDefault()
        if (!reason) {
          setMissingReason(true)
          return
        }
        report.mutate({
          subject: { class: 'Reuse', id: reuseId },
          reason,
          ...(message.trim() ? { message: message.trim() } : {}),
        })
      }}
    >
      <Select
        label={t.reportReason}
        state={missingReason ? 'error' : 'default'}
        stateRelatedMessage={t.required}
        nativeSelectProps={{
          value: reason,
          onChange: (event) => {
            setReason(event.target.value)
            setMissingReason(false)
          },
        }}
      >
        <option value="">{t.choose}</option>
        {reasons.data?.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </Select>
      <Input
        textArea
        label={t.reportMessage}
        nativeTextAreaProps={{
          value: message,
          onChange: (event) => setMessage(event.target.value),
          rows: 3,
        }}
      />
      {report.isError ? (
        <Alert small severity="error" description={errorText(report.error)} className="fr-mb-2w" />
      ) : null}
      <Button
        type="submit"
        priority="secondary"
        iconId="fr-icon-flag-line"
        disabled={report.isPending}
      >
        {t.reportSend}
      </Button>
    </form>
  )
}
