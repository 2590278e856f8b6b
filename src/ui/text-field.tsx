import { Input } from '@codegouvfr/react-dsfr/Input'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { fieldState } from './field-state'
import { inColumn, type GridColumn } from './grid-column'

type TextFieldProps<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: Path<V>
  label: string
  hint?: string
  /** `url` for a web address (keyboard and autofill follow) */
  type?: 'text' | 'url'
  autoComplete?: string
  inputMode?: 'numeric' | 'decimal'
  /** a multi-line text of this many rows */
  rows?: number
  /** its width in the form's grid */
  column?: GridColumn
}

/** A text input bound to the form, with its error (the client's check or udata's 400) under it. */
export function TextField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = 'text',
  autoComplete = type === 'url' ? 'url' : 'off',
  inputMode,
  rows,
  column,
}: TextFieldProps<V>) {
  const state = fieldState(form.getFieldState(name, form.formState).error)
  const registration = form.register(name)
  return inColumn(
    column,
    rows ? (
      <Input
        textArea
        label={label}
        hintText={hint}
        {...state}
        nativeTextAreaProps={{ ...registration, rows }}
      />
    ) : (
      <Input
        label={label}
        hintText={hint}
        {...state}
        nativeInputProps={{
          ...registration,
          autoComplete,
          ...(type === 'url' ? { type: 'url', inputMode: 'url' } : { inputMode }),
        }}
      />
    ),
  )
}
