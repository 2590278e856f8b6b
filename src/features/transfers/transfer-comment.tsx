import { Input } from '@codegouvfr/react-dsfr/Input'
import { useErrorText } from '@/ui/error-text'

/** A transfer dialog's last part: the comment sent with it, then why sending failed, if it did. */
export function TransferComment({
  label,
  value,
  onChange,
  problem,
  sending,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  /** what is wrong with the comment itself */
  problem?: string
  sending: { isError: boolean; error: unknown }
}) {
  const errorText = useErrorText()
  return (
    <>
      <Input
        textArea
        label={label}
        state={problem ? 'error' : 'default'}
        stateRelatedMessage={problem}
        nativeTextAreaProps={{
          value,
          rows: 3,
          onChange: (event) => onChange(event.target.value),
        }}
      />
      {sending.isError ? (
        <p className="fr-message fr-message--error" role="alert">
          {errorText(sending.error)}
        </p>
      ) : null}
    </>
  )
}
