import { Button } from '@codegouvfr/react-dsfr/Button'
import { useId, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { formMessages } from './form-messages'
import { normalizeTags } from '@/api/tags'
import { isValidTag, splitTagInput } from './tag-input'

/** Tags as udata stores them: typed freely, shown normalised before anything is saved. */
export function TagsField({
  value,
  onChange,
  error,
}: {
  value: string[]
  onChange: (tags: string[]) => void
  error?: string
}) {
  const t = useMessages(formMessages)
  const id = useId()
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const parts = splitTagInput(draft)
  const preview = normalizeTags(parts)

  const add = () => {
    if (parts.length === 0) return
    const invalid = parts.find((part) => !isValidTag(part))
    setProblem(invalid ? t.tagTooShort(invalid) : null)
    onChange(normalizeTags([...value, ...parts.filter(isValidTag)]))
    setDraft(invalid ?? '')
  }
  const message = problem ?? error
  return (
    <div className={`fr-input-group${message ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {t.fieldTags}
        <span className="fr-hint-text">{t.fieldTagsHint}</span>
      </label>
      {value.length > 0 ? (
        <ul className="fr-tags-group fr-mt-1w">
          {value.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="fr-tag fr-tag--sm fr-tag--dismiss"
                aria-label={t.removeTag(tag)}
                onClick={() => onChange(value.filter((item) => item !== tag))}
              >
                {tag}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div style={{ display: 'flex', gap: '.5rem', alignItems: 'flex-end' }}>
        <input
          id={id}
          className={`fr-input${message ? ' fr-input--error' : ''}`}
          value={draft}
          aria-describedby={`${id}-preview ${id}-messages`}
          onChange={(event) => {
            setDraft(event.target.value)
            setProblem(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <Button type="button" priority="secondary" onClick={add}>
          {t.addTag}
        </Button>
      </div>
      <p id={`${id}-preview`} className="fr-hint-text fr-mt-1v" aria-live="polite">
        {preview.length > 0 && preview.join(', ') !== parts.join(', ')
          ? t.tagsNormalised(preview.join(', '))
          : ''}
      </p>
      <div id={`${id}-messages`} className="fr-messages-group">
        {message ? <p className="fr-message fr-message--error">{message}</p> : null}
      </div>
    </div>
  )
}
