import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { AudiencesFieldset } from '@/ui/audiences-fieldset'
import { codeLabel } from '@/ui/code-labels'
import { fieldState } from '@/ui/field-state'
import type { DatasetFormValues } from './dataset-form-values'
import { datasetPageMessages } from './page-messages'
import { datasetReferenceQueries } from './queries'
import { accessTypes, audienceConditions, audienceRoles } from './types'

type AccessTypeFieldsProps = { form: UseFormReturn<DatasetFormValues>; idPrefix: string }

/**
 * Access type and its companion fields (udata-api-admin.md §6.1). The audiences are one select
 * per role, so the "one condition per role" rule udata enforces cannot be broken here; they are
 * shown for restricted access only, though udata keeps them whatever the access type.
 */
export function AccessTypeFields({ form, idPrefix }: AccessTypeFieldsProps) {
  const t = useMessages(datasetPageMessages)
  const lang = useLanguage()
  const { register, control, formState } = form
  const errors = formState.errors
  const [accessType, category] = useWatch({
    control,
    name: ['access_type', 'access_type_reason_category'],
  })
  const reasons = useQuery({
    ...datasetReferenceQueries.accessReasons(lang),
    enabled: accessType !== 'open',
  })

  return (
    <div className="fr-mb-3w">
      <RadioButtons
        legend={t.fieldAccessType}
        hintText={t.accessTypeHint}
        name={`${idPrefix}-access_type`}
        orientation="horizontal"
        options={accessTypes.map((value) => ({
          label: codeLabel(t, 'access', value),
          // no id of ours: RadioButtons ties each label to the id it generates
          nativeInputProps: { ...register('access_type'), value },
        }))}
        {...fieldState(errors.access_type?.message)}
      />
      {accessType === 'restricted' ? (
        <AudiencesFieldset
          form={form}
          idPrefix={idPrefix}
          legend={t.fieldAccessAudiences}
          hint={t.fieldAudiencesHint}
          roles={audienceRoles}
          conditions={audienceConditions}
          roleLabel={(role) => t.audienceRole[role]}
          conditionLabel={(condition) => t.audienceCondition[condition]}
        />
      ) : null}
      {accessType !== 'open' ? (
        <>
          <Input
            label={t.fieldAuthorizationRequestUrl}
            nativeInputProps={{
              ...register('authorization_request_url'),
              id: `${idPrefix}-authorization_request_url`,
              type: 'url',
              inputMode: 'url',
            }}
            {...fieldState(errors.authorization_request_url?.message)}
          />
          <Select
            label={t.fieldAccessTypeReasonCategory}
            nativeSelectProps={{
              ...register('access_type_reason_category'),
              value: category,
              id: `${idPrefix}-access_type_reason_category`,
            }}
            {...fieldState(errors.access_type_reason_category?.message)}
          >
            <option value="">{t.none}</option>
            {category && !reasons.data?.some((item) => item.value === category) ? (
              <option value={category}>{category}</option>
            ) : null}
            {(reasons.data ?? []).map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))}
          </Select>
          <Input
            label={t.fieldAccessTypeReason}
            textArea
            nativeTextAreaProps={{
              ...register('access_type_reason'),
              id: `${idPrefix}-access_type_reason`,
              rows: 3,
            }}
            {...fieldState(errors.access_type_reason?.message)}
          />
        </>
      ) : null}
    </div>
  )
}
