import { useQuery } from '@tanstack/react-query'
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import { LicenseOptions } from '@/features/datasets/license-options'
import {
  accessTypes,
  audienceConditions,
  audienceRoles,
  type ContactPoint,
} from '@/features/datasets/types'
import { DatasetPicker } from '@/features/reuses/dataset-picker'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { AudiencesFieldset } from '@/ui/audiences-fieldset'
import { SelectField } from '@/ui/select-field'
import { TagsField } from '@/ui/tags-field'
import { TextField } from '@/ui/text-field'
import { ContactPointsField } from './contact-points-field'
import type { DataserviceFormValues } from './dataservice-form-values'
import { useDataserviceLabels } from './dataservice-labels'
import { dataserviceMessages } from './messages'
import { dataserviceQueries } from './queries'
import { dataserviceFormats } from './types'

type SectionProps = { form: UseFormReturn<DataserviceFormValues> }

/** Where the API answers and how it is documented, its format and licence. */
export function TechnicalFields({ form }: SectionProps) {
  const t = useMessages(dataserviceMessages)
  const lang = useLanguage()
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const license = useWatch({ control: form.control, name: 'license' })
  return (
    <>
      <h2 className="fr-h5 fr-mt-4w">{t.sectionTechnical}</h2>
      <TextField
        form={form}
        name="base_api_url"
        type="url"
        label={t.fieldBaseApiUrl}
        hint={t.fieldBaseApiUrlHint}
      />
      <TextField
        form={form}
        name="machine_documentation_url"
        type="url"
        label={t.fieldMachineDoc}
      />
      <TextField
        form={form}
        name="technical_documentation_url"
        type="url"
        label={t.fieldTechnicalDoc}
      />
      <TextField
        form={form}
        name="business_documentation_url"
        type="url"
        label={t.fieldBusinessDoc}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SelectField
            form={form}
            name="format"
            label={t.fieldFormat}
            emptyLabel={t.noFormat}
            options={dataserviceFormats.map((format) => ({ value: format, label: format }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <SelectField form={form} name="license" label={t.fieldLicense} emptyLabel={t.noLicense}>
            <LicenseOptions value={license} licenses={licenses.data} />
          </SelectField>
        </div>
      </div>
    </>
  )
}

/** Who may use the API, and why access is not open. */
export function AccessFields({ form }: SectionProps) {
  const t = useMessages(dataserviceMessages)
  const lang = useLanguage()
  const labels = useDataserviceLabels()
  const reasons = useQuery(dataserviceQueries.reasonCategories(lang))
  const accessType = useWatch({ control: form.control, name: 'access_type' })
  return (
    <>
      <h2 className="fr-h5 fr-mt-4w">{t.sectionAccess}</h2>
      <SelectField
        form={form}
        name="access_type"
        label={t.fieldAccessType}
        options={accessTypes.map((access) => ({ value: access, label: labels.access(access) }))}
      />
      {accessType === 'restricted' ? (
        <AudiencesFieldset
          form={form}
          idPrefix="dataservice"
          legend={t.fieldAudiences}
          hint={t.audiencesHint}
          roles={audienceRoles}
          conditions={audienceConditions}
          roleLabel={labels.role}
          conditionLabel={labels.condition}
        />
      ) : (
        <p className="fr-hint-text">{t.audienceCleared}</p>
      )}
      <TextField
        form={form}
        name="authorization_request_url"
        type="url"
        label={t.fieldAuthorizationUrl}
      />
      <SelectField
        form={form}
        name="access_type_reason_category"
        label={t.fieldReasonCategory}
        emptyLabel={t.noReason}
        options={reasons.data}
      />
      <TextField form={form} name="access_type_reason" label={t.fieldReason} />
    </>
  )
}

/** The availability and rate limits the API promises. */
export function QualityFields({ form }: SectionProps) {
  const t = useMessages(dataserviceMessages)
  return (
    <>
      <h2 className="fr-h5 fr-mt-4w">{t.sectionQuality}</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <TextField
            form={form}
            name="availability"
            label={t.fieldAvailability}
            hint={t.fieldAvailabilityHint}
            inputMode="decimal"
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <TextField
            form={form}
            name="availability_url"
            type="url"
            label={t.fieldAvailabilityUrl}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <TextField
            form={form}
            name="rate_limiting"
            label={t.fieldRateLimiting}
            hint={t.fieldRateLimitingHint}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <TextField
            form={form}
            name="rate_limiting_url"
            type="url"
            label={t.fieldRateLimitingUrl}
          />
        </div>
      </div>
    </>
  )
}

/** The datasets the API serves, its tags and its contacts. */
export function LinkFields({
  form,
  organizationId,
  knownContacts,
}: SectionProps & { organizationId: string; knownContacts: ContactPoint[] }) {
  const t = useMessages(dataserviceMessages)
  return (
    <>
      <h2 className="fr-h5 fr-mt-4w">{t.sectionLinks}</h2>
      <Controller
        control={form.control}
        name="datasets"
        render={({ field, fieldState: state }) => (
          <DatasetPicker
            organizationId={organizationId}
            legend={t.fieldDatasets}
            value={field.value}
            onChange={field.onChange}
            error={state.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="tags"
        render={({ field, fieldState: state }) => (
          <TagsField value={field.value} onChange={field.onChange} error={state.error?.message} />
        )}
      />
      <Controller
        control={form.control}
        name="contact_points"
        render={({ field, fieldState: state }) => (
          <ContactPointsField
            organizationId={organizationId}
            value={field.value}
            onChange={field.onChange}
            known={knownContacts}
            error={state.error?.message}
          />
        )}
      />
    </>
  )
}
