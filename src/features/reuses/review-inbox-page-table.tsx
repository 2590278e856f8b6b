import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup'
import { Link } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { InlineBadge } from '@/ui/inline-badge'
import { DataTable } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { authorName, labelOf } from '@/ui/labels'
import { ReviewedToggle } from '@/ui/review-state'
import { RowSelectBox } from '@/ui/row-select-box'
import { reuseMessages } from './messages'
import type { InboxItem } from './review-inbox'

/** The inbox's rows, each selectable (for marking many at once) and markable on its own. */
export function ReviewInboxTable({
  organizationId,
  rows,
  selected,
  onSelect,
  reviewed,
  mark,
  isNew,
  typeLabels,
  datasetTitle,
}: {
  organizationId: string
  rows: readonly InboxItem[]
  selected: ReadonlySet<string>
  onSelect: (selected: ReadonlySet<string>) => void
  reviewed: ReadonlySet<string>
  mark: (ids: readonly string[], value: boolean) => void
  isNew: (created: string) => boolean
  typeLabels: readonly { id: string; label: string }[] | undefined
  datasetTitle: (id: string) => string
}) {
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const allSelected = rows.length > 0 && rows.every((item) => selected.has(item.reuse.id))
  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onSelect(next)
  }
  return (
    <>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttonsSize="small"
        buttons={[
          {
            size: 'small',
            disabled: selected.size === 0,
            onClick: () => mark([...selected], true),
            children: t.markSelectionReviewed(selected.size),
          },
          {
            size: 'small',
            priority: 'secondary',
            disabled: selected.size === 0,
            onClick: () => mark([...selected], false),
            children: t.markSelectionUnreviewed(selected.size),
          },
        ]}
      />
      <DataTable
        caption={t.reviewTableCaption}
        className="fr-table--no-caption fr-table--multiline"
        columns={[
          {
            key: 'select',
            label: (
              <RowSelectBox
                id="review-select-all"
                label={t.selectAll}
                checked={allSelected}
                onChange={() =>
                  onSelect(allSelected ? new Set() : new Set(rows.map((item) => item.reuse.id)))
                }
              />
            ),
          },
          t.colTitle,
          t.colAuthor,
          t.colType,
          t.datasetsUsed,
          t.colCreated,
          t.colReviewed,
        ]}
        rows={rows}
        renderRow={({ reuse, dataset_ids }) => (
          <tr key={reuse.id} aria-selected={selected.has(reuse.id)}>
            <td>
              <RowSelectBox
                id={`review-select-${reuse.id}`}
                label={t.select(reuse.title)}
                checked={selected.has(reuse.id)}
                onChange={() => toggle(reuse.id)}
              />
            </td>
            <td>
              <Link to={`/organizations/${organizationId}/review/${reuse.id}`}>{reuse.title}</Link>
              {isNew(reuse.created_at) ? (
                <InlineBadge severity="new">{t.newBadge}</InlineBadge>
              ) : null}
            </td>
            <td>{authorName(reuse.organization, reuse.owner) ?? t.unknownAuthor}</td>
            <td>{labelOf(typeLabels, reuse.type)}</td>
            <td>{dataset_ids.map(datasetTitle).join(', ')}</td>
            <td style={{ whiteSpace: 'nowrap' }}>{formatDate(reuse.created_at, lang) ?? ''}</td>
            <td>
              <ReviewedToggle
                title={reuse.title}
                isReviewed={reviewed.has(reuse.id)}
                labels={t}
                onToggle={() => mark([reuse.id], !reviewed.has(reuse.id))}
              />
            </td>
          </tr>
        )}
      />
    </>
  )
}
