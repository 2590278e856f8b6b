import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState, type ComponentProps } from 'react'
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { fieldState } from './form-helpers'
import { resourceMessages } from './messages'
import { resourceQueries, suggestionText } from './queries'

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

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** A text field with the API's suggestions offered through a native <datalist>. */
export function SuggestInput({
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
  const q = useDebounced(value.trim().toLowerCase(), 250)
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
