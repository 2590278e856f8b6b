import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useRef } from 'react'
import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'
import type { Conflict, ReuseFormField, ReuseFormValues } from './reuse-form-values'

type Messages = (typeof reuseMessages)['fr']
const fieldLabel: Record<ReuseFormField, keyof Messages> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  url: 'fieldUrl',
  type: 'fieldType',
  topic: 'fieldTopic',
  tags: 'fieldTags',
  datasets: 'fieldDatasets',
  private: 'fieldPrivate',
  archived: 'fieldArchived',
}

function show(values: ReuseFormValues, field: ReuseFormField): string {
  switch (field) {
    case 'datasets':
      return values.datasets.map((dataset) => dataset.title).join(', ') || '—'
    case 'tags':
      return values.tags.join(', ') || '—'
    case 'private':
    case 'archived':
      return values[field] ? '✓' : '✗'
    default:
      return values[field] || '—'
  }
}

/** Both the server and the user changed the same fields: show both sides, let the user pick. */
export function ReuseConflictPanel({
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
  pending,
}: {
  conflict: Conflict
  mine: ReuseFormValues
  onKeepMine: () => void
  onTakeTheirs: () => void
  pending: boolean
}) {
  const t = useMessages(reuseMessages)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const names = conflict.fields.map((field) => t[fieldLabel[field]] as string)
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" role="alert">
      <Alert
        severity="warning"
        title={t.conflictTitle}
        description={`${t.conflictIntro(names.join(', '))} ${t.conflictOnlyTheirs}`}
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
                <th scope="row">{t[fieldLabel[field]] as string}</th>
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
