import type { ReactElement } from 'react'
import {
  Controller,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form'

/** What a field drawn by its own component (tags, pickers…) gets from the form. */
export type Bound<T> = { value: T; onChange: (value: T) => void; error?: string }

/**
 * A field drawn by its own component, bound to the form: its value, its change and its error
 * (the client's check or udata's 400), e.g. `render={(bound) => <TagsField {...bound} />}`.
 */
export function BoundField<V extends FieldValues, N extends Path<V>>({
  form,
  name,
  render,
}: {
  form: UseFormReturn<V>
  name: N
  render: (bound: Bound<PathValue<V, N>>) => ReactElement
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) =>
        render({ value: field.value, onChange: field.onChange, error: fieldState.error?.message })
      }
    />
  )
}
