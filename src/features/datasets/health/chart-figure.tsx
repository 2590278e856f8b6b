import { useId } from 'react'
import { useMessages } from '@/i18n/messages'
import { BarChart, type ChartTone } from './bar-chart'
import { healthMessages } from './messages'

/** A chart with its sentence and its table: the same figures for eyes, screen readers and keyboards. */
export function ChartFigure({
  title,
  summary,
  labels,
  values,
  tone,
  horizontal,
}: {
  title: string
  summary: string
  labels: readonly string[]
  values: readonly number[]
  tone: ChartTone
  horizontal?: boolean
}) {
  const t = useMessages(healthMessages)
  const titleId = useId()
  return (
    <figure className="health-chart fr-mb-4w" aria-labelledby={titleId}>
      <h3 id={titleId} className="fr-h6 fr-mb-1w">
        {title}
      </h3>
      <p className="fr-text--sm fr-mb-2w">{summary}</p>
      <div className="health-chart__body">
        <BarChart labels={labels} values={values} tone={tone} horizontal={horizontal} />
        <div className="fr-table fr-table--sm fr-table--no-caption fr-mb-0">
          <table>
            <caption>{`${t.chartValues} — ${title}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t.chartCategory}</th>
                <th scope="col">{t.chartCount}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label, index) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{values[index] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  )
}
