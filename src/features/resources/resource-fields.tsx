import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useId, type ComponentProps } from 'react'
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { useDebouncedValue } from '@/ui/use-debounced-value'
import { resourceMessages } from './messages'
import { resourceQueries, suggestionText } from './queries'

type FieldProps = { registration: UseFormRegisterReturn; error?: FieldError }

/** What failed on no field (network, server, an unknown field), above the form. */
export function TitleInput({ registration, error }: FieldProps) {
  const t = useMessages(resourceMessages)
  return <Input label={t.title} nativeInputProps={registration} {...fieldState(error)} />
}

export function DescriptionInput({ registration, error }: FieldProps) {
  const t = useMessages(resourceMessages)
  return (
    <Input
      label={t.description}
      hintText={t.descriptionHint}
      textArea
      nativeTextAreaProps={{ ...registration, rows: 4 }}
      {...fieldState(error)}
    />
  )
}

export function UrlInput({ registration, error }: FieldProps) {
  const t = useMessages(resourceMessages)
  return (
    <Input
      label={t.url}
      hintText={t.urlHint}
      nativeInputProps={{ ...registration, type: 'url', inputMode: 'url' }}
      {...fieldState(error)}
    />
  )
}

export function TypeSelect({
  registration,
  error,
  current,
}: {
  registration: UseFormRegisterReturn
  error?: FieldError
  current?: string
}) {
  const t = useMessages(resourceMessages)
  const lang = useLanguage()
  const types = useQuery(resourceQueries.types(lang))
  const options = types.data ?? (current ? [{ id: current, label: current }] : [])
  return (
    <Select label={t.type} nativeSelectProps={registration} {...fieldState(error)}>
      {options.map((type) => (
        <option key={type.id} value={type.id}>
          {type.label}
        </option>
      ))}
    </Select>
  )
}

/** A text field with the API's suggestions offered through a native <datalist>. */
function SuggestInput({
  label,
  hintText,
  registration,
  error,
  value,
  suggest,
  disabled,
}: {
  label: string
  hintText?: string
  registration: UseFormRegisterReturn
  error?: FieldError
  value: string
  suggest: 'formats' | 'mime'
  disabled?: boolean
}) {
  const listId = useId()
  const q = useDebouncedValue(value.trim().toLowerCase(), 250)
  const options =
    suggest === 'formats' ? resourceQueries.suggestFormats(q) : resourceQueries.suggestMime(q)
  const suggestions = useQuery({ ...options, enabled: !disabled && q.length > 0 })
  const inputProps: ComponentProps<'input'> = {
    ...registration,
    list: listId,
    autoComplete: 'off',
    disabled,
  }
  return (
    <>
      <Input
        label={label}
        hintText={hintText}
        nativeInputProps={inputProps}
        disabled={disabled}
        {...fieldState(error)}
      />
      <datalist id={listId}>
        {(suggestions.data ?? []).map((suggestion) => (
          <option key={suggestionText(suggestion)} value={suggestionText(suggestion)} />
        ))}
      </datalist>
    </>
  )
}

/** `value` is the field's current text, which the suggestions follow. */
export function FormatInput({
  hintText,
  disabled,
  ...field
}: FieldProps & { value: string; hintText: string; disabled?: boolean }) {
  const t = useMessages(resourceMessages)
  return (
    <SuggestInput
      label={t.format}
      hintText={hintText}
      suggest="formats"
      disabled={disabled}
      {...field}
    />
  )
}

export function MimeInput(field: FieldProps & { value: string }) {
  const t = useMessages(resourceMessages)
  return <SuggestInput label={t.mime} hintText={t.mimeHint} suggest="mime" {...field} />
}

/** A resource form's submit and close buttons; submit says "saving" while the request runs. */
export function FormActions({
  pending,
  submitLabel,
  closeLabel,
  onClose,
}: {
  pending: boolean
  submitLabel: string
  closeLabel: string
  onClose: () => void
}) {
  const t = useMessages(resourceMessages)
  return (
    <div className="fr-btns-group fr-btns-group--inline-md">
      <Button type="submit" disabled={pending}>
        {pending ? t.saving : submitLabel}
      </Button>
      <Button type="button" priority="secondary" onClick={onClose}>
        {closeLabel}
      </Button>
    </div>
  )
}
