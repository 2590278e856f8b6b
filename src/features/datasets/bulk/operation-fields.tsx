import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { bulkMessages } from './messages'

/** A form value bound to a native input: its text, and what changes it. */
type Binding = {
  value: string
  onChange: (event: { target: { value: string } }) => void
  'aria-invalid'?: boolean
}

/**
 * A required choice among a reference list (operations, licences, frequencies…), with a
 * placeholder that cannot be chosen back (`optional`: one that can, and clears the field).
 */
export function ReferenceSelect({
  label,
  binding,
  choices,
  error,
  loading,
  placeholder = '—',
  optional,
}: {
  label: string
  binding: Binding
  choices: readonly { id: string; label: string }[]
  error?: string
  /** The list is still on its way. */
  loading?: boolean
  placeholder?: string
  optional?: boolean
}) {
  const t = useMessages(bulkMessages)
  return (
    <Select
      label={label}
      nativeSelectProps={{ ...binding, required: !optional }}
      {...fieldState(error)}
      hint={loading ? t.loadingReference : undefined}
    >
      <option value="" disabled={!optional}>
        {placeholder}
      </option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </Select>
  )
}

/** A yes/no choice as two radio buttons (make private or publish, archive or not). */
export function TwoChoices({
  legend,
  name,
  value,
  onChange,
  yes,
  no,
}: {
  legend: string
  name: string
  value: 'true' | 'false'
  onChange: (value: 'true' | 'false') => void
  yes: string
  no: string
}) {
  return (
    <RadioButtons
      legend={legend}
      name={name}
      options={[
        {
          label: yes,
          nativeInputProps: { checked: value === 'true', onChange: () => onChange('true') },
        },
        {
          label: no,
          nativeInputProps: { checked: value === 'false', onChange: () => onChange('false') },
        },
      ]}
    />
  )
}
