import type { FieldValues, BulkField } from './fields'
import { formatValue, type ValueLabels } from './format'
import type { BulkMessages } from './messages'

/** "Field: before → after" for each touched field; text only, API values are never HTML. */
export function ChangeList({
  touched,
  before,
  after,
  labels,
  t,
}: {
  touched: readonly BulkField[]
  before: FieldValues
  after: FieldValues
  labels: ValueLabels
  t: BulkMessages
}) {
  if (touched.length === 0) return null
  return (
    <dl className="bulk-change">
      {touched.map((field) => (
        <div key={field} style={{ display: 'contents' }}>
          <dt>{t.fields[field]}</dt>
          <dd>
            <span className="fr-sr-only">{t.before} : </span>
            <del>{formatValue(field, before, t, labels)}</del>
            <span aria-hidden="true"> → </span>
            <span className="fr-sr-only">, {t.after} : </span>
            <ins>{formatValue(field, after, t, labels)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
