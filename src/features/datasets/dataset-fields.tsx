import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useDeferredValue, useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { LicenseOptions } from './license-options'
import { useMessages } from '@/i18n/messages'
import { Markdown } from '@/ui/markdown'
import { notify } from '@/ui/notices'
import { AccessTypeFields } from './access-type-fields'
import { ContactPointDialog } from './contact-point-dialog'
import type { DatasetFormValues } from './dataset-form-values'
import { datasetMessages } from './messages'
import { contactPointQueries, datasetReferenceQueries, datasetSuggestQueries } from './queries'
import { SuggestInput } from './suggest-input'
import { checkTag } from '@/api/tags'
import { useDebouncedValue } from '@/ui/use-debounced-value'
import type { ContactPoint } from './types'

type DatasetFieldsProps = {
  form: UseFormReturn<DatasetFormValues>
  organizationId: string
  /** Contact points already on the dataset, in case they are not the organization's. */
  currentContacts?: ContactPoint[]
  idPrefix?: string
}

/** Every writable dataset field, bound to a react-hook-form instance (edit and create). */
export function DatasetFields({
  form,
  organizationId,
  currentContacts = [],
  idPrefix = 'dataset',
}: DatasetFieldsProps) {
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const { register, formState, control } = form
  const errors = formState.errors
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const frequencies = useQuery(datasetReferenceQueries.frequencies(lang))
  const granularities = useQuery(datasetReferenceQueries.granularities(lang))
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const contactRoles = useQuery(datasetReferenceQueries.contactRoles(lang))
  const roleLabel = (role: string) =>
    contactRoles.data?.find((item) => item.id === role)?.label ?? role

  const [
    title,
    description,
    descriptionShort,
    license,
    frequency,
    granularity,
    contactIds,
    accessType,
  ] = useWatch({
    control,
    name: [
      'title',
      'description',
      'description_short',
      'license',
      'frequency',
      'granularity',
      'contact_points',
      'access_type',
    ],
  })
  // The contact point being created (null) or edited in the dialog; undefined = no dialog.
  const [editing, setEditing] = useState<ContactPoint | null | undefined>(undefined)
  // udata clears the licence of a dataset whose access is not open, on every save (§6.1)
  const licenseLocked = accessType !== 'open'
  const licenseLost =
    licenseLocked && license !== 'notspecified'
      ? (licenses.data?.find((item) => item.id === license)?.title ?? license)
      : null
  const preview = useDeferredValue(description)

  const state = (message: string | undefined) =>
    message ? { state: 'error' as const, stateRelatedMessage: message } : {}

  const contactOptions = [
    ...(contacts.data?.data ?? []),
    ...currentContacts.filter(
      (contact) => !contacts.data?.data.some((other) => other.id === contact.id),
    ),
  ]

  return (
    <>
      <Input
        label={t.fieldTitle}
        hintText={t.charCount(title.length, 350)}
        nativeInputProps={{
          ...register('title'),
          id: `${idPrefix}-title`,
          required: true,
          'aria-required': true,
        }}
        {...state(errors.title?.message)}
      />
      <Input
        label={t.fieldAcronym}
        nativeInputProps={{ ...register('acronym'), id: `${idPrefix}-acronym` }}
        {...state(errors.acronym?.message)}
      />
      <Input
        label={t.fieldDescriptionShort}
        hintText={`${t.fieldDescriptionShortHint} ${t.charCount(descriptionShort.length, 200)}`}
        nativeInputProps={{ ...register('description_short'), id: `${idPrefix}-description_short` }}
        {...state(errors.description_short?.message)}
      />
      <div className="dataset-form__description">
        <Input
          label={t.fieldDescription}
          hintText={t.fieldDescriptionHint}
          textArea
          nativeTextAreaProps={{
            ...register('description'),
            id: `${idPrefix}-description`,
            rows: 14,
            required: true,
            'aria-required': true,
          }}
          {...state(errors.description?.message)}
        />
        <section className="dataset-form__preview" aria-labelledby={`${idPrefix}-preview-title`}>
          <p className="fr-text--sm fr-text--bold fr-mb-1w" id={`${idPrefix}-preview-title`}>
            {t.preview}
          </p>
          {preview.trim() ? (
            <Markdown source={preview} className="dataset-form__markdown" />
          ) : (
            <p className="fr-hint-text">{t.previewEmpty}</p>
          )}
        </section>
      </div>

      <TagsField form={form} idPrefix={idPrefix} />

      {/* The selects are controlled: their options arrive after the value, and an uncontrolled
          select would silently show its first option instead. */}
      <AccessTypeFields form={form} idPrefix={idPrefix} />
      {licenseLost ? (
        <Alert
          severity="warning"
          small
          className="fr-mb-3w"
          description={t.licenseWillBeRemoved(licenseLost)}
        />
      ) : null}

      <div className="dataset-form__row">
        <Select
          label={t.fieldLicense}
          hint={licenseLocked ? t.licenseNotForAccess : undefined}
          disabled={licenseLocked}
          nativeSelectProps={{
            ...register('license'),
            value: licenseLocked ? 'notspecified' : license,
            id: `${idPrefix}-license`,
          }}
          {...state(errors.license?.message)}
        >
          <LicenseOptions
            value={licenseLocked ? 'notspecified' : license}
            licenses={licenses.data}
          />
        </Select>
        <Select
          label={t.fieldFrequency}
          nativeSelectProps={{
            ...register('frequency'),
            value: frequency,
            id: `${idPrefix}-frequency`,
          }}
          {...state(errors.frequency?.message)}
        >
          {frequencies.data?.some((item) => item.id === frequency) ? null : (
            <option value={frequency}>{frequency}</option>
          )}
          {(frequencies.data ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </Select>
        <Input
          label={t.fieldFrequencyDate}
          nativeInputProps={{
            ...register('frequency_date'),
            id: `${idPrefix}-frequency_date`,
            type: 'date',
          }}
          {...state(errors.frequency_date?.message)}
        />
      </div>

      <fieldset
        className={`fr-fieldset${errors.temporal_start || errors.temporal_end ? ' fr-fieldset--error' : ''}`}
        aria-labelledby={`${idPrefix}-temporal-legend`}
      >
        <legend className="fr-fieldset__legend fr-text--regular" id={`${idPrefix}-temporal-legend`}>
          {t.fieldTemporalCoverage}
        </legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            label={t.fieldTemporalStart}
            nativeInputProps={{
              ...register('temporal_start'),
              id: `${idPrefix}-temporal_start`,
              type: 'date',
            }}
            {...state(errors.temporal_start?.message)}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            label={t.fieldTemporalEnd}
            hintText={t.fieldTemporalEndHint}
            nativeInputProps={{
              ...register('temporal_end'),
              id: `${idPrefix}-temporal_end`,
              type: 'date',
            }}
            {...state(errors.temporal_end?.message)}
          />
        </div>
      </fieldset>

      <ZonesField form={form} idPrefix={idPrefix} />

      <Select
        label={t.fieldGranularity}
        nativeSelectProps={{
          ...register('granularity'),
          value: granularity,
          id: `${idPrefix}-granularity`,
        }}
        {...state(errors.granularity?.message)}
      >
        <option value="">{t.none}</option>
        {granularity && !granularities.data?.some((item) => item.id === granularity) ? (
          <option value={granularity}>{granularity}</option>
        ) : null}
        {(granularities.data ?? []).map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </Select>

      <fieldset
        className={`fr-fieldset${errors.contact_points ? ' fr-fieldset--error' : ''}`}
        aria-labelledby={`${idPrefix}-contacts-legend`}
        aria-describedby={errors.contact_points ? `${idPrefix}-contacts-error` : undefined}
      >
        <legend className="fr-fieldset__legend fr-text--regular" id={`${idPrefix}-contacts-legend`}>
          {t.fieldContactPoints}
        </legend>
        {contactOptions.length === 0 && !contacts.isPending ? (
          <p className="fr-fieldset__element fr-hint-text">{t.noContactPoints}</p>
        ) : null}
        {contactOptions.map((contact) => (
          <div key={contact.id} className="fr-fieldset__element">
            <div className="fr-checkbox-group">
              <input
                type="checkbox"
                id={`${idPrefix}-contact-${contact.id}`}
                value={contact.id}
                checked={contactIds.includes(contact.id)}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...contactIds, contact.id].sort()
                    : contactIds.filter((id) => id !== contact.id)
                  form.setValue('contact_points', next, { shouldDirty: true, shouldValidate: true })
                }}
              />
              <label className="fr-label" htmlFor={`${idPrefix}-contact-${contact.id}`}>
                {contact.name}
                <span className="fr-hint-text">
                  {[roleLabel(contact.role), contact.email, contact.contact_form]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </label>
            </div>
            <Button
              type="button"
              priority="tertiary no outline"
              size="small"
              iconId="fr-icon-edit-line"
              className="dataset-form__contact-edit"
              onClick={() => setEditing(contact)}
            >
              {t.editContactPoint(contact.name)}
            </Button>
          </div>
        ))}
        <div className="fr-fieldset__element">
          <Button
            type="button"
            priority="secondary"
            size="small"
            iconId="fr-icon-add-line"
            onClick={() => setEditing(null)}
          >
            {t.newContactPoint}
          </Button>
        </div>
        {errors.contact_points ? (
          <p className="fr-error-text fr-fieldset__element" id={`${idPrefix}-contacts-error`}>
            {errors.contact_points.message}
          </p>
        ) : null}
      </fieldset>

      {editing !== undefined ? (
        <ContactPointDialog
          organizationId={organizationId}
          contact={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved, created) => {
            setEditing(undefined)
            if (created && !contactIds.includes(saved.id))
              form.setValue('contact_points', [...contactIds, saved.id].sort(), {
                shouldDirty: true,
                shouldValidate: true,
              })
            notify({
              kind: 'success',
              message: created ? t.contactCreated(saved.name) : t.contactUpdated(saved.name),
            })
          }}
        />
      ) : null}

      <div className="fr-checkbox-group fr-mb-3w">
        <input type="checkbox" id={`${idPrefix}-private`} {...register('private')} />
        <label className="fr-label" htmlFor={`${idPrefix}-private`}>
          {t.fieldPrivate}
        </label>
      </div>
    </>
  )
}

