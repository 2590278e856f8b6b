import { fr } from '@codegouvfr/react-dsfr'
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js'
import { useEffect, useRef } from 'react'

// Only what bar charts use, so the chunk of this page stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)
// the page's own typeface (DSFR's Marianne), not the canvas default
Chart.defaults.font.family = 'Marianne, arial, sans-serif'

export type ChartTone = 'info' | 'error' | 'warning'

// A canvas needs colours, not CSS variables; the console uses the light theme only.
const decisions = fr.colors.getHex({ isDark: false }).decisions
const toneColor: Record<ChartTone, string> = {
  info: decisions.background.flat.blueFrance.default,
  error: decisions.background.flat.error.default,
  warning: decisions.background.flat.warning.default,
}

/**
 * One bar per label. The canvas is hidden from assistive technologies: the figure around it
 * carries the same figures as a table and a sentence.
 */
export function BarChart({
  labels,
  values,
  tone,
  horizontal = false,
}: {
  labels: readonly string[]
  values: readonly number[]
  tone: ChartTone
  horizontal?: boolean
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!canvas.current) return
    const grid = { color: decisions.border.default.grey.default }
    const ticks = { color: decisions.text.mention.grey.default, precision: 0 }
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: [{ data: [...values], backgroundColor: toneColor[tone], maxBarThickness: 48 }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { grid, ticks, beginAtZero: true },
          y: { grid, ticks, beginAtZero: true },
        },
      },
    })
    return () => chart.destroy()
  }, [labels, values, tone, horizontal])
  return (
    <div
      className="health-chart__canvas"
      style={{ height: horizontal ? labels.length * 32 + 40 : 220 }}
    >
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  )
}
