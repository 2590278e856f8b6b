import { Select } from '@codegouvfr/react-dsfr/Select'
import { useMessages } from '@/i18n/messages'
import { csvMessages } from './messages'
import { csvDelimiters, type CsvDelimiter } from './write'

/** The delimiter of a CSV about to be written; callers start from `defaultDelimiter`. */
export function CsvDelimiterSelect({
  value,
  onChange,
  className,
}: {
  value: CsvDelimiter
  onChange: (delimiter: CsvDelimiter) => void
  className?: string
}) {
  const t = useMessages(csvMessages)
  return (
    <Select
      className={className}
      label={t.delimiterLabel}
      nativeSelectProps={{
        value,
        onChange: (event) => onChange(event.target.value as CsvDelimiter),
      }}
    >
      {csvDelimiters.map((delimiter) => (
        <option key={delimiter} value={delimiter}>
          {t.delimiterNames[delimiter]}
        </option>
      ))}
    </Select>
  )
}
