import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { profileMessages } from './messages'
import { customMetadataTypes, type ProfileFormValues } from './profile-values'

/** The organization's custom metadata definitions (`extras.custom`): list, add, edit, remove. */
export function CustomMetadataFields({ form }: { form: UseFormReturn<ProfileFormValues> }) {
  const t = useMessages(profileMessages)
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'custom' })
  const values = useWatch({ control: form.control, name: 'custom' })
  const errors = form.formState.errors.custom
  return (
    <section className="fr-mt-6w" aria-labelledby="custom-metadata-title">
      <h2 id="custom-metadata-title" className="fr-h5">
        {t.fieldCustom}
      </h2>
      <p className="fr-text--sm">{t.customIntro}</p>
      {errors?.message ? (
        <p className="fr-message fr-message--error fr-mb-2w" role="alert">
          {errors.message}
        </p>
      ) : null}
      {fields.length === 0 ? <p>{t.customNone}</p> : null}
      {fields.map((field, index) => {
        const error = errors?.[index]
        const title = values[index]?.title.trim() || t.customUntitled
        return (
          <fieldset
            key={field.id}
            className="fr-p-2w fr-mb-3w"
            style={{ border: '1px solid var(--border-default-grey)', margin: 0 }}
          >
            <legend className="fr-text--md fr-text--bold fr-px-1w">
              {t.customItem(index + 1)}
            </legend>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <Input
                  label={t.customTitle}
                  state={error?.title ? 'error' : 'default'}
                  stateRelatedMessage={error?.title?.message}
                  nativeInputProps={form.register(`custom.${index}.title`)}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Select
                  label={t.customType}
                  nativeSelectProps={form.register(`custom.${index}.type`)}
                >
                  {customMetadataTypes.map((type) => (
                    <option key={type} value={type}>
                      {t.typeLabels[type]}
                    </option>
                  ))}
                </Select>
              </div>
              <div className="fr-col-12">
                <Input
                  label={t.customDescription}
                  nativeInputProps={form.register(`custom.${index}.description`)}
                />
              </div>
              {values[index]?.type === 'choice' ? (
                <div className="fr-col-12">
                  <Input
                    textArea
                    label={t.customChoices}
                    hintText={t.customChoicesHint}
                    state={error?.choices ? 'error' : 'default'}
                    stateRelatedMessage={error?.choices?.message}
                    nativeTextAreaProps={{ ...form.register(`custom.${index}.choices`), rows: 4 }}
                  />
                </div>
              ) : null}
              <div className="fr-col-12">
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  onClick={() => remove(index)}
                >
                  {t.customRemove(title)}
                </Button>
              </div>
            </div>
          </fieldset>
        )
      })}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => append({ title: '', description: '', type: 'str', choices: '' })}
      >
        {t.customAdd}
      </Button>
    </section>
  )
}
