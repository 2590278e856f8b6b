import type { HealthReport } from './analyse'

/** What "since the previous report" compares: the ids behind two findings, with titles to show. */
export type HealthSnapshot = {
  computed_at: string
  broken: { id: string; dataset_id: string; title: string }[]
  stale: { id: string; title: string }[]
}

/** The last report and the snapshot of the one before it, kept per instance and organization. */
export type StoredHealth = { report: HealthReport; previous: HealthSnapshot | null }

const version = 1

/**
 * localStorage, so "computed at …" and the comparison survive a reload. It holds what the API
 * shows about the organization's datasets (titles, links, counts), never a key or a person.
 */
function storageKey(instance: string, organizationId: string): string {
  return `udata-console.health.${new URL(instance).origin}.${organizationId}`
}

export function snapshotOf(report: HealthReport): HealthSnapshot {
  return {
    computed_at: report.computed_at,
    broken: report.broken.flatMap((group) =>
      group.resources.map((r) => ({
        id: r.resource_id,
        dataset_id: group.dataset_id,
        title: r.title,
      })),
    ),
    stale: report.stale.map((s) => ({ id: s.dataset_id, title: s.title })),
  }
}

export function readStoredHealth(instance: string, organizationId: string): StoredHealth | null {
  try {
    const raw = localStorage.getItem(storageKey(instance, organizationId))
    const parsed = raw ? (JSON.parse(raw) as { version?: number } & StoredHealth) : null
    return parsed?.version === version && parsed.report.organization_id === organizationId
      ? { report: parsed.report, previous: parsed.previous }
      : null
  } catch {
    return null
  }
}

/** Keeps a new report; the one it replaces becomes the snapshot to compare with. */
export function storeReport(instance: string, report: HealthReport): StoredHealth {
  const before = readStoredHealth(instance, report.organization_id)
  const stored = { report, previous: before ? snapshotOf(before.report) : null }
  try {
    localStorage.setItem(
      storageKey(instance, report.organization_id),
      JSON.stringify({ version, ...stored }),
    )
  } catch {
    // storage full or disabled: the report lasts for this page only
  }
  return stored
}

export type HealthChanges = {
  since: string
  new_broken: HealthSnapshot['broken']
  fixed_broken: HealthSnapshot['broken']
  new_stale: HealthSnapshot['stale']
  fixed_stale: HealthSnapshot['stale']
}

function added<T extends { id: string }>(from: readonly T[], to: readonly T[]): T[] {
  const known = new Set(from.map((item) => item.id))
  return to.filter((item) => !known.has(item.id))
}

export function changesSince(previous: HealthSnapshot, report: HealthReport): HealthChanges {
  const current = snapshotOf(report)
  return {
    since: previous.computed_at,
    new_broken: added(previous.broken, current.broken),
    fixed_broken: added(current.broken, previous.broken),
    new_stale: added(previous.stale, current.stale),
    fixed_stale: added(current.stale, previous.stale),
  }
}
