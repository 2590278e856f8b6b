import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { checkTag } from '@/api/tags'
import { useMessages } from '@/i18n/messages'
import { DismissibleTags } from '@/ui/dismissible-tags'
import { useDebouncedValue } from '@/ui/use-debounced-value'
import type { DatasetFieldProps } from './field-props'
import { datasetMessages } from './messages'
import { datasetPageMessages } from './page-messages'
import { datasetSuggestQueries } from './queries'
import { SuggestInput } from './suggest-input'

/** The dataset's tags: typed with suggestions, stored as udata stores them. */
export function TagsField({ form, idPrefix }: DatasetFieldProps) {
  const t = useMessages(datasetPageMessages)
  const { addTag } = useMessages(datasetMessages)
  const tags = useWatch({ control: form.control, name: 'tags' })
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const q = useDebouncedValue(text.trim(), 250)
  const suggestions = useQuery(datasetSuggestQueries.tags(q))
  const check = checkTag(text)
  const fieldError = form.formState.errors.tags
  const serverError =
    fieldError?.message ?? (Array.isArray(fieldError) ? undefined : fieldError?.root?.message)

  const add = (value: string) => {
    const { tag, problem: tagProblem } = checkTag(value)
    if (tagProblem) {
      setProblem(tagProblem === 'too-short' ? t.tagTooShort : t.tagTooLong)
      return
    }
    // Stored as udata stores them: slugified, de-duplicated, sorted.
    form.setValue('tags', [...new Set([...tags, tag])].sort(), {
      shouldDirty: true,
      shouldValidate: true,
    })
    setText('')
    setProblem(null)
  }

  return (
    <div className="fr-mb-3w">
      <SuggestInput
        id={`${idPrefix}-tags`}
        label={t.fieldTags}
        hint={t.fieldTagsHint}
        value={text}
        onChange={(value) => {
          setText(value)
          setProblem(null)
        }}
        commaAdds
        onEnter={add}
        onPick={(suggestion) => add(suggestion.key)}
        suggestions={(suggestions.data ?? [])
          .filter((suggestion) => !tags.includes(suggestion.text))
          .map((suggestion) => ({ key: suggestion.text, label: suggestion.text }))}
        suggestionsLabel={t.tagSuggestions}
        error={problem ?? serverError}
        below={
          text.trim() && check.tag && check.tag !== text.trim() ? (
            <p className="fr-message fr-message--info fr-mt-1v" aria-live="polite">
              {t.tagWillBeSaved(check.tag)}
            </p>
          ) : null
        }
      />
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w"
        onClick={() => add(text)}
        disabled={!text.trim()}
      >
        {addTag}
      </button>
      <DismissibleTags
        label={t.fieldTags}
        items={tags.map((tag) => ({ key: tag, label: tag }))}
        empty={t.noTags}
        removeLabel={t.removeTag}
        onRemove={(tag) =>
          form.setValue(
            'tags',
            tags.filter((other) => other !== tag),
            { shouldDirty: true, shouldValidate: true },
          )
        }
      />
    </div>
  )
}
