// Seeded community resources: files third parties (community users, OpenStreetMap France) added
// to the big organization's public datasets, some of which Hydra found unavailable. Its own
// random stream, so adding it moved no other seeded object.
import type { CommunityResourceDoc, DatasetDoc, OrgDoc, UserDoc } from '../types.ts'
import { createRng, deriveSeed, int, isoDate, isoNaive, pick, sample, uuid } from '../util.ts'

const DAY = 86_400_000

const KINDS = [
  { title: 'Export OpenStreetMap', format: 'geojson', mime: 'application/geo+json' },
  { title: 'Version nettoyée', format: 'csv', mime: 'text/csv' },
  { title: 'Conversion Parquet', format: 'parquet', mime: 'application/vnd.apache.parquet' },
  { title: 'Jointure avec le code officiel géographique', format: 'csv', mime: 'text/csv' },
  { title: 'Carte interactive (tuiles)', format: 'pmtiles', mime: 'application/octet-stream' },
  { title: 'Extraction par département', format: 'zip', mime: 'application/zip' },
] as const

export function seedCommunityResources(
  seed: number,
  now: number,
  target: OrgDoc,
  osm: OrgDoc,
  publishers: readonly UserDoc[],
  datasets: readonly DatasetDoc[],
): CommunityResourceDoc[] {
  const rng = createRng(deriveSeed(seed, 'community'))
  const eligible = datasets.filter(
    (d) => d.organization === target.id && !d.private && !d.deleted && !d.archived,
  )
  const chosen = sample(rng, eligible, Math.min(10, eligible.length))
  const out: CommunityResourceDoc[] = []
  chosen.forEach((dataset, i) => {
    const count = i < 3 ? 3 : i < 6 ? 2 : 1
    for (let n = 0; n < count; n++) {
      const kind = pick(rng, KINDS)
      const byOsm = (i + n) % 3 === 0
      const user = pick(rng, publishers)
      const created = now - int(rng, 2, 400) * DAY - int(rng, 0, DAY)
      const base = byOsm
        ? `https://download.openstreetmap.example.fr/${dataset.slug.slice(0, 30)}`
        : `https://files.example.org/${user.slug}/${dataset.slug.slice(0, 30)}`
      const extras: Record<string, unknown> = {}
      const checked = rng() < 0.8
      if (checked) {
        const available = (i + n) % 4 !== 1
        Object.assign(
          extras,
          available
            ? { 'check:available': true, 'check:status': 200, 'check:timeout': false }
            : { 'check:available': false, 'check:status': 404, 'check:timeout': false },
        )
        extras['check:date'] = isoNaive(created + int(rng, 1, 30) * DAY)
      }
      out.push({
        id: uuid(rng),
        title: `${kind.title} (${new Date(created).getUTCFullYear()})`,
        description: byOsm
          ? 'Données issues d’OpenStreetMap, © les contributeurs OpenStreetMap, sous licence ODbL.'
          : rng() < 0.5
            ? 'Préparé pour un usage local ; n’hésitez pas à **signaler** un problème.'
            : null,
        filetype: 'remote',
        type: 'main',
        format: kind.format,
        url: `${base}/${n + 1}.${kind.format}`,
        checksum: null,
        filesize: rng() < 0.7 ? int(rng, 10_000, 80_000_000) : null,
        mime: kind.mime,
        created_at: isoDate(created),
        last_modified: isoDate(created),
        last_modified_internal: isoDate(created),
        extras,
        schema: null,
        harvest: null,
        views: int(rng, 0, 3000),
        preview_url: null,
        file: null,
        dataset: dataset.id,
        organization: byOsm ? osm.id : null,
        owner: byOsm ? null : user.id,
      })
    }
  })
  return out.sort((a, b) => b.created_at.localeCompare(a.created_at))
}
