import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDate, formatDateTime } from '@/ui/dates'
import {
  allChosen,
  defaultChoices,
  type ConflictChoice,
  type FieldConflict,
} from './dataset-conflicts'
import type { DatasetFormField, DatasetFormValues } from './dataset-form-values'
import { datasetMessages } from './messages'
import { contactPointQueries, datasetReferenceQueries } from './queries'
import { accessTypeLabel } from './access-type-labels'
import { audienceRoles, type ContactPoint } from './types'

type Messages = (typeof datasetMessages)['fr']

const fieldLabel: Record<DatasetFormField, keyof Messages> = {
  title: 'fieldTitle',
  acronym: 'fieldAcronym',
  description: 'fieldDescription',
  description_short: 'fieldDescriptionShort',
  tags: 'fieldTags',
  license: 'fieldLicense',
  frequency: 'fieldFrequency',
  frequency_date: 'fieldFrequencyDate',
  temporal_start: 'fieldTemporalStart',
  temporal_end: 'fieldTemporalEnd',
  zones: 'fieldSpatialZones',
  granularity: 'fieldGranularity',
  contact_points: 'fieldContactPoints',
  private: 'fieldPrivate',
  access_type: 'fieldAccessType',
  access_audiences: 'fieldAudiences',
  authorization_request_url: 'fieldAuthorizationRequestUrl',
  access_type_reason_category: 'fieldReasonCategory',
  access_type_reason: 'fieldReason',
  extras: 'fieldExtras',
}

/** Field values in words (titles of licenses, names of contacts…), for the conflict view. */
function useValueText(organizationId: string, extraContacts: ContactPoint[]) {
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const frequencies = useQuery(datasetReferenceQueries.frequencies(lang))
  const granularities = useQuery(datasetReferenceQueries.granularities(lang))
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const reasons = useQuery(datasetReferenceQueries.accessReasons(lang))
  return (field: DatasetFormField, value: DatasetFormValues[DatasetFormField]): string => {
    const empty = t.emptyValue
    switch (field) {
      case 'tags':
        return (value as string[]).join(', ') || empty
      case 'zones':
        return (value as DatasetFormValues['zones']).map((zone) => zone.name).join(', ') || empty
      case 'contact_points':
        return (
          (value as string[])
            .map(
              (id) =>
                [...(contacts.data?.data ?? []), ...extraContacts].find(
                  (contact) => contact.id === id,
                )?.name ?? id,
            )
            .join(', ') || empty
        )
      case 'private':
        return value ? t.badgeDraft : t.badgePublic
      case 'license':
        return licenses.data?.find((item) => item.id === value)?.title ?? (value as string)
      case 'frequency':
        return frequencies.data?.find((item) => item.id === value)?.label ?? (value as string)
      case 'granularity':
        return (
          granularities.data?.find((item) => item.id === value)?.name ??
          ((value as string) || empty)
        )
      case 'access_type':
        return accessTypeLabel(t, value as DatasetFormValues['access_type'])
      case 'access_audiences':
        return (
          audienceRoles
            .filter((role) => (value as DatasetFormValues['access_audiences'])[role])
            .map(
              (role) =>
                `${t.audienceRole[role]} : ${t.audienceCondition[(value as DatasetFormValues['access_audiences'])[role]]}`,
            )
            .join(', ') || empty
        )
      case 'access_type_reason_category':
        return (
          reasons.data?.find((item) => item.value === value)?.label ?? ((value as string) || empty)
        )
      case 'extras':
        return (
          (value as DatasetFormValues['extras'])
            .map((row) => `${row.key} = ${row.value.replace(/\s+/g, ' ')}`)
            .join(' ; ') || empty
        )
      case 'frequency_date':
      case 'temporal_start':
      case 'temporal_end':
        return formatDate(value, lang) ?? empty
      default:
        return (value as string) || empty
    }
  }
}

type ConflictViewProps = {
  organizationId: string
  conflicts: FieldConflict[]
  serverLastModified: string
  extraContacts: ContactPoint[]
  pending: boolean
  onResolve: (choices: Partial<Record<DatasetFormField, ConflictChoice>>) => void
  onCancel: () => void
  onReload: () => void
}

/**
 * Shown when the dataset changed on the server while the user edited it. Per field: the value
 * when the form was opened, the server's value now and the user's; the user picks, per field.
 */
export function ConflictView({
  organizationId,
  conflicts,
  serverLastModified,
  extraContacts,
  pending,
  onResolve,
  onCancel,
  onReload,
}: ConflictViewProps) {
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const text = useValueText(organizationId, extraContacts)
  const [choices, setChoices] = useState(() => defaultChoices(conflicts))
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const label = (field: DatasetFormField) => t[fieldLabel[field]] as string

  return (
    <section className="dataset-conflict" aria-labelledby="dataset-conflict-title">
      <Alert
        as="h2"
        severity="warning"
        title={
          <span id="dataset-conflict-title" ref={headingRef} tabIndex={-1}>
            {t.conflictTitle}
          </span>
        }
        description={t.conflictBody(formatDateTime(serverLastModified, lang) ?? serverLastModified)}
        className="fr-mb-3w"
      />
      <DataTable
        caption={t.conflictTableCaption}
        captionClassName="fr-sr-only"
        className="fr-table--sm dataset-conflict__table"
        columns={[t.conflictField, t.conflictLoaded, t.conflictServer, t.conflictMine, t.actions]}
        rows={conflicts}
        renderRow={(conflict) => (
          <tr
            key={conflict.field}
            className={conflict.kind === 'both' ? 'dataset-conflict__clash' : undefined}
          >
            <th scope="row">{label(conflict.field)}</th>
            <td className="dataset-conflict__value">{text(conflict.field, conflict.loaded)}</td>
            <td className="dataset-conflict__value">{text(conflict.field, conflict.server)}</td>
            <td className="dataset-conflict__value">{text(conflict.field, conflict.mine)}</td>
            <td>
              <fieldset className="fr-fieldset fr-mb-0">
                <legend className="fr-sr-only">{t.conflictChoice(label(conflict.field))}</legend>
                {(['mine', 'server'] as const).map((choice) => (
                  <div key={choice} className="fr-fieldset__element fr-mb-0">
                    <div className="fr-radio-group fr-radio-group--sm">
                      <input
                        type="radio"
                        id={`conflict-${conflict.field}-${choice}`}
                        name={`conflict-${conflict.field}`}
                        checked={choices[conflict.field] === choice}
                        onChange={() =>
                          setChoices((current) => ({
                            ...current,
                            [conflict.field]: choice,
                          }))
                        }
                      />
                      <label className="fr-label" htmlFor={`conflict-${conflict.field}-${choice}`}>
                        {choice === 'mine' ? t.conflictKeep : t.conflictTake}
                      </label>
                    </div>
                  </div>
                ))}
              </fieldset>
            </td>
          </tr>
        )}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button
            onClick={() => onResolve(choices)}
            disabled={pending || !allChosen(conflicts, choices)}
          >
            {t.conflictSave}
          </Button>
        </li>
        <li>
          <Button priority="secondary" onClick={onCancel}>
            {t.conflictCancel}
          </Button>
        </li>
        <li>
          <Button priority="tertiary" onClick={onReload}>
            {t.conflictReload}
          </Button>
        </li>
      </ul>
    </section>
  )
}
