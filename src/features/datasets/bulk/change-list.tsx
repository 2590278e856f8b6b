import type { BulkField, FieldValues } from './fields'
import { formatValue, type ValueLabels } from './format'
import type { BulkMessages } from './messages'

function TagDiff({ before, after, t }: { before: string[]; after: string[]; t: BulkMessages }) {
  const added = after.filter((tag) => !before.includes(tag))
  const removed = before.filter((tag) => !after.includes(tag))
  return (
    <>
      {added.length > 0 ? (
        <ins>
          <span aria-hidden="true">+ </span>
          <span className="fr-sr-only">{t.added} : </span>
          {added.join(', ')}
        </ins>
      ) : null}
      {added.length > 0 && removed.length > 0 ? ' ' : null}
      {removed.length > 0 ? (
        <del>
          <span aria-hidden="true">− </span>
          <span className="fr-sr-only">{t.removed} : </span>
          {removed.join(', ')}
        </del>
      ) : null}
    </>
  )
}

/** "Field: before → after" for each touched field; text only, API values are never HTML. */
export function ChangeList({
  change: { touched, before, after },
  labels,
  t,
}: {
  /** A plan's or a job's item: the fields it touches, with their values before and after. */
  change: { touched: readonly BulkField[]; before: FieldValues; after: FieldValues }
  labels: ValueLabels
  t: BulkMessages
}) {
  if (touched.length === 0) return null
  return (
    <dl className="bulk-change">
      {touched.map((field) => (
        <div key={field} className="bulk-change__entry">
          <dt>{t.fields[field]}</dt>
          <dd>
            {field === 'tags' ? (
              <TagDiff before={before.tags ?? []} after={after.tags ?? []} t={t} />
            ) : (
              <>
                <span className="fr-sr-only">{t.before} : </span>
                <del>{formatValue(field, before, t, labels)}</del>
                <span aria-hidden="true"> → </span>
                <span className="fr-sr-only">, {t.after} : </span>
                <ins>{formatValue(field, after, t, labels)}</ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
