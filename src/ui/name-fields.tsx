import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { MarkdownField } from './markdown-field'
import { TextField } from './text-field'

type Named = { acronym: string; description: string }

/**
 * The first row of an API's or an organization's form: its name, its acronym beside it, then
 * its Markdown description. Place it in a `fr-grid-row`.
 */
export function NameFields<V extends FieldValues & Named>({
  form,
  name,
  label,
  autoComplete,
  words,
}: {
  form: UseFormReturn<V>
  /** the name's field (`title`, `name`) */
  name: Path<V>
  label: string
  autoComplete?: string
  words: { fieldAcronym: string; fieldDescription: string; fieldDescriptionHint: string }
}) {
  // V has both fields (Named), but react-hook-form's Path<V> is not resolved for a generic V.
  const acronym = 'acronym' as Path<V>
  const description = 'description' as Path<V>
  return (
    <>
      <TextField form={form} name={name} label={label} autoComplete={autoComplete} column={8} />
      <TextField form={form} name={acronym} label={words.fieldAcronym} column={4} />
      <MarkdownField
        form={form}
        name={description}
        label={words.fieldDescription}
        hint={words.fieldDescriptionHint}
      />
    </>
  )
}