function TagsField({
  form,
  idPrefix,
}: {
  form: UseFormReturn<DatasetFormValues>
  idPrefix: string
}) {
  const t = useMessages(datasetMessages)
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
        {t.addTag}
      </button>
      {tags.length === 0 ? (
        <p className="fr-hint-text fr-mt-1w">{t.noTags}</p>
      ) : (
        <ul className="fr-tags-group fr-mt-1w" aria-label={t.fieldTags}>
          {tags.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="fr-tag fr-tag--sm fr-tag--dismiss"
                aria-label={t.removeTag(tag)}
                onClick={() =>
                  form.setValue(
                    'tags',
                    tags.filter((other) => other !== tag),
                    { shouldDirty: true, shouldValidate: true },
                  )
                }
              >
                {tag}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function ZonesField({
  form,
  idPrefix,
}: {
  form: UseFormReturn<DatasetFormValues>
  idPrefix: string
}) {
  const t = useMessages(datasetMessages)
  const zones = useWatch({ control: form.control, name: 'zones' })
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim(), 250)
  const suggestions = useQuery(datasetSuggestQueries.zones(q))
  const error = form.formState.errors.zones
  const message = error?.message ?? (Array.isArray(error) ? undefined : error?.root?.message)

  return (
    <div className="fr-mb-3w">
      <SuggestInput
        id={`${idPrefix}-zones`}
        label={t.fieldSpatialZones}
        hint={t.fieldSpatialZonesHint}
        value={text}
        onChange={setText}
        onPick={(suggestion) => {
          if (!zones.some((zone) => zone.id === suggestion.key))
            form.setValue('zones', [...zones, { id: suggestion.key, name: suggestion.label }], {
              shouldDirty: true,
              shouldValidate: true,
            })
          setText('')
        }}
        suggestions={(suggestions.data ?? [])
          .filter((zone) => !zones.some((other) => other.id === zone.id))
          .map((zone) => ({
            key: zone.id,
            label: zone.name,
            detail: [zone.level, zone.code].filter(Boolean).join(' · '),
          }))}
        suggestionsLabel={t.zoneSuggestions}
        error={message}
      />
      {zones.length === 0 ? (
        <p className="fr-hint-text fr-mt-1w">{t.noZones}</p>
      ) : (
        <ul className="fr-tags-group fr-mt-1w" aria-label={t.fieldSpatialZones}>
          {zones.map((zone) => (
            <li key={zone.id}>
              <button
                type="button"
                className="fr-tag fr-tag--sm fr-tag--dismiss"
                aria-label={t.removeZone(zone.name)}
                onClick={() =>
                  form.setValue(
                    'zones',
                    zones.filter((other) => other.id !== zone.id),
                    { shouldDirty: true, shouldValidate: true },
                  )
                }
              >
                {zone.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
