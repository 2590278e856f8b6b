import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useRef, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { conflictMessages } from './conflict-messages'
import { DataTable } from './data-table'
import {
  allChosen,
  chooseAll,
  defaultChoices,
  type ConflictChoices,
  type FieldConflict,
} from './field-conflicts'
import './conflict-view.css'

/** What the conflict flow (useConflictResolution's `viewProps`) hands the view. */
export type ConflictViewActions<F extends string, V extends Record<F, unknown>> = {
  conflicts: FieldConflict<F, V>[]
  /** save with these choices */
  onResolve: (choices: ConflictChoices<F>) => void
  /** back to the form with these choices as unsaved edits */
  onApply: (choices: ConflictChoices<F>) => void
  onCancel: () => void
  /** drop every edit: the form shows the server's copy */
  onReload: () => void
}

type ConflictViewProps<F extends string, V extends Record<F, unknown>> = ConflictViewActions<
  F,
  V
> & {
  /** what changed, in the object's own words ("This dataset changed since you opened it") */
  title: string
  description: string
  /** the table's name; by default the columns said in words */
  caption?: string
  label: (field: F) => string
  /** a field's value in words (titles of licenses, names of contacts…) */
  text: (field: F, value: V[F]) => string
  pending: boolean
}

/**
 * Shown when the object changed on the server while the user edited it. Per field: the value
 * when the form was opened, the server's value now and the user's; the user picks, per field.
 */
export function ConflictView<F extends string, V extends Record<F, unknown>>({
  title,
  description,
  caption,
  conflicts,
  label,
  text,
  pending,
  onResolve,
  onApply,
  onCancel,
  onReload,
}: ConflictViewProps<F, V>) {
  const t = useMessages(conflictMessages)
  const [choices, setChoices] = useState(() => defaultChoices(conflicts))
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])

  return (
    <section className="field-conflict" aria-labelledby="field-conflict-title">
      <Alert
        as="h2"
        severity="warning"
        title={
          <span id="field-conflict-title" ref={headingRef} tabIndex={-1}>
            {title}
          </span>
        }
        description={description}
        className="fr-mb-3w"
      />
      <DataTable
        caption={caption ?? t.tableCaption}
        captionClassName="fr-sr-only"
        className="fr-table--sm field-conflict__table"
        columns={[t.field, t.loaded, t.server, t.mine, t.actions]}
        rows={conflicts}
        renderRow={(conflict) => (
          <tr
            key={conflict.field}
            className={conflict.kind === 'both' ? 'field-conflict__clash' : undefined}
          >
            <th scope="row">{label(conflict.field)}</th>
            <td className="field-conflict__value">{text(conflict.field, conflict.loaded)}</td>
            <td className="field-conflict__value">{text(conflict.field, conflict.server)}</td>
            <td className="field-conflict__value">{text(conflict.field, conflict.mine)}</td>
            <td>
              <fieldset className="fr-fieldset fr-mb-0">
                <legend className="fr-sr-only">{t.choice(label(conflict.field))}</legend>
                {(['mine', 'server'] as const).map((choice) => (
                  <div key={choice} className="fr-fieldset__element fr-mb-0">
                    <div className="fr-radio-group fr-radio-group--sm">
                      <input
                        type="radio"
                        id={`conflict-${conflict.field}-${choice}`}
                        name={`conflict-${conflict.field}`}
                        checked={choices[conflict.field] === choice}
                        onChange={() =>
                          setChoices((current) => ({ ...current, [conflict.field]: choice }))
                        }
                      />
                      <label className="fr-label" htmlFor={`conflict-${conflict.field}-${choice}`}>
                        {choice === 'mine' ? t.keep : t.take}
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
            {t.save}
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            onClick={() => onResolve(chooseAll(conflicts, 'mine'))}
            disabled={pending}
          >
            {t.keepAllMine}
          </Button>
        </li>
        <li>
          <Button priority="secondary" onClick={() => onApply(chooseAll(conflicts, 'server'))}>
            {t.takeAllServer}
          </Button>
        </li>
        <li>
          <Button priority="tertiary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </li>
        <li>
          <Button priority="tertiary" onClick={onReload}>
            {t.reload}
          </Button>
        </li>
      </ul>
    </section>
  )
}
