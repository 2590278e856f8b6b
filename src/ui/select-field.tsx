import { Select } from '@codegouvfr/react-dsfr/Select'
import type { ReactNode } from 'react'
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { fieldState } from './field-state'
import { inColumn, type GridColumn } from './grid-column'

type SelectFieldProps<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: Path<V>
  label: string
  /** the first option, for "none chosen" */
  emptyLabel?: string
  options?: readonly { value: string; label: string }[]
  /** options drawn by the caller instead (e.g. licences grouped) */
  children?: ReactNode
  /** its width in the form's grid */
  column?: GridColumn
}

/**
 * A select bound to the form. Controlled, because its options often arrive after the form opens
 * (reference lists) and the value must follow them.
 */
export function SelectField<V extends FieldValues>({
  form,
  name,
  label,
  emptyLabel,
  options,
  children,
  column,
}: SelectFieldProps<V>) {
  return inColumn(
    column,
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState: { error } }) => (
        <Select label={label} {...fieldState(error)} nativeSelectProps={{ ...field }}>
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </Select>
      )}
    />,
  )
}
