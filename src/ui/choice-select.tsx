import { Select } from '@codegouvfr/react-dsfr/Select'

type Choice<Value extends string> = { value: Value; label: string }

/** A DSFR select over a list's choices (a sort, a page size, a filter's values). */
export function ChoiceSelect<Value extends string>({
  label,
  value,
  choices,
  onChange,
  className,
}: {
  label: string
  value: Value
  choices: readonly Choice<Value>[]
  onChange: (value: Value) => void
  className?: string
}) {
  return (
    <Select
      className={className}
      label={label}
      nativeSelectProps={{
        value,
        // Only the options below can be chosen, so the value is one of theirs.
        onChange: (event) => onChange(event.target.value as Value),
      }}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </Select>
  )
}
