import { useId } from 'react'
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { formMessages } from './form-messages'
import { Markdown } from './markdown'
import { TextField } from './text-field'

type MarkdownFieldProps<V extends FieldValues> = {
  form: UseFormReturn<V>
  name: Path<V>
  label: string
  hint?: string
}

/**
 * A Markdown text and, beside it, how the portal will show it. Two grid columns: place it in a
 * `fr-grid-row`.
 */
export function MarkdownField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
}: MarkdownFieldProps<V>) {
  const t = useMessages(formMessages)
  const id = useId()
  const source = String(useWatch({ control: form.control, name }) ?? '')
  return (
    <>
      <div className="fr-col-12 fr-col-lg-6">
        <TextField form={form} name={name} label={label} hint={hint} rows={12} />
      </div>
      <div className="fr-col-12 fr-col-lg-6">
        <section aria-labelledby={`${id}-preview`}>
          <p id={`${id}-preview`} className="fr-label fr-mb-1w">
            {t.preview}
          </p>
          <div
            className="fr-p-2w"
            style={{
              border: '1px solid var(--border-default-grey)',
              minHeight: '12rem',
              overflowWrap: 'anywhere',
            }}
          >
            {source.trim() ? (
              <Markdown source={source} />
            ) : (
              <p className="fr-hint-text">{t.emptyPreview}</p>
            )}
          </div>
        </section>
      </div>
    </>
  )
}
