import { Select } from '@codegouvfr/react-dsfr/Select'
import { maxConcurrency, minConcurrency } from './apply'

const choices = Array.from(
  { length: maxConcurrency - minConcurrency + 1 },
  (_, index) => index + minConcurrency,
)

/** How many datasets a job writes at once, within the engine's bounds (preview and job page). */
export function ConcurrencySelect({
  label,
  hint,
  value,
  disabled,
  onChange,
}: {
  label: string
  hint?: string
  value: number
  disabled?: boolean
  onChange: (value: number) => void
}) {
  return (
    <Select
      label={label}
      hint={hint}
      disabled={disabled}
      nativeSelectProps={{
        value: String(value),
        onChange: (event) => onChange(Number(event.target.value)),
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </Select>
  )
}
