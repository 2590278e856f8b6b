// Seeded resources are generated on first access (a dataset's resources are a pure function of
// its lazy seed), which keeps createSandbox() fast even with ~50,000 resources in the seed.
import { FORMAT_MIME, SCHEMAS } from '../reference.ts'
import type { DatasetDoc, ResourceDoc } from '../types.ts'
import { createRng, deriveSeed, int, isoDate, isoNaive, parseDate, pick, uuid } from '../util.ts'

const FORMATS = [
  'csv',
  'csv',
  'csv',
  'json',
  'xlsx',
  'zip',
  'pdf',
  'geojson',
  'xml',
  'shp',
  'ods',
  'parquet',
]
const TYPES = ['main', 'main', 'main', 'main', 'documentation', 'update', 'api', 'other']

const STATIC = 'https://static.data.gouv.fr/resources'

export function generateResources(dataset: DatasetDoc, count: number, seed: number): ResourceDoc[] {
  const rng = createRng(seed)
  // how a failed check failed comes from its own stream, so the other fields stay as before
  const failures = createRng(deriveSeed(seed, 'check-failures'))
  const start = parseDate(dataset.created_at) ?? 0
  const end = parseDate(dataset.last_update) ?? start
  const resources: ResourceDoc[] = []
  for (let i = 0; i < count; i++) {
    const format = pick(rng, FORMATS)
    const type = i === 0 ? 'main' : pick(rng, TYPES)
    const created = start + Math.floor(rng() * Math.max(1, end - start))
    const modified = Math.min(end, created + int(rng, 0, 90) * 86_400_000)
    const id = uuid(rng)
    const remote = rng() < 0.25
    const stamp = new Date(created)
      .toISOString()
      .slice(0, 19)
      .replace(/[-:]/g, '')
      .replace('T', '-')
    const fileName = `${dataset.slug.slice(0, 40)}-${i + 1}.${format}`
    const url = remote
      ? `https://geo.data.example.fr/services/${dataset.slug.slice(0, 30)}/${i + 1}.${format}`
      : `${STATIC}/${dataset.slug.slice(0, 60)}/${stamp}/${fileName}`
    const checked = rng() < 0.6
    const extras: Record<string, unknown> = {}
    if (checked) {
      const available = rng() < 0.9
      Object.assign(extras, checkOutcome(available ? 200 : pick(rng, [404, 500, 503]), failures))
      // Hydra writes check:date without timezone (seen in the recorded fixtures)
      extras['check:date'] = isoNaive(modified + 3_600_000)
      if (available)
        extras['check:headers:content-type'] = FORMAT_MIME[format] ?? 'application/octet-stream'
      if (format === 'csv' && available) {
        extras['analysis:content-length'] = int(rng, 2_000, 90_000_000)
        extras['analysis:checksum'] = hex40(rng)
        extras['analysis:mime-type'] = 'text/plain'
        extras['analysis:last-modified-at'] = isoDate(modified).replace('.000000', '')
        extras['analysis:last-modified-detection'] = 'last-modified-header'
        extras['analysis:parsing:started_at'] = isoDate(modified + 7_200_000)
        extras['analysis:parsing:finished_at'] = isoDate(modified + 7_260_000)
      }
    }
    const size = int(rng, 800, 250_000_000)
    resources.push({
      id,
      title: i === 0 ? `${dataset.title.slice(0, 80)} (${format.toUpperCase()})` : `${fileName}`,
      description:
        rng() < 0.5 ? null : `Fichier ${format.toUpperCase()} n°${i + 1}. Voir la *documentation*.`,
      filetype: remote ? 'remote' : 'file',
      type,
      format,
      url,
      checksum: remote ? null : { type: 'sha1', value: hex40(rng) },
      filesize: remote && rng() < 0.5 ? null : size,
      mime: FORMAT_MIME[format] ?? null,
      created_at: isoDate(created),
      last_modified: isoDate(modified),
      last_modified_internal: isoDate(modified),
      extras,
      schema: format === 'csv' && rng() < 0.08 ? { ...pick(rng, SCHEMAS) } : null,
      harvest: dataset.harvest
        ? { issued_at: isoDate(created), modified_at: isoDate(modified), uri: url }
        : null,
      views: int(rng, 0, 5000),
      preview_url:
        format === 'csv' && !remote ? `https://explore.data.gouv.fr/fr/resources/${id}` : null,
      file: null,
    })
  }
  // udata lists resources newest first by default (new ones are prepended)
  return resources
}

/**
 * The `check:*` keys Hydra leaves for one result (udata-api-admin.md §7.2). Among failures, some
 * are timeouts or refused connections (no status at all), and a rare 429 leaves
 * `check:available` absent, as Hydra does when it was rate-limited.
 */
function checkOutcome(status: number, failures: () => number): Record<string, unknown> {
  const roll = failures()
  if (status === 200) {
    if (roll < 0.01) return { 'check:status': 429, 'check:timeout': false }
    return { 'check:available': true, 'check:status': 200, 'check:timeout': false }
  }
  if (roll < 0.3) {
    return { 'check:available': false, 'check:timeout': true, 'check:error': 'Timeout error' }
  }
  if (roll < 0.45) {
    return {
      'check:available': false,
      'check:timeout': false,
      'check:error': 'Cannot connect to host geo.data.example.fr:443',
    }
  }
  return { 'check:available': false, 'check:status': status, 'check:timeout': false }
}

function hex40(rng: () => number): string {
  let out = ''
  for (let i = 0; i < 40; i++) out += '0123456789abcdef'[Math.floor(rng() * 16)]
  return out
}
