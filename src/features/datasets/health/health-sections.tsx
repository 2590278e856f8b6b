import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { notify } from '@/ui/notices'
import { TitledSection } from '@/ui/titled-section'
import type { HealthReport } from './analyse'
import { downloadCsv } from './export'
import { healthMessages } from './messages'
import { firstRows, shownRows } from './section-rows'

/** What every section of the report is given. */
export type SectionProps = { report: HealthReport; organizationId: string }

/** One part of the report, under its heading. */
export function HealthSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <TitledSection id={id} title={title} className="fr-mb-6w" headingClassName="fr-h3">
      {children}
    </TitledSection>
  )
}

/** Downloads every row of a finding (not only those shown) as CSV. */
export function ExportButton({ rows, name }: { rows: () => string[][]; name: string }) {
  const t = useMessages(healthMessages)
  const language = useLanguage()
  return (
    <Button
      size="small"
      priority="secondary"
      iconId="fr-icon-download-line"
      onClick={() => {
        const all = rows()
        downloadCsv(all, name, language)
        notify({ kind: 'success', message: t.exported(all.length - 1) })
      }}
    >
      {t.exportCsv}
    </Button>
  )
}

/** How many more rows the export has than the list shows. */
export function More({ total }: { total: number }) {
  const t = useMessages(healthMessages)
  return total > shownRows ? <p className="fr-text--sm">{t.more(total - shownRows)}</p> : null
}

/** A finding's table: its export, its first rows, and the count of the others; nothing if empty. */
export function FindingsTable<Row>({
  caption,
  columns,
  rows,
  renderRow,
  exportRows,
  exportName,
}: {
  caption: string
  columns: readonly string[]
  rows: readonly Row[]
  renderRow: (row: Row, index: number) => ReactNode
  exportRows: () => string[][]
  exportName: string
}) {
  if (rows.length === 0) return null
  return (
    <>
      <div className="health-toolbar fr-mb-2w">
        <ExportButton rows={exportRows} name={exportName} />
      </div>
      <DataTable
        caption={caption}
        className="fr-table--sm fr-table--no-caption"
        columns={columns}
        rows={firstRows(rows)}
        renderRow={renderRow}
      />
      <More total={rows.length} />
    </>
  )
}
