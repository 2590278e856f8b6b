import { Select } from '@codegouvfr/react-dsfr/Select'

type Choice = { id: string; label: string }

/** A list filter over a set of choices (reuse types, topics, statuses, datasets), "all" first. */
export function ChoiceFilter({
  label,
  allLabel,
  value,
  choices,
  onChange,
}: {
  label: string
  allLabel: string
  value: string
  choices: readonly Choice[] | undefined
  onChange: (value: string) => void
}) {
  return (
    <Select
      className="fr-mb-0"
      label={label}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
    >
      <option value="">{allLabel}</option>
      {choices?.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </Select>
  )
}
