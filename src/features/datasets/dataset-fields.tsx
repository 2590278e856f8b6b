import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, type InputHTMLAttributes } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { ListOptions } from '@/ui/list-options'
import { Markdown } from '@/ui/markdown'
import { AccessTypeFields } from './access-type-fields'
import { ContactPointsField } from './contact-points-field'
import type { DatasetFormValues } from './dataset-form-values'
import { LicenseOptions } from './license-options'
import { datasetPageMessages } from './page-messages'
import { datasetReferenceQueries } from './queries'
import { TagsField } from './tags-field'
import type { ContactPoint } from './types'
import { ZonesField } from './zones-field'

type DatasetFieldsProps = {
  form: UseFormReturn<DatasetFormValues>
  organizationId: string
  /** Contact points already on the dataset, in case they are not the organization's. */
  currentContacts?: ContactPoint[]
  idPrefix?: string
}

type TextField =
  | 'title'
  | 'acronym'
  | 'description_short'
  | 'description'
  | 'license'
  | 'frequency'
  | 'frequency_date'
  | 'temporal_start'
  | 'temporal_end'
  | 'granularity'

/** Every writable dataset field, bound to a react-hook-form instance (edit and create). */
export function DatasetFields({
  form,
  organizationId,
  currentContacts = [],
  idPrefix = 'dataset',
}: DatasetFieldsProps) {
  const t = useMessages(datasetPageMessages)
  const lang = useLanguage()
  const { register, formState, control } = form
  const errors = formState.errors
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const frequencies = useQuery(datasetReferenceQueries.frequencies(lang))
  const granularities = useQuery(datasetReferenceQueries.granularities(lang))

  const [title, description, descriptionShort, license, frequency, granularity, accessType] =
    useWatch({
      control,
      name: [
        'title',
        'description',
        'description_short',
        'license',
        'frequency',
        'granularity',
        'access_type',
      ],
    })
  // udata clears the licence of a dataset whose access is not open, on every save (§6.1)
  const licenseLocked = accessType !== 'open'
  const licenseLost =
    licenseLocked && license !== 'notspecified'
      ? (licenses.data?.find((item) => item.id === license)?.title ?? license)
      : null
  const preview = useDeferredValue(description)

  /** A field's registration under its page-unique id, and its error state. */
  const bind = (name: TextField) => ({
    native: { ...register(name), id: `${idPrefix}-${name}` },
    state: fieldState(errors[name]),
  })
  const input = (name: TextField, extra: InputHTMLAttributes<HTMLInputElement> = {}) => {
    const { native, state } = bind(name)
    return { nativeInputProps: { ...native, ...extra }, ...state }
  }
  const select = (name: TextField, value: string) => {
    const { native, state } = bind(name)
    return { nativeSelectProps: { ...native, value }, ...state }
  }
  const required = { required: true, 'aria-required': true } as const

  return (
    <>
      <Input
        label={t.fieldTitle}
        hintText={t.charCount(title.length, 350)}
        {...input('title', required)}
      />
      <Input label={t.fieldAcronym} {...input('acronym')} />
      <Input
        label={t.fieldDescriptionShort}
        hintText={`${t.fieldDescriptionShortHint} ${t.charCount(descriptionShort.length, 200)}`}
        {...input('description_short')}
      />
      <div className="dataset-form__description">
        <Input
          label={t.fieldDescription}
          hintText={t.fieldDescriptionHint}
          textArea
          nativeTextAreaProps={{ ...bind('description').native, rows: 14, ...required }}
          {...bind('description').state}
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
          {...select('license', licenseLocked ? 'notspecified' : license)}
        >
          <LicenseOptions
            value={licenseLocked ? 'notspecified' : license}
            licenses={licenses.data}
          />
        </Select>
        <Select label={t.fieldFrequency} {...select('frequency', frequency)}>
          <ListOptions value={frequency} choices={frequencies.data} keepEmpty />
        </Select>
        <Input label={t.fieldFrequencyDate} {...input('frequency_date', { type: 'date' })} />
      </div>

      <fieldset
        className={`fr-fieldset${errors.temporal_start || errors.temporal_end ? ' fr-fieldset--error' : ''}`}
        aria-labelledby={`${idPrefix}-temporal-legend`}
      >
        <legend className="fr-fieldset__legend fr-text--regular" id={`${idPrefix}-temporal-legend`}>
          {t.fieldTemporalCoverage}
        </legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <Input label={t.fieldTemporalStart} {...input('temporal_start', { type: 'date' })} />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            label={t.fieldTemporalEnd}
            hintText={t.fieldTemporalEndHint}
            {...input('temporal_end', { type: 'date' })}
          />
        </div>
      </fieldset>

      <ZonesField form={form} idPrefix={idPrefix} />

      <Select label={t.fieldGranularity} {...select('granularity', granularity)}>
        <option value="">{t.none}</option>
        <ListOptions
          value={granularity}
          choices={granularities.data?.map((item) => ({ id: item.id, label: item.name }))}
        />
      </Select>

      <ContactPointsField
        form={form}
        organizationId={organizationId}
        currentContacts={currentContacts}
        idPrefix={idPrefix}
      />

      <div className="fr-checkbox-group fr-mb-3w">
        <input type="checkbox" id={`${idPrefix}-private`} {...register('private')} />
        <label className="fr-label" htmlFor={`${idPrefix}-private`}>
          {t.fieldPrivate}
        </label>
      </div>
    </>
  )
}
