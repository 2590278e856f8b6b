import { useQuery } from '@tanstack/react-query'
import { useWatch, type UseFormReturn } from 'react-hook-form'
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
import { BoundField } from '@/ui/bound-field'
import { codeLabel } from '@/ui/code-labels'
import { SelectField } from '@/ui/select-field'
import { TagsField } from '@/ui/tags-field'
import { TextField } from '@/ui/text-field'
import { ContactPointsField } from './contact-points-field'
import type { DataserviceFormValues } from './dataservice-form-values'
import { useDataserviceLabels } from './dataservice-labels'
import { dataserviceMessages } from './messages'
import { dataserviceQueries } from './queries'
import { dataserviceFormats } from './types'

const documentationFields = [
  'machine_documentation_url',
  'technical_documentation_url',
  'business_documentation_url',
] as const

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
      {documentationFields.map((name) => (
        <TextField
          key={name}
          form={form}
          name={name}
          type="url"
          label={codeLabel(t, 'field', name)}
        />
      ))}
      <div className="fr-grid-row fr-grid-row--gutters">
        <SelectField
          form={form}
          name="format"
          label={t.fieldFormat}
          emptyLabel={t.noFormat}
          options={dataserviceFormats.map((format) => ({ value: format, label: format }))}
          column={4}
        />
        <SelectField
          form={form}
          name="license"
          label={t.fieldLicense}
          emptyLabel={t.noLicense}
          column={8}
        >
          <LicenseOptions value={license} licenses={licenses.data} />
        </SelectField>
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
          legend={t.fieldAccessAudiences}
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
        label={t.fieldAuthorizationRequestUrl}
      />
      <SelectField
        form={form}
        name="access_type_reason_category"
        label={t.fieldAccessTypeReasonCategory}
        emptyLabel={t.noReason}
        options={reasons.data}
      />
      <TextField form={form} name="access_type_reason" label={t.fieldAccessTypeReason} />
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
        <TextField
          form={form}
          name="availability"
          label={t.fieldAvailability}
          hint={t.fieldAvailabilityHint}
          inputMode="decimal"
          column={4}
        />
        <TextField
          form={form}
          name="availability_url"
          type="url"
          label={t.fieldAvailabilityUrl}
          column={8}
        />
        <TextField
          form={form}
          name="rate_limiting"
          label={t.fieldRateLimiting}
          hint={t.fieldRateLimitingHint}
          column={4}
        />
        <TextField
          form={form}
          name="rate_limiting_url"
          type="url"
          label={t.fieldRateLimitingUrl}
          column={8}
        />
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
      <BoundField
        form={form}
        name="datasets"
        render={(bound) => (
          <DatasetPicker organizationId={organizationId} legend={t.fieldDatasets} {...bound} />
        )}
      />
      <BoundField form={form} name="tags" render={(bound) => <TagsField {...bound} />} />
      <BoundField
        form={form}
        name="contact_points"
        render={(bound) => (
          <ContactPointsField organizationId={organizationId} known={knownContacts} {...bound} />
        )}
      />
    </>
  )
}
