import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useRef } from 'react'
import { useMessages } from '@/i18n/messages'
import { profileMessages } from './messages'
import type { ProfileFormField, ProfileFormValues } from './profile-values'

export type ProfileConflict = {
  fields: ProfileFormField[]
  server: ProfileFormValues
  extras: Record<string, unknown>
}

type Messages = (typeof profileMessages)['fr']
const fieldLabel: Record<ProfileFormField, keyof Messages> = {
  name: 'fieldName',
  acronym: 'fieldAcronym',
  description: 'fieldDescription',
  url: 'fieldUrl',
  business_number_id: 'fieldSiret',
  custom: 'custom',
}

function show(values: ProfileFormValues, field: ProfileFormField): string {
  if (field === 'custom') return values.custom.map((item) => item.title).join(', ') || '—'
  return values[field] || '—'
}

/** Both the server and the user changed the same fields: show both sides, let the user pick. */
export function ProfileConflictPanel({
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
  pending,
}: {
  conflict: ProfileConflict
  mine: ProfileFormValues
  onKeepMine: () => void
  onTakeTheirs: () => void
  pending: boolean
}) {
  const t = useMessages(profileMessages)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const label = (field: ProfileFormField) => t[fieldLabel[field]] as string
  return (
    <div ref={ref} tabIndex={-1} className="fr-mt-3w" role="alert">
      <Alert
        severity="warning"
        title={t.conflictTitle}
        description={t.conflictIntro(conflict.fields.map(label).join(', '))}
      />
      <div className="fr-table fr-mt-2w">
        <table>
          <caption className="fr-sr-only">{t.conflictTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.conflictField}</th>
              <th scope="col">{t.serverValue}</th>
              <th scope="col">{t.myValue}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field}>
                <th scope="row">{label(field)}</th>
                <td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {show(conflict.server, field)}
                </td>
                <td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {show(mine, field)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="button" onClick={onKeepMine} disabled={pending}>
            {t.keepMine}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onTakeTheirs} disabled={pending}>
            {t.takeTheirs}
          </Button>
        </li>
      </ul>
    </div>
  )
}
